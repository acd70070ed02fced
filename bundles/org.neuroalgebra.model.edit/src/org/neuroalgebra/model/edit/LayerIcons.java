// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.edit;

import java.net.URL;

import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;

/**
 * The icon of a layer as its kind declares it ({@link LayerKind#iconPath()}), looked up in the
 * bundle (class loader) that contributes the kind, so that a third-party layer shows its own
 * icon in the tree editor, the outline and the Properties view.
 */
public final class LayerIcons {

    private LayerIcons() {
    }

    /**
     * @return the icon's URL (which EMF's image registry accepts), or null when the layer's kind is
     *         not installed, declares no icon, or its bundle does not hold it
     */
    public static URL icon(Layer layer) {
        LayerKind kind = LayerKindRegistry.shared().kindOf(layer);
        if (kind == null || kind.iconPath() == null) {
            return null;
        }
        ClassLoader loader = kind.getClass().getClassLoader();
        return loader == null ? null : loader.getResource(kind.iconPath());
    }
}
