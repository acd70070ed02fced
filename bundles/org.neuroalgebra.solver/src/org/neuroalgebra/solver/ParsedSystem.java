// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

/**
 * A system read by {@link SystemTextFormat#read(String)} together with where each equation was
 * written, so that a problem found after parsing (a coefficient out of range, say) can still be
 * reported as {@code line:column}.
 *
 * @param system
 *            the system
 * @param equationLines
 *            the 1-based line of each equation
 * @param equationColumns
 *            the 1-based column of the first character of each equation
 */
public record ParsedSystem(PolynomialSystem system, List<Integer> equationLines, List<Integer> equationColumns) {

    /**
     * @throws IllegalArgumentException
     *             if there is not exactly one position per equation
     */
    public ParsedSystem {
        equationLines = List.copyOf(equationLines);
        equationColumns = List.copyOf(equationColumns);
        if (equationLines.size() != system.equationCount() || equationColumns.size() != system.equationCount()) {
            throw new IllegalArgumentException("one line and column per equation expected"); //$NON-NLS-1$
        }
    }

    /**
     * @param equation
     *            0-based index of an equation
     * @return its position as {@code line:column}
     */
    public String position(int equation) {
        return equationLines.get(equation) + ":" + equationColumns.get(equation); //$NON-NLS-1$
    }
}
