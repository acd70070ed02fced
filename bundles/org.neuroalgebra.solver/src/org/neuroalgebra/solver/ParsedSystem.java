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
 * @param groups
 *            the variable groups the {@code variables} line declares ({@code ;} between groups), or
 *            {@link VariableGroups#none()}
 */
public record ParsedSystem(PolynomialSystem system, List<Integer> equationLines, List<Integer> equationColumns,
        VariableGroups groups) {

    /**
     * @throws IllegalArgumentException
     *             if there is not exactly one position per equation
     */
    public ParsedSystem {
        groups.groupOf(system.variableCount());
        equationLines = List.copyOf(equationLines);
        equationColumns = List.copyOf(equationColumns);
        if (equationLines.size() != system.equationCount() || equationColumns.size() != system.equationCount()) {
            throw new IllegalArgumentException("one line and column per equation expected"); //$NON-NLS-1$
        }
    }

    /**
     * A system read without variable groups.
     *
     * @param system
     *            the system
     * @param equationLines
     *            the 1-based line of each equation
     * @param equationColumns
     *            the 1-based column of the first character of each equation
     */
    public ParsedSystem(PolynomialSystem system, List<Integer> equationLines, List<Integer> equationColumns) {
        this(system, equationLines, equationColumns, VariableGroups.none());
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
