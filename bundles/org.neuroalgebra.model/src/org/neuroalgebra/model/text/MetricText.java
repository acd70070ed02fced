// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.internal.text.NalgParser;
import org.neuroalgebra.model.validation.UserMetrics;

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

    /**
     * @param metric
     *            weights or a matrix
     * @return its entries as the language writes them, {@code (1, 4)} or
     *         {@code ((2, 1), (1, 2))}; a matrix whose entries are not n × n in one row
     */
    public static String entries(Metric metric) {
        List<String> values = metric.getEntries();
        if (metric.getKind() != MetricKind.MATRIX) {
            return tuple(values);
        }
        int n = UserMetrics.dimension(metric);
        int width = n > 0 ? n : Math.max(1, values.size());
        List<String> rows = new ArrayList<>();
        for (int start = 0; start < values.size(); start += width) {
            rows.add(tuple(values.subList(start, Math.min(start + width, values.size()))));
        }
        return tuple(rows);
    }

    private static String tuple(List<String> values) {
        return "(" + String.join(", ", values) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
