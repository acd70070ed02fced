// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table made from an array of a result's JSON: one row per entry, one column per field.
 *
 * @param field
 *            the JSON field the rows come from (e.g. {@code criticalPoints})
 * @param title
 *            the name of the tab
 * @param headers
 *            the column headers
 * @param rows
 *            the cells, one per header in each row
 */
public record ResultTable(String field, String title, List<String> headers, List<List<TableCell>> rows) {

    /** Copies the lists. */
    public ResultTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** @return what decides whether a table view can show this table in place of another */
    public String layout() {
        return field + headers;
    }

    /**
     * @return the given rows as tab-separated text under a header line, cells in full (every
     *         coordinate, all digits), each line ended by a newline
     */
    public String toTsv(List<List<TableCell>> selected) {
        StringBuilder tsv = new StringBuilder(line(headers));
        for (List<TableCell> row : selected) {
            tsv.append(line(row.stream().map(TableCell::full).toList()));
        }
        return tsv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> cell.replaceAll("[\t\r\n]+", " ")) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining("\t", "", "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
