// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;

/**
 * A kind of layer: its text syntax, its validation and its polynomial map. Contribute one by
 * registering an implementation as an OSGi service ({@code @Component(service = LayerKind.class)})
 * or, outside OSGi, with {@link LayerKindRegistry#register(LayerKind)}.
 * <p>
 * The text form of a layer is {@code KEYWORD [positional] name=value ...}, derived from
 * {@link #attributes()}: the parser, the serializer, the validator, the editors and the analyses
 * call the kind and never test a layer's class. A contributed kind stores its layers as
 * {@link ExtensionLayer}s (the keyword and the attribute values as written); the defaults of
 * {@link #create()}, {@link #represents(Layer)} and {@link #feature(String)} do exactly that, so a
 * contributed kind implements only the abstract methods and reads values with
 * {@link LayerValues}.
 */
public interface LayerKind {

    /** @return the keyword that starts the layer's line, e.g. {@code residual}; an identifier */
    String keyword();

    /** @return the label editors show for the kind, e.g. "Residual block" */
    String label();

    /**
     * @return the path of a 16×16 icon inside the bundle that contributes the kind (e.g.
     *         {@code icons/residual.png}), or null for the generic layer icon
     */
    default String iconPath() {
        return null;
    }

    /** @return one or two sentences for help and the editor's hover: what the layer computes */
    String help();

    /** @return the attributes in the order they are written; at most one is positional */
    List<LayerAttribute> attributes();

    /** @return a new layer of this kind with no attribute set */
    default Layer create() {
        ExtensionLayer layer = NalgFactory.eINSTANCE.createExtensionLayer();
        layer.setKind(keyword());
        return layer;
    }

    /** @return true if the layer is one of this kind */
    default boolean represents(Layer layer) {
        return layer instanceof ExtensionLayer extension && keyword().equals(extension.getKind());
    }

    /**
     * @param attribute
     *            one of {@link #attributes()}
     * @return the EMF attribute that stores it in a built-in layer class, or null when it is
     *         stored in the {@link ExtensionLayer}'s attribute map
     */
    default EAttribute feature(String attribute) {
        return null;
    }

    /**
     * Checks a layer whose attributes have the declared types (the parser checked them), given
     * the width that reaches it, and reports problems through {@code check}.
     *
     * @return the shape of the layer, or null if it is invalid (no size estimate follows)
     */
    LayerShape check(Layer layer, LayerCheck check);

    /**
     * @param layer
     *            a valid layer of this kind
     * @param inputWidth
     *            the number of signals reaching it
     * @return its polynomial map
     * @throws IllegalArgumentException
     *             if it cannot be computed (the message says why, for a user)
     */
    LayerMap map(Layer layer, int inputWidth);

    /**
     * An optional capability of the kind, such as {@link NetworkFamily} (a specialised
     * parametrization with proven bounds for whole architectures) or {@link NetworkInput} (a kind
     * that defines the network's input itself).
     *
     * @param <C>
     *            the capability type
     * @return the capability, or null if the kind does not have it
     */
    default <C> C capability(Class<C> type) {
        return null;
    }
}
