// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.layers.LayerKind;

/**
 * Where an attribute value of a layer lives in EMF, so that the parser can record its position
 * and validation can report at it: a feature of a built-in layer class, or the value of an entry
 * of an {@link ExtensionLayer}'s map.
 *
 * @param owner
 *            the object holding the value
 * @param feature
 *            the feature holding it
 */
public record AttributeSlots(EObject owner, EStructuralFeature feature) {

    /** @return the slot of the attribute; the layer itself when an extension value is absent */
    public static AttributeSlots of(LayerKind kind, Layer layer, String attribute) {
        EAttribute feature = kind.feature(attribute);
        if (feature != null) {
            return new AttributeSlots(layer, feature);
        }
        if (layer instanceof ExtensionLayer extension) {
            int index = extension.getAttributes().indexOfKey(attribute);
            if (index >= 0) {
                return new AttributeSlots((EObject) extension.getAttributes().get(index),
                        Literals.LAYER_ATTRIBUTE_VALUE__VALUE);
            }
        }
        return new AttributeSlots(layer, null);
    }
}
