// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.model.Architecture;

/**
 * How a coefficient vector c ∈ V encodes the network function: {@code outputs} blocks (output
 * major), each the coefficients of one output in the monomial {@code basis} of the
 * {@code inputs} input variables. Then f_o(a) = ⟨row_o(a), c⟩ with row_o(a) the basis evaluated
 * at a in block o, which makes the MSE loss a quadratic form in c (docs/MATHEMATICS.md §5). For attention the
 * inputs are the entries of X row by row, x_{1,1}, …, x_{1,t}, x_{2,1}, … and the outputs the
 * entries of the out × t output row by row.
 *
 * @param basis
 *            the monomials of one output
 * @param inputs
 *            the number of input variables
 * @param outputs
 *            the number of outputs
 * @param inputNames
 *            the input variables as the coordinate names spell them
 */
public record OutputMonomials(Monomials basis, int inputs, int outputs, List<String> inputNames) {

    /**
     * @param parametrization
     *            the map of the architecture
     * @param architecture
     *            its model (unused: the layout is the parametrization's)
     * @return the layout, checked against the parametrization's coordinate names
     * @throws IllegalArgumentException
     *             for a parametrization of unknown layout
     */
    public static OutputMonomials of(Parametrization parametrization, Architecture architecture) {
        OutputMonomials layout;
        if (parametrization instanceof MlpParametrization mlp) {
            int[] widths = mlp.widths();
            layout = new OutputMonomials(mlp.basis(), widths[0], widths[widths.length - 1], mlp.inputNames());
        } else if (parametrization instanceof ConvolutionParametrization cnn) {
            int[] lengths = cnn.lengths();
            Monomials basis = cnn.size().homogeneous() ? Monomials.homogeneous(lengths[0], cnn.size().degree())
                    : Monomials.upTo(lengths[0], cnn.size().degree());
            layout = new OutputMonomials(basis, lengths[0], cnn.outputCount(), numbered(lengths[0]));
        } else if (parametrization instanceof LayerStackParametrization stack) {
            List<String> names = stack.inputNames();
            layout = new OutputMonomials(stack.basis(), names.size(), stack.outputCount(), names);
        } else if (parametrization instanceof AttentionParametrization attention) {
            // every output entry of V X Xᵀ Kᵀ Q X is a cubic form in the entries of X
            List<String> names = attention.inputNames();
            Monomials basis = Monomials.homogeneous(names.size(), 3);
            layout = new OutputMonomials(basis, names.size(), attention.ambientDimension() / basis.size(), names);
        } else {
            throw new IllegalArgumentException("the output polynomials of " + parametrization.describe() //$NON-NLS-1$
                    + " are not known, so a dataset cannot be turned into a metric"); //$NON-NLS-1$
        }
        layout.check(parametrization.coordinateNames());
        return layout;
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            names.add("x" + k); //$NON-NLS-1$
        }
        return names;
    }

    /** Every coordinate name must end with the name of the monomial this layout assigns to it. */
    private void check(List<String> coordinateNames) {
        List<String> monomials = basis.names(inputNames);
        if (coordinateNames.size() != monomials.size() * outputs) {
            throw new IllegalStateException("layout of " + outputs + " × " + monomials.size() //$NON-NLS-1$ //$NON-NLS-2$
                    + " coefficients does not match the " + coordinateNames.size() + " coordinates"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < coordinateNames.size(); i++) {
            String expected = monomials.get(i % monomials.size());
            String name = coordinateNames.get(i);
            if (!name.equals(expected) && !name.endsWith(":" + expected)) { //$NON-NLS-1$
                throw new IllegalStateException("coordinate " + name + " is not the monomial " + expected); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /**
     * @param points
     *            inputs a_k, each of length {@link #inputs()}
     * @return A: one row per (input, output), the output's monomials evaluated at the input, exactly
     *         (the binary value of each double)
     * @throws IllegalArgumentException
     *             for an input of the wrong length
     */
    public Rational[][] rows(double[][] points) {
        int size = basis.size();
        Rational[][] a = new Rational[points.length * outputs][size * outputs];
        for (int k = 0; k < points.length; k++) {
            if (points[k].length != inputs) {
                throw new IllegalArgumentException("input " + (k + 1) + " has " + points[k].length //$NON-NLS-1$ //$NON-NLS-2$
                        + " entries, the network has " + inputs + " inputs"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Rational[] values = monomials(points[k]);
            for (int o = 0; o < outputs; o++) {
                Rational[] row = a[k * outputs + o];
                Arrays.fill(row, Rational.ZERO);
                System.arraycopy(values, 0, row, o * size, size);
            }
        }
        return a;
    }

    private Rational[] monomials(double[] point) {
        Rational[] x = new Rational[point.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Rational.of(new BigDecimal(point[i]));
        }
        Rational[] values = new Rational[basis.size()];
        for (int m = 0; m < values.length; m++) {
            Monomial monomial = basis.get(m);
            Rational value = Rational.ONE;
            for (int i = 0; i < x.length; i++) {
                value = value.mul(x[i].pow(monomial.exponent(i)));
            }
            values[m] = value;
        }
        return values;
    }
}
