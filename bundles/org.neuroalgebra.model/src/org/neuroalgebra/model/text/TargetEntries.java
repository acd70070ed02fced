// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of an analysis block's {@code target}: the whole text for one polynomial, or the
 * entries of a vector {@code [P1, P2, …]}, one polynomial per output of the network. Commas
 * inside parentheses or braces (the attention inputs {@code x_{1,2}}) belong to a polynomial,
 * not to the vector. Each entry keeps its offset in
 * the target's text, so that a problem in it is reported at its own column.
 *
 * @param entries
 *            the polynomials' texts, in order
 * @param vector
 *            whether the target was written as a vector
 */
public record TargetEntries(List<Entry> entries, boolean vector) {

    /**
     * One polynomial of a target.
     *
     * @param text
     *            the polynomial as written
     * @param offset
     *            where it starts in the target's text, 0-based
     */
    public record Entry(String text, int offset) {
    }

    /** Copies the list. */
    public TargetEntries {
        entries = List.copyOf(entries);
    }

    /** A target that cannot be read, with where in its text the problem is. */
    public static final class SyntaxException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int offset;

        /**
         * @param message
         *            what is wrong, for the user
         * @param offset
         *            where in the target's text, 0-based
         */
        public SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        /** @return the offset in the target's text, 0-based */
        public int offset() {
            return offset;
        }
    }

    /**
     * @param text
     *            the target as written after {@code target}
     * @return its entries
     * @throws SyntaxException
     *             for an unclosed or nested vector, an empty entry, or text after the vector
     */
    public static TargetEntries split(String text) throws SyntaxException {
        int open = firstNonBlank(text, 0);
        if (open >= text.length() || text.charAt(open) != '[') {
            return new TargetEntries(List.of(new Entry(text, 0)), false);
        }
        List<Entry> entries = new ArrayList<>();
        int depth = 0;
        int begin = open + 1;
        for (int i = begin; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == '}') {
                depth--;
            } else if (ch == '[') {
                throw new SyntaxException("a target vector's entries are polynomials, not vectors", i); //$NON-NLS-1$
            } else if (depth == 0 && (ch == ',' || ch == ']')) {
                String entry = text.substring(begin, i);
                if (entry.isBlank()) {
                    throw new SyntaxException("expected a polynomial", i); //$NON-NLS-1$
                }
                entries.add(new Entry(entry, begin));
                begin = i + 1;
                if (ch == ']') {
                    int rest = firstNonBlank(text, begin);
                    if (rest < text.length()) {
                        throw new SyntaxException("unexpected text after the target vector's ']'", rest); //$NON-NLS-1$
                    }
                    return new TargetEntries(entries, true);
                }
            }
        }
        throw new SyntaxException("the target vector opened here has no closing ']'", open); //$NON-NLS-1$
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
