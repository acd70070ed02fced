// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a result was obtained: the fields every result shares, owned here once so that every
 * analysis writes them the same way (in JSON: {@code certified}, {@code method}, {@code seed},
 * {@code seconds}, {@code notes}).
 *
 * @param certified
 *            whether the main figure is proven in the sense of
 *            {@link AnalysisResult#CERTIFIED_DEFINITION}
 * @param method
 *            how the result was computed, for people
 * @param seed
 *            the seed of every randomized step
 * @param seconds
 *            wall-clock seconds spent
 * @param notes
 *            what a reader must know to trust or use the result (limits, fallbacks, evidence)
 */
public record Provenance(boolean certified, String method, long seed, double seconds, List<String> notes) {

    /** Requires a method and copies the notes, so that the value stays immutable. */
    public Provenance {
        Objects.requireNonNull(method, "method"); //$NON-NLS-1$
        notes = List.copyOf(notes);
    }

    /** @return a provenance without notes */
    public static Provenance of(boolean certified, String method, long seed, double seconds) {
        return new Provenance(certified, method, seed, seconds, List.of());
    }

    /** @return a copy with these notes */
    public Provenance withNotes(List<String> newNotes) {
        return new Provenance(certified, method, seed, seconds, newNotes);
    }

    /**
     * @return the last lines of every result's summary: one {@code note: …} line per note, then
     *         {@code method: …; seed …; … s}
     */
    public List<String> summaryTail() {
        List<String> lines = new ArrayList<>();
        notes.forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        lines.add(String.format(Locale.ROOT, "method: %s; seed %d; %.3f s", method, seed, seconds)); //$NON-NLS-1$
        return lines;
    }

    /** @return the word for the badge shown beside the main figure */
    public String evidenceWord() {
        return certified ? "certified" : "numerical"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
