// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One labelled value of a result, for people: the summary of the workbench, the comparison of two
 * results and the command line's report read these declarations instead of knowing each analysis.
 *
 * @param key
 *            a stable identifier within the analysis (usually the JSON field it comes from), used
 *            to match figures of two results when they are compared
 * @param label
 *            what the value is, in words ("ED degree", "Dimension of M")
 * @param value
 *            the raw value: a {@link Number} ({@link Long}, {@link BigInteger}, {@link Double}), a
 *            {@link Boolean}, a {@link String}, or {@code null} when unknown
 * @param unit
 *            the unit ("s", "MiB", "points"), or the empty string
 * @param evidence
 *            how far the value is proven
 */
public record ResultFigure(String key, String label, Object value, String unit, Evidence evidence) {

    /** How far a figure is proven; views show it as a badge. */
    public enum Evidence {
        /** proven (see {@link AnalysisResult#CERTIFIED_DEFINITION}) */
        CERTIFIED,
        /** computed in floating point or from samples, not proven */
        NUMERICAL,
        /** no claim: an input, a size, a description, a time */
        NONE
    }

    /** Refuses a value that is not a number, a boolean, a text or null. */
    public ResultFigure {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
        Objects.requireNonNull(evidence, "evidence"); //$NON-NLS-1$
        if (value != null && !(value instanceof Number || value instanceof Boolean || value instanceof String)) {
            throw new IllegalArgumentException(key + ": a figure is a number, a boolean, a text or null, not " //$NON-NLS-1$
                    + value.getClass().getName());
        }
    }

    /** @return a figure without unit */
    public static ResultFigure of(String key, String label, Object value, Evidence evidence) {
        return new ResultFigure(key, label, value, "", evidence); //$NON-NLS-1$
    }

    /** @return a figure that makes no claim (inputs, sizes, descriptions) */
    public static ResultFigure info(String key, String label, Object value) {
        return new ResultFigure(key, label, value, "", Evidence.NONE); //$NON-NLS-1$
    }

    /** @return the value formatted for people, with its unit, "unknown" for {@code null} */
    public String text() {
        String text = FigureFormat.format(value);
        return unit.isEmpty() || value == null ? text : text + " " + unit; //$NON-NLS-1$
    }
}
