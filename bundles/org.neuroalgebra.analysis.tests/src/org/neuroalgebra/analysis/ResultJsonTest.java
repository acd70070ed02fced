// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** One JSON writer: the head, the provenance tail, and unknown, infinite and NaN numbers as null. */
class ResultJsonTest {

    private record Minimal(Provenance provenance) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "minimal"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "m"; //$NON-NLS-1$
        }

        @Override
        public List<String> summary() {
            return provenance.summaryTail();
        }

        @Override
        public JsonObject toJson() {
            return ResultJson.begin(this).number("infinite", Double.POSITIVE_INFINITY) //$NON-NLS-1$
                    .number("nan", Double.NaN) //$NON-NLS-1$
                    .number("real", 0.25) //$NON-NLS-1$
                    .integer("unknownCount", -1, false) //$NON-NLS-1$
                    .integer("count", 7, true) //$NON-NLS-1$
                    .flag("unknownAnswer", null) //$NON-NLS-1$
                    .text("unknownText", null) //$NON-NLS-1$
                    .numbers("curve", new double[] { 1, Double.NEGATIVE_INFINITY, Double.NaN }) //$NON-NLS-1$
                    .end();
        }
    }

    private static final Minimal RESULT = new Minimal(
            new Provenance(true, "by hand", 42, 1.5, List.of("a note"))); //$NON-NLS-1$ //$NON-NLS-2$

    @Test
    void headAndTailComeFromTheResultAndItsProvenance() {
        JsonObject json = RESULT.toJson();
        assertEquals("minimal", json.get("analysis").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("m", json.get("subject").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertEquals("by hand", json.get("method").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(42, json.get("seed").getAsLong()); //$NON-NLS-1$
        assertEquals(1.5, json.get("seconds").getAsDouble()); //$NON-NLS-1$
        assertEquals("a note", json.getAsJsonArray("notes").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        // the accessors delegate to the provenance
        assertTrue(RESULT.certified());
        assertEquals(42, RESULT.seed());
        assertEquals(List.of("note: a note", "method: by hand; seed 42; 1.500 s"), RESULT.summary()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void unknownInfiniteAndNanAreNullNeverASentinel() {
        JsonObject json = RESULT.toJson();
        for (String name : List.of("infinite", "nan", "unknownCount", "unknownAnswer", "unknownText")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(json.has(name) && json.get(name).isJsonNull(), name);
        }
        assertEquals(0.25, json.get("real").getAsDouble()); //$NON-NLS-1$
        assertEquals(7, json.get("count").getAsInt()); //$NON-NLS-1$
        assertEquals("[1.0,null,null]", json.get("curve").toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
