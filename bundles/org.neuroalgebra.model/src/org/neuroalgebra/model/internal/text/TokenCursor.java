// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;

import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.text.SourcePosition;

/** Walks the token list of one file; also hands out raw text for polynomials. */
final class TokenCursor {

    /** Raw text of the rest of a line, with where it starts. */
    record RawText(String text, SourcePosition position) {
    }

    private final String source;
    private final Lexer lexer;
    private final List<Token> tokens;
    private int index;

    TokenCursor(String source) {
        this.source = source;
        this.lexer = new Lexer(source);
        this.tokens = lexer.tokenize();
    }

    Token peek() {
        return tokens.get(index);
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.EOF) {
            index++;
        }
        return token;
    }

    /** @return the source text from {@code start} (inclusive) to {@code end} (exclusive) */
    String text(int start, int end) {
        return source.substring(start, end);
    }

    /** @return true if the next token is a newline that ends an empty line */
    boolean atBlankLine() {
        return peek().kind() == Kind.NEWLINE && (index == 0 || tokens.get(index - 1).kind() == Kind.NEWLINE);
    }

    /** @return true if the next token is the first one on its line */
    boolean atLineStart() {
        return index == 0 || tokens.get(index - 1).kind() == Kind.NEWLINE;
    }

    /** Skips the rest of a statement (up to, not including, its newline, comment or '}'). */
    void skipStatement() {
        while (!peek().endsLine() && !peek().isSymbol("}")) { //$NON-NLS-1$
            index++;
        }
    }

    /** Skips everything up to the next line that starts with one of the given keywords. */
    void skipToLineStartingWith(List<String> keywords) {
        while (peek().kind() != Kind.EOF) {
            if (atLineStart() && peek().kind() == Kind.IDENTIFIER && keywords.contains(peek().text())) {
                return;
            }
            index++;
        }
    }

    /**
     * Takes the raw text from the next token to the end of the line (before any comment or
     * '}'), and moves past the tokens it covers.
     *
     * @return the text, or an empty text at the next token if the line has nothing left
     */
    RawText rawRestOfLine() {
        Token first = peek();
        if (first.endsLine() || first.isSymbol("}")) { //$NON-NLS-1$
            return new RawText("", first.position()); //$NON-NLS-1$
        }
        int start = first.position().offset();
        int end = lexer.restOfLine(start);
        while (peek().kind() != Kind.EOF && peek().position().offset() < end) {
            index++;
        }
        SourcePosition position = new SourcePosition(first.position().line(), first.position().column(), start,
                end - start);
        return new RawText(source.substring(start, end), position);
    }
}
