// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sweep of the product's sweep tests: (n, 1, m) linear networks without biases, n in 21..25
 * and m in 21..30, 50 members whose dimension is known in closed form. Such a network computes the
 * m×n matrices of rank at most one, a variety of dimension m + n − 1 (docs/MATHEMATICS.md §3). The
 * widths are large enough that the members take some milliseconds each, the whole sweep a few
 * seconds, so that a process killed after the first rows is killed with rows still missing.
 */
final class LinearSweep {

    static final String NAME = "linear"; //$NON-NLS-1$
    static final int MEMBERS = 5 * 10;
    static final String MODEL = """
            sweep linear {
              architecture {
                input [21..25]
                dense 1 bias=false
                dense [21..30] bias=false
              }
              run dimension seed 1
            }
            """;

    private LinearSweep() {
    }

    /** @return the model file of the sweep, written into a folder */
    static Path write(Path directory) throws IOException {
        Path model = directory.resolve(NAME + ".nalg"); //$NON-NLS-1$
        Files.writeString(model, MODEL);
        return model;
    }

    /**
     * Checks the JSON-lines table of the sweep: one row per member, in member order, done and
     * certified, with the dimension m + n − 1 of the rank-one m×n matrices.
     */
    static void assertRankOneDimensions(Path jsonLines) throws IOException {
        List<String> lines = Files.readAllLines(jsonLines, StandardCharsets.UTF_8);
        assertEquals(MEMBERS, lines.size(), "one row per member"); //$NON-NLS-1$
        Set<String> keys = new HashSet<>();
        for (int member = 0; member < MEMBERS; member++) {
            String line = lines.get(member);
            JsonObject row = JsonParser.parseString(line).getAsJsonObject();
            String[] nm = row.get("key").getAsString().split(" "); //$NON-NLS-1$ //$NON-NLS-2$
            int expected = Integer.parseInt(nm[0]) + Integer.parseInt(nm[1]) - 1;
            assertTrue(keys.add(row.get("key").getAsString()), line); //$NON-NLS-1$
            assertEquals(member, row.get("member").getAsInt(), line); //$NON-NLS-1$
            assertEquals("done", row.get("status").getAsString(), line); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(row.get("certified").getAsBoolean(), line); //$NON-NLS-1$
            JsonObject dimension = figure(row, "dimension"); //$NON-NLS-1$
            assertEquals(expected, dimension.get("value").getAsInt(), line); //$NON-NLS-1$
            assertEquals("certified", dimension.get("evidence").getAsString(), line); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static JsonObject figure(JsonObject row, String key) {
        for (JsonElement figure : row.getAsJsonArray("figures")) { //$NON-NLS-1$
            if (figure.getAsJsonObject().get("key").getAsString().equals(key)) { //$NON-NLS-1$
                return figure.getAsJsonObject();
            }
        }
        throw new AssertionError("no figure " + key + " in " + row); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
