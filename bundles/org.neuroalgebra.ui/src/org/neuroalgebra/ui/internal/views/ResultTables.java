// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The tables of a result's JSON, for results that declare none: a top-level array becomes a
 * table, in field order, when it is an array of at most {@value #MAX_ROWS} objects whose values are primitives or arrays of at most
 * {@value #MAX_ENTRIES} primitives; such a table has one column per field, named as in the JSON.
 */
public final class ResultTables {

    /** Longer arrays stay in the JSON tree only: a table of thousands of samples helps nobody. */
    static final int MAX_ROWS = 500;

    /** Longer arrays inside a row are curves or big vectors, not table cells. */
    static final int MAX_ENTRIES = 12;

    private ResultTables() {
    }

    /** @return the tables of a result serialized as {@code json} */
    public static List<ResultTable> of(JsonObject json) {
        List<ResultTable> tables = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (entry.getValue().isJsonArray() && isFlat(entry.getValue().getAsJsonArray())) {
                tables.add(generic(entry.getKey(), entry.getValue().getAsJsonArray()));
            }
        }
        return tables;
    }

    /** @return whether the array is a non-empty list of flat objects, by the rule above */
    static boolean isFlat(JsonArray array) {
        if (array.isEmpty() || array.size() > MAX_ROWS) {
            return false;
        }
        for (JsonElement row : array) {
            if (!row.isJsonObject()) {
                return false;
            }
            for (JsonElement value : row.getAsJsonObject().asMap().values()) {
                if (!isCellValue(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isCellValue(JsonElement value) {
        if (value.isJsonPrimitive() || value.isJsonNull()) {
            return true;
        }
        if (!value.isJsonArray() || value.getAsJsonArray().size() > MAX_ENTRIES) {
            return false;
        }
        for (JsonElement entry : value.getAsJsonArray()) {
            if (!entry.isJsonPrimitive()) {
                return false;
            }
        }
        return true;
    }

    /** One column per field of any row, in the order the fields first appear. */
    private static ResultTable generic(String field, JsonArray array) {
        Set<String> headers = new LinkedHashSet<>();
        array.forEach(row -> headers.addAll(row.getAsJsonObject().keySet()));
        List<List<TableCell>> rows = new ArrayList<>();
        for (JsonElement row : array) {
            rows.add(headers.stream().map(header -> JsonCells.field(row.getAsJsonObject(), header)).toList());
        }
        return new ResultTable(field, field, List.copyOf(headers), rows);
    }
}
