// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

/**
 * A place in a text file.
 *
 * @param line
 *            1-based line number
 * @param column
 *            1-based column, counted in characters (a tab is one column)
 * @param offset
 *            0-based character offset from the start of the file
 * @param length
 *            number of characters of the marked text (0 for a point)
 */
public record SourcePosition(int line, int column, int offset, int length) {

    /**
     * @param characters
     *            how many characters to move right on the same line
     * @param newLength
     *            the length of the resulting range
     * @return the position {@code characters} further on this line; used to point into
     *         text that cannot span lines, such as a polynomial
     */
    public SourcePosition shift(int characters, int newLength) {
        return new SourcePosition(line, column + characters, offset + characters, newLength);
    }

    @Override
    public String toString() {
        return line + ":" + column; //$NON-NLS-1$
    }
}
