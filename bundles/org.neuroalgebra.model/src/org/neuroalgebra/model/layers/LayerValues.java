// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.List;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;

/**
 * Reads and writes the attribute values of a layer of any kind, whether stored in a built-in
 * layer class ({@link LayerKind#feature(String)}) or in an {@link ExtensionLayer}'s map. Values
 * are exchanged as text, as written in the file; the typed readers convert and fall back to the
 * attribute's default.
 */
public final class LayerValues {

    private static final List<String> POLYNOMIAL_VARIABLE = List.of("x"); //$NON-NLS-1$

    private LayerValues() {
    }

    /** @return the declaration of the named attribute of the kind */
    public static LayerAttribute attribute(LayerKind kind, String name) {
        for (LayerAttribute attribute : kind.attributes()) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        throw new IllegalArgumentException("layer kind '" + kind.keyword() + "' has no attribute '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return whether the layer holds a value for the attribute (written, or always present) */
    public static boolean isSet(LayerKind kind, Layer layer, String name) {
        EAttribute feature = kind.feature(name);
        if (feature != null) {
            return !feature.isUnsettable() || layer.eIsSet(feature);
        }
        return layer instanceof ExtensionLayer extension && extension.getAttributes().containsKey(name);
    }

    /** @return the value the layer holds for the attribute as text, or null if none */
    public static String written(LayerKind kind, Layer layer, String name) {
        if (!isSet(kind, layer, name)) {
            return null;
        }
        EAttribute feature = kind.feature(name);
        if (feature != null) {
            Object value = layer.eGet(feature);
            return value == null ? null : String.valueOf(value);
        }
        return ((ExtensionLayer) layer).getAttributes().get(name);
    }

    /** @return the value as written, else the attribute's default, else null */
    public static String text(LayerKind kind, Layer layer, String name) {
        String value = written(kind, layer, name);
        return value != null ? value : attribute(kind, name).defaultValue();
    }

    /**
     * Sets a value given as text; a built-in layer class converts it to its attribute type.
     *
     * @throws IllegalArgumentException
     *             if the text does not convert
     */
    public static void set(LayerKind kind, Layer layer, String name, String text) {
        attribute(kind, name);
        EAttribute feature = kind.feature(name);
        if (feature != null) {
            Class<?> type = feature.getEAttributeType().getInstanceClass();
            Object value = text;
            if (type == int.class || type == Integer.class) {
                value = Integer.valueOf(text);
            } else if (type == boolean.class || type == Boolean.class) {
                value = Boolean.valueOf(text);
            }
            layer.eSet(feature, value);
        } else {
            EMap<String, String> attributes = ((ExtensionLayer) layer).getAttributes();
            attributes.put(name, text);
        }
    }

    /** @return the integer value, or the default; -1 when neither is there or it is not an integer */
    public static int integer(LayerKind kind, Layer layer, String name) {
        String text = text(kind, layer, name);
        try {
            return text == null ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return the boolean value, or the default, or false */
    public static boolean bool(LayerKind kind, Layer layer, String name) {
        return Boolean.parseBoolean(text(kind, layer, name));
    }

    /**
     * @return the exact number, or the default
     * @throws IllegalArgumentException
     *             when neither is there or it is not a number
     */
    public static Rational number(LayerKind kind, Layer layer, String name) {
        String text = text(kind, layer, name);
        if (text == null) {
            throw new IllegalArgumentException("'" + kind.keyword() + "' needs " + name + "="); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return Rational.parse(text);
    }

    /**
     * @return the univariate polynomial in x, or the default
     * @throws IllegalArgumentException
     *             when neither is there or it does not parse
     */
    public static Polynomial polynomial(LayerKind kind, Layer layer, String name) {
        String text = text(kind, layer, name);
        if (text == null) {
            throw new IllegalArgumentException("'" + kind.keyword() + "' needs " + name + "="); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        try {
            return PolynomialParser.parse(text, POLYNOMIAL_VARIABLE);
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException(name + " '" + text + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
