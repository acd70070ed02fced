// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * A system text that does not parse; the message starts with
 * {@code line:column:} (both 1-based).
 */
public class SystemSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The line of the problem, 1-based. */
    private final int line;
    /** The column of the problem, 1-based. */
    private final int column;

    /**
     * @param line
     *            1-based line of the problem
     * @param column
     *            1-based column of the problem
     * @param problem
     *            what was expected and what was found
     */
    public SystemSyntaxException(int line, int column, String problem) {
        super(line + ":" + column + ": " + problem); //$NON-NLS-1$ //$NON-NLS-2$
        this.line = line;
        this.column = column;
    }

    /** @return the 1-based line */
    public int getLine() {
        return line;
    }

    /** @return the 1-based column */
    public int getColumn() {
        return column;
    }
}
