// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.List;

import org.neuroalgebra.model.Layer;

/**
 * A capability of a {@link LayerKind} whose layer, written first, defines the network's input
 * itself (attention: the d × t matrix X), so that the architecture takes no {@code input N}.
 */
public interface NetworkInput {

    /**
     * @param layer
     *            the first layer, valid
     * @return the names of the input variables, e.g. x_{1,1}, x_{1,2}, ...
     */
    List<String> inputNames(Layer layer);

    /** @return what the input is, for messages, e.g. "the d x t matrix X" */
    String inputDescription();
}
