// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.List;
import java.util.stream.IntStream;

import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Layer;

/**
 * The input variables of an architecture: x1, ..., xN for {@code input N}, or those its first
 * layer defines when its kind has the {@link NetworkInput} capability (attention: x_{i,j}).
 */
public final class ArchitectureInputs {

    private ArchitectureInputs() {
    }

    /** @return the capability of the first layer's kind, or null if the architecture has {@code input N} */
    public static NetworkInput declaredBy(Architecture architecture) {
        List<Layer> layers = architecture.getLayers();
        if (layers.isEmpty()) {
            return null;
        }
        LayerKind kind = LayerKindRegistry.shared().kindOf(layers.get(0));
        return kind == null ? null : kind.capability(NetworkInput.class);
    }

    /** @return the names of the input variables; empty when they are not known */
    public static List<String> names(Architecture architecture) {
        NetworkInput input = declaredBy(architecture);
        if (input != null) {
            try {
                return input.inputNames(architecture.getLayers().get(0));
            } catch (RuntimeException e) {
                // an invalid first layer (validation says why) declares no input
                return List.of();
            }
        }
        int inputs = architecture.isSetInput() ? Math.max(architecture.getInput(), 0) : 0;
        return IntStream.rangeClosed(1, inputs).mapToObj(i -> "x" + i).toList(); //$NON-NLS-1$
    }

    /** @return the number of input variables, or -1 if it is not given */
    public static int count(Architecture architecture) {
        if (declaredBy(architecture) == null && !architecture.isSetInput()) {
            return -1;
        }
        return declaredBy(architecture) != null ? names(architecture).size() : architecture.getInput();
    }
}
