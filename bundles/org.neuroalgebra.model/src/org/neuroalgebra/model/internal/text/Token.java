// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import org.neuroalgebra.model.text.SourcePosition;

/**
 * One token of a {@code .nalg} file.
 *
 * @param kind
 *            what sort of token it is
 * @param text
 *            the characters as written (for strings: with the quotes)
 * @param position
 *            where it starts and how long it is
 */
record Token(Kind kind, String text, SourcePosition position) {

    /** Token kinds. Anything the grammar does not know is a single-character SYMBOL. */
    enum Kind {
        /** a name or keyword: a letter or '_', then letters, digits, '_' or inner '-' */
        IDENTIFIER,
        /** an unsigned or negative integer, decimal or fraction such as -3/4 */
        NUMBER,
        /** a double-quoted string */
        STRING,
        /** '{', '}', '(', ')', '[', ']', ',', '=', '^', '->' or any other character */
        SYMBOL,
        /** '#' up to the end of the line */
        COMMENT,
        /** the end of a line */
        NEWLINE,
        /** the end of the file */
        EOF
    }

    boolean is(Kind expected, String expectedText) {
        return kind == expected && text.equals(expectedText);
    }

    boolean isSymbol(String symbol) {
        return is(Kind.SYMBOL, symbol);
    }

    boolean isKeyword(String keyword) {
        return is(Kind.IDENTIFIER, keyword);
    }

    /** @return true for the tokens that end a statement: newline, comment, end of file */
    boolean endsLine() {
        return kind == Kind.NEWLINE || kind == Kind.COMMENT || kind == Kind.EOF;
    }

    /** @return the token as error messages quote it: {@code 'x'}, or "end of line"/"end of file" */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "end of line"; //$NON-NLS-1$
            case EOF -> "end of file"; //$NON-NLS-1$
            case COMMENT -> "a comment"; //$NON-NLS-1$
            default -> "'" + text + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }
}
