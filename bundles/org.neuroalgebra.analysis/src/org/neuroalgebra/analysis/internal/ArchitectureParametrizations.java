// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;

/**
 * Turns an architecture of the model into the polynomial map of the algebra core. This is the
 * one place where the EMF model meets the algebra: everything downstream sees only a
 * {@link Parametrization}.
 */
public final class ArchitectureParametrizations {

    private static final List<String> ACTIVATION_VARIABLE = List.of("x"); //$NON-NLS-1$

    private ArchitectureParametrizations() {
    }

    /**
     * @param limit
     *            the largest ambient dimension accepted; larger architectures are refused up
     *            front with the estimate
     */
    public static Parametrization of(Architecture architecture, BigInteger limit) throws AnalysisException {
        List<Integer> widths = new ArrayList<>();
        List<Boolean> biases = new ArrayList<>();
        widths.add(architecture.getInput());
        Polynomial activation = null;
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof DenseLayer dense) {
                widths.add(dense.getUnits());
                biases.add(dense.isBias());
            } else if (layer instanceof ActivationLayer act) {
                Polynomial sigma = parseActivation(architecture, act);
                if (activation != null && !activation.equals(sigma)) {
                    throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                            + "' uses different activations; polynomial MLPs apply one activation between all layers"); //$NON-NLS-1$
                }
                activation = sigma;
            } else {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': " + layer.eClass().getName() + " layers are not supported by this analysis yet"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (widths.size() < 2) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "architecture '" + architecture.getName() + "' has no dense layer"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (activation == null) {
            activation = identity();
        }
        try {
            return MlpParametrization.create(toIntArray(widths), toBooleanArray(biases), activation, limit);
        } catch (TooLargeException e) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "architecture '" + architecture.getName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Polynomial parseActivation(Architecture architecture, ActivationLayer layer) throws AnalysisException {
        try {
            return PolynomialParser.parse(layer.getPolynomial(), ACTIVATION_VARIABLE);
        } catch (PolynomialSyntaxException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                    + "': activation '" + layer.getPolynomial() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Polynomial identity() {
        try {
            return PolynomialParser.parse("x", ACTIVATION_VARIABLE); //$NON-NLS-1$
        } catch (PolynomialSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] toIntArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] toBooleanArray(List<Boolean> values) {
        boolean[] result = new boolean[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}
