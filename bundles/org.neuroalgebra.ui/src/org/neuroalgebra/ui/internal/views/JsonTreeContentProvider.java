// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Shows a result's JSON as a tree of named fields, so the view displays exactly the figures the
 * headless application prints.
 */
class JsonTreeContentProvider implements ITreeContentProvider {

    /** A field of a JSON object or an element of an array. */
    record Field(String name, JsonElement value) {

        String text() {
            if (value.isJsonPrimitive() || value.isJsonNull()) {
                return value.isJsonNull() ? "null" : value.getAsJsonPrimitive().getAsString(); //$NON-NLS-1$
            }
            if (value.isJsonArray()) {
                JsonArray array = value.getAsJsonArray();
                if (array.size() <= 12 && allPrimitive(array)) {
                    return array.toString();
                }
                return "[" + array.size() + " entries]"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            return ""; //$NON-NLS-1$
        }

        boolean expandable() {
            return value.isJsonObject() || (value.isJsonArray() && text().startsWith("[") && text().endsWith("entries]")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof JsonObject object ? fields(object).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (!(parent instanceof Field field) || !field.expandable()) {
            return new Object[0];
        }
        if (field.value().isJsonObject()) {
            return fields(field.value().getAsJsonObject()).toArray();
        }
        List<Field> children = new ArrayList<>();
        JsonArray array = field.value().getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            children.add(new Field("[" + i + "]", array.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Field field && field.expandable();
    }

    private static List<Field> fields(JsonObject object) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            fields.add(new Field(entry.getKey(), entry.getValue()));
        }
        return fields;
    }

    private static boolean allPrimitive(JsonArray array) {
        for (JsonElement element : array) {
            if (!element.isJsonPrimitive()) {
                return false;
            }
        }
        return true;
    }
}
