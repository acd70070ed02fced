// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Layer;

/**
 * Turns an architecture of the model into the polynomial map θ ↦ c_{f_θ} of the algebra core, by
 * asking its layers' kinds: first whether one of them knows the whole architecture as a
 * {@link NetworkFamily} (the polynomial MLP of dense layers with one activation between them, the
 * 1-D CNN, lightning self-attention: these carry their structure and proven bounds); otherwise each
 * kind gives its layer's {@link LayerMap} and {@link LayerStackParametrization} composes them.
 * <p>
 * This is API for analyses in any bundle, built-in or contributed: everything downstream sees only
 * a {@link Parametrization}.
 */
public final class NetworkParametrizations {

    private NetworkParametrizations() {
    }

    /**
     * @param architecture
     *            a valid architecture
     * @param limit
     *            the largest ambient dimension, working size and Jacobian accepted; larger
     *            architectures are refused up front with the estimate
     * @return the parametrization of the architecture's neuromanifold
     * @throws TooLargeException
     *             if it exceeds the limit
     * @throws IllegalArgumentException
     *             if it cannot be computed: no layers, a layer whose kind is not installed, or a
     *             kind's refusal; the message names the architecture and says why, for a user
     */
    public static Parametrization of(Architecture architecture, BigInteger limit) throws TooLargeException {
        List<LayerKind> kinds = kinds(architecture);
        try {
            for (LayerKind kind : new LinkedHashSet<>(kinds)) {
                NetworkFamily family = kind.capability(NetworkFamily.class);
                Parametrization parametrization = family == null ? null : family.parametrize(architecture, limit);
                if (parametrization != null) {
                    return parametrization;
                }
            }
            return stack(architecture, kinds, limit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix(architecture) + e.getMessage(), e);
        }
    }

    private static List<LayerKind> kinds(Architecture architecture) {
        List<LayerKind> kinds = new ArrayList<>();
        for (Layer layer : architecture.getLayers()) {
            LayerKind kind = LayerKindRegistry.shared().kindOf(layer);
            if (kind == null) {
                throw new IllegalArgumentException(prefix(architecture) + "its layer kind is not installed (installed: " //$NON-NLS-1$
                        + String.join(", ", LayerKindRegistry.shared().keywords()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("architecture '" + architecture.getName() + "' has no layers"); //$NON-NLS-1$ //$NON-NLS-2$
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

    private static String prefix(Architecture architecture) {
        return "architecture '" + architecture.getName() + "': "; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
