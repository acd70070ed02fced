// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a result (critical points, strata, training runs): views show it with
 * {@link FigureFormat}, exports write its raw cells as CSV.
 *
 * @param key
 *            a stable identifier within the analysis (file names of exports derive from it)
 * @param title
 *            what the table lists
 * @param columns
 *            column headings, with units in parentheses where there are units
 * @param rows
 *            cells: {@link Number}, {@link Boolean}, {@link String} or {@code null} (unknown), as
 *            many per row as there are columns
 */
public record ResultTable(String key, String title, List<String> columns, List<List<Object>> rows) {

    /**
     * Copies the rows and refuses a row with the wrong number of cells or a cell that is not a
     * number, a boolean, a text or null.
     */
    public ResultTable {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(key + ": a row has " + row.size() + " cells for " //$NON-NLS-1$ //$NON-NLS-2$
                        + columns.size() + " columns"); //$NON-NLS-1$
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof Number || cell instanceof Boolean || cell instanceof String)) {
                    throw new IllegalArgumentException(key + ": a cell is a number, a boolean, a text or null, not " //$NON-NLS-1$
                            + cell.getClass().getName());
                }
            }
            // rows may hold nulls (unknown values), which List.copyOf refuses
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
