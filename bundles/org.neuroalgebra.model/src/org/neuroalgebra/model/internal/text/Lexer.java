// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * Splits a {@code .nalg} text into tokens. The lexer never fails: characters it does
 * not know become one-character symbols, and the parser, which knows what it expected,
 * reports them. Polynomials are not tokenized for their own sake; the parser takes their
 * raw text from the source (see {@link #restOfLine(int)}).
 */
final class Lexer {

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String text) {
        this.text = text;
    }

    /** @return all tokens, ending with one EOF token */
    List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (token.kind() != Kind.EOF);
        return tokens;
    }

    /**
     * @param offset
     *            a character offset
     * @return the offset of the end of the raw text starting there: the line ends at a
     *         newline, a comment, a closing brace that closes no brace of the text (those of
     *         attention inputs such as x_{1,2} belong to it) or the end of the file; trailing
     *         blanks are excluded
     */
    int restOfLine(int offset) {
        int end = offset;
        int braces = 0;
        while (end < text.length() && "\n\r#".indexOf(text.charAt(end)) < 0 //$NON-NLS-1$
                && (text.charAt(end) != '}' || braces > 0)) {
            braces += text.charAt(end) == '{' ? 1 : text.charAt(end) == '}' ? -1 : 0;
            end++;
        }
        while (end > offset && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private Token next() {
        skipBlanks();
        int start = pos;
        if (pos >= text.length()) {
            return token(Kind.EOF, start);
        }
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            Token newline = new Token(Kind.NEWLINE, "\n", position(start, 1)); //$NON-NLS-1$
            pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
            line++;
            lineStart = pos;
            return newline;
        }
        if (c == '#') {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
            return token(Kind.COMMENT, start);
        }
        if (Character.isLetter(c) || c == '_') {
            scanIdentifier();
            return token(Kind.IDENTIFIER, start);
        }
        if (Character.isDigit(c) || c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            scanNumber();
            return token(Kind.NUMBER, start);
        }
        if (c == '"') {
            scanString();
            return token(Kind.STRING, start);
        }
        pos += text.startsWith("->", pos) ? 2 : 1; //$NON-NLS-1$
        return token(Kind.SYMBOL, start);
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void scanIdentifier() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean innerHyphen = c == '-' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1));
            if (!Character.isLetterOrDigit(c) && c != '_' && !innerHyphen) {
                return;
            }
            pos++;
        }
    }

    /** Scans -?digits(.digits)?(/digits)? and any letters glued to it, so '2x' is one bad token. */
    private void scanNumber() {
        pos++;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || isNumberPunctuation(pos))) {
            pos++;
        }
    }

    private boolean isNumberPunctuation(int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '/') && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }

    private void scanString() {
        pos++;
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
        }
    }

    private Token token(Kind kind, int start) {
        return new Token(kind, text.substring(start, pos), position(start, pos - start));
    }

    private SourcePosition position(int start, int length) {
        return new SourcePosition(line, start - lineStart + 1, start, length);
    }
}
