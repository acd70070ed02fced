// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.internal.text.NalgParser;

/**
 * A metric written alone in the model language, as the command line's {@code --metric} gives
 * it: {@code bombieri-weyl}, {@code weights (1, 4)}, {@code matrix ((2, 1), (1, 2))}. The same
 * parser as in a file reads it.
 */
public final class MetricText {

    private MetricText() {
    }

    /**
     * @param text
     *            the metric without the keyword {@code metric}
     * @return the metric, not yet validated (see
     *         {@link org.neuroalgebra.model.validation.UserMetrics#problem}); a
     *         {@code data NAME} reference is left unresolved
     * @throws IllegalArgumentException
     *             "column C: expected ..., found ..." when the text is not a metric
     */
    public static Metric parse(String text) {
        return NalgParser.parseMetric(text);
    }
}
