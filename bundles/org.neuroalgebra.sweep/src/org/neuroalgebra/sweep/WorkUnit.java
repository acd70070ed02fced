// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What another JVM needs to compute one member of a sweep: the model file's text (so that no file
 * system is shared), the sweep's name and the member's index. Travels as JSON:
 * {@code {"file": path, "text": …, "sweep": name, "member": index, "monomialLimit": n, "timeout": seconds}},
 * and {@code "seed"} when the command line overrides the runs' seeds.
 *
 * @param file
 *            the model file's path, for the {@code file:line:column} of problems
 * @param text
 *            the model file's text
 * @param sweep
 *            the sweep's name
 * @param member
 *            the member's index
 * @param monomialLimit
 *            the size limit of {@link org.neuroalgebra.analysis.AnalysisRequest}
 * @param timeout
 *            seconds for all runs of the member together; 0 for no limit
 * @param seed
 *            the seed of every run instead of their own, or null
 */
public record WorkUnit(String file, String text, String sweep, int member, long monomialLimit, double timeout,
        Long seed) {

    /** Refuses missing fields and a negative time limit. */
    public WorkUnit {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
        Objects.requireNonNull(sweep, "sweep"); //$NON-NLS-1$
        if (member < 0 || monomialLimit <= 0 || !(timeout >= 0)) {
            throw new IllegalArgumentException("work unit: member " + member + ", monomial limit " + monomialLimit //$NON-NLS-1$ //$NON-NLS-2$
                    + ", timeout " + timeout); //$NON-NLS-1$
        }
    }

    /** @return the unit as JSON text */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("file", file); //$NON-NLS-1$
        json.addProperty("text", text); //$NON-NLS-1$
        json.addProperty("sweep", sweep); //$NON-NLS-1$
        json.addProperty("member", member); //$NON-NLS-1$
        json.addProperty("monomialLimit", monomialLimit); //$NON-NLS-1$
        json.addProperty("timeout", timeout); //$NON-NLS-1$
        if (seed != null) {
            json.addProperty("seed", seed); //$NON-NLS-1$
        }
        return json.toString();
    }

    /**
     * @return the unit of a {@link #toJson()} text
     * @throws IllegalArgumentException
     *             when the text is not a work unit
     */
    public static WorkUnit fromJson(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            JsonElement timeout = json.get("timeout"); //$NON-NLS-1$
            JsonElement seed = json.get("seed"); //$NON-NLS-1$
            return new WorkUnit(json.get("file").getAsString(), json.get("text").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                    json.get("sweep").getAsString(), json.get("member").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$
                    json.get("monomialLimit").getAsLong(), //$NON-NLS-1$
                    timeout == null || timeout.isJsonNull() ? 0 : timeout.getAsDouble(),
                    seed == null || seed.isJsonNull() ? null : Long.valueOf(seed.getAsLong()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a sweep work unit: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
