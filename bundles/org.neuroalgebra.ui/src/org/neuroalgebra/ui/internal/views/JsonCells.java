// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Table cells from JSON values. Results write a complex number as the pair {@code [re, im]} and a
 * point of C^n as an array of such pairs; as a pair cannot be told from a point of R^2, the
 * columns that hold complex values say so ({@link #complex}, {@link #coordinates}).
 */
final class JsonCells {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+"); //$NON-NLS-1$

    private JsonCells() {
    }

    /** @return the cell of field {@code name} of {@code row}, empty when it is missing */
    static TableCell field(JsonObject row, String name) {
        return of(row.get(name));
    }

    /** @return a number, the value's text, or a list of numbers and texts */
    static TableCell of(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return TableCell.EMPTY;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            // a long such as a seed does not survive the trip through double
            String digits = value.getAsString();
            return INTEGER.matcher(digits).matches() ? TableCell.integer(digits) : TableCell.number(value.getAsDouble());
        }
        if (value.isJsonPrimitive()) {
            return TableCell.text(value.getAsString());
        }
        if (value.isJsonArray()) {
            List<TableCell> entries = new ArrayList<>();
            value.getAsJsonArray().forEach(entry -> entries.add(entry.isJsonPrimitive() ? of(entry)
                    : TableCell.text(entry.toString())));
            return TableCell.list(entries);
        }
        return TableCell.text(value.toString());
    }

    /** @return the pair {@code [re, im]} as a complex number; any other value as by {@link #of} */
    static TableCell complex(JsonElement value) {
        if (!isPair(value)) {
            return of(value);
        }
        JsonArray pair = value.getAsJsonArray();
        return TableCell.complex(pair.get(0).getAsDouble(), pair.get(1).getAsDouble());
    }

    /** @return an array of pairs {@code [re, im]} as a list of complex coordinates */
    static TableCell coordinates(JsonElement value) {
        if (value == null || !value.isJsonArray()) {
            return of(value);
        }
        List<TableCell> entries = new ArrayList<>();
        value.getAsJsonArray().forEach(entry -> entries.add(complex(entry)));
        return TableCell.list(entries);
    }

    private static boolean isPair(JsonElement value) {
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().size() != 2) {
            return false;
        }
        for (JsonElement part : value.getAsJsonArray()) {
            if (!part.isJsonPrimitive() || !part.getAsJsonPrimitive().isNumber()) {
                return false;
            }
        }
        return true;
    }
}
