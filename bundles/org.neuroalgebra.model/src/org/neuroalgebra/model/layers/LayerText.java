// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;

/**
 * The canonical text of one layer, as the serializer writes it and the editors show it:
 * {@code KEYWORD [positional] name=value ...}, defaults omitted, a value that is not one word or
 * number quoted.
 */
public final class LayerText {

    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?\\d+(\\.\\d+)?(/\\d+)?"); //$NON-NLS-1$

    private LayerText() {
    }

    /**
     * @return the layer's line as its kind declares it: the keyword, the positional value, then
     *         {@code name=value} for every value that is written and not the default
     */
    public static String line(Layer layer) {
        LayerKind kind = LayerKindRegistry.shared().kindOf(layer);
        if (kind == null) {
            return uninstalled(layer);
        }
        StringBuilder text = new StringBuilder(kind.keyword());
        for (LayerAttribute attribute : kind.attributes()) {
            if (attribute.positional()) {
                text.append(' ').append(orUnknown(LayerValues.written(kind, layer, attribute.name())));
            }
        }
        for (String name : writtenOrder(kind, layer)) {
            LayerAttribute attribute = LayerValues.attribute(kind, name);
            String value = LayerValues.written(kind, layer, name);
            if (!attribute.positional() && value != null && !value.equals(attribute.defaultValue())) {
                text.append(' ').append(name).append('=').append(quote(value));
            }
        }
        return text.toString();
    }

    /** @return the attribute names: as written for a contributed layer, as declared for a built-in one */
    private static List<String> writtenOrder(LayerKind kind, Layer layer) {
        List<String> names = new ArrayList<>();
        if (layer instanceof ExtensionLayer extension) {
            for (Map.Entry<String, String> entry : extension.getAttributes()) {
                if (kind.attributes().stream().anyMatch(a -> a.name().equals(entry.getKey()))) {
                    names.add(entry.getKey());
                }
            }
        }
        for (LayerAttribute attribute : kind.attributes()) {
            if (!names.contains(attribute.name())) {
                names.add(attribute.name());
            }
        }
        return names;
    }

    /** A layer of a kind that is not installed keeps its text, so that saving loses nothing. */
    private static String uninstalled(Layer layer) {
        if (!(layer instanceof ExtensionLayer extension)) {
            return layer.eClass().getName();
        }
        StringBuilder text = new StringBuilder(orUnknown(extension.getKind()));
        for (Map.Entry<String, String> entry : extension.getAttributes()) {
            text.append(' ').append(entry.getKey()).append('=').append(quote(entry.getValue()));
        }
        return text.toString();
    }

    private static String orUnknown(String text) {
        return text == null ? "?" : text; //$NON-NLS-1$
    }

    private static String quote(String value) {
        return PLAIN_VALUE.matcher(value).matches() ? value : '"' + value + '"';
    }
}
