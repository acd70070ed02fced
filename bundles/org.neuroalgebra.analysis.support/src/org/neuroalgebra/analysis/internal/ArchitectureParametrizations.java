// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.ArchitectureInputs;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.NetworkFamily;

/**
 * Turns an architecture of the model into the polynomial map of the algebra core. This is the
 * one place where the EMF model meets the algebra: everything downstream sees only a
 * {@link Parametrization}. It asks the layers' kinds: first whether one of them knows the whole
 * architecture as a {@link NetworkFamily} (the polynomial MLP of dense layers with one activation
 * between them, the 1-D CNN, lightning self-attention: these carry their structure and proven
 * bounds); otherwise each kind gives its layer's map and {@link LayerStackParametrization}
 * composes them.
 */
public final class ArchitectureParametrizations {

    private ArchitectureParametrizations() {
    }

    /**
     * @param limit
     *            the largest ambient dimension accepted; larger architectures are refused up
     *            front with the estimate
     */
    public static Parametrization of(Architecture architecture, BigInteger limit) throws AnalysisException {
        List<LayerKind> kinds = kinds(architecture);
        try {
            Set<LayerKind> distinct = new LinkedHashSet<>(kinds);
            for (LayerKind kind : distinct) {
                NetworkFamily family = kind.capability(NetworkFamily.class);
                Parametrization parametrization = family == null ? null : family.parametrize(architecture, limit);
                if (parametrization != null) {
                    return parametrization;
                }
            }
            return stack(architecture, kinds, limit);
        } catch (TooLargeException e) {
            throw badInput(architecture, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw badInput(architecture, e.getMessage(), e);
        }
    }

    private static List<LayerKind> kinds(Architecture architecture) throws AnalysisException {
        List<LayerKind> kinds = new ArrayList<>();
        for (Layer layer : architecture.getLayers()) {
            LayerKind kind = LayerKindRegistry.shared().kindOf(layer);
            if (kind == null) {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': its layer kind is not installed (installed: " //$NON-NLS-1$
                        + String.join(", ", LayerKindRegistry.shared().keywords()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "' has no layers"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return kinds;
    }

    /** Each layer's own map, composed. */
    private static Parametrization stack(Architecture architecture, List<LayerKind> kinds, BigInteger limit)
            throws TooLargeException {
        List<String> inputs = ArchitectureInputs.names(architecture);
        List<LayerMap> maps = new ArrayList<>();
        int width = inputs.size();
        for (int i = 0; i < kinds.size(); i++) {
            LayerMap map = kinds.get(i).map(architecture.getLayers().get(i), width);
            maps.add(map);
            width = map.outputWidth();
        }
        return LayerStackParametrization.create(inputs, maps, limit);
    }

    private static AnalysisException badInput(Architecture architecture, String message, Exception cause) {
        return new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " + message, cause); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
