// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

/**
 * A polynomial text that does not parse. The message says what was expected
 * and what was found; {@link #getOffset()} says where, so that callers (the
 * model's DSL) can map it to a line and column of their own file.
 */
public class PolynomialSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Where in the text the problem is, 0-based. */
    private final int offset;

    /**
     * @param message
     *            what was expected and what was found
     * @param offset
     *            0-based character index into the parsed text
     */
    public PolynomialSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** @return the 0-based character index of the problem in the parsed text */
    public int getOffset() {
        return offset;
    }
}
