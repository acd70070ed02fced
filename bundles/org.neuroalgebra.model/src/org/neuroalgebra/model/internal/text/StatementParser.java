// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.internal.text.Token.Kind;

/**
 * Parses the statements (lines) inside one kind of block. Subclasses read one statement
 * from the cursor and throw {@link SyntaxError} when it is malformed; the helpers here
 * produce the messages, which always say what was expected after what, and what was
 * found instead.
 *
 * @param <T>
 *            the block type
 */
abstract class StatementParser<T extends NamedElement> {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?"); //$NON-NLS-1$
    private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$

    /**
     * The largest size, count or dimension a file may give: far beyond anything computable, so
     * that validation, not the parser, explains why a large model is refused.
     */
    static final int MAX_INTEGER = 999_999_999;

    protected final TokenCursor cursor;
    protected final ParseContext context;

    StatementParser(TokenCursor cursor, ParseContext context) {
        this.cursor = cursor;
        this.context = context;
    }

    /** @return the block keyword, e.g. "architecture" */
    abstract String blockKeyword();

    /** @return a new, empty block */
    abstract T createBlock();

    /**
     * Parses one statement, starting at its first token, up to (not including) the end of
     * its line.
     *
     * @return the element the statement created, which receives the comments written
     *         before it, or null if it only set attributes of the block
     * @throws SyntaxError
     *             if the statement is malformed
     */
    abstract Commented statement(T block);

    /**
     * @return true if a line of this block may start with {@code keyword} although it is a block
     *         keyword (the {@code architecture} of a sweep), so that it does not mean that the
     *         block's '}' is missing
     */
    boolean startsStatement(Token keyword) {
        return false;
    }

    /** Checks what can only be checked when the whole block is read. */
    void finish(T block, Token keyword) {
        // most blocks have no whole-block syntax rules
    }

    protected final SyntaxError expected(String what, Token found) {
        return new SyntaxError(found.position(), "expected " + what + ", found " + found.describe()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    protected final int positiveInteger(String after) {
        return positiveInteger(cursor.next(), after);
    }

    protected final int positiveInteger(Token token, String after) {
        int value = integer(token, "a positive integer after " + after); //$NON-NLS-1$
        if (value <= 0) {
            throw expected("a positive integer after " + after, token); //$NON-NLS-1$
        }
        return value;
    }

    protected final int nonNegativeInteger(String after) {
        return integer(cursor.next(), "a non-negative integer after " + after); //$NON-NLS-1$
    }

    private int integer(Token token, String what) {
        if (token.kind() != Kind.NUMBER || !DIGITS.matcher(token.text()).matches()) {
            throw expected(what, token);
        }
        return (int) bounded(token, MAX_INTEGER);
    }

    protected final long seed(String after) {
        Token token = cursor.next();
        if (token.kind() != Kind.NUMBER || !DIGITS.matcher(token.text()).matches()) {
            throw expected("a non-negative integer seed after " + after, token); //$NON-NLS-1$
        }
        return bounded(token, Long.MAX_VALUE);
    }

    /** @return the value of a token of digits, refused when it is above {@code maximum} */
    private static long bounded(Token token, long maximum) {
        String digits = token.text().replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
        // a long digit string is too large whatever it says, and is not worth converting
        if (digits.length() > 19 || new BigInteger(digits).compareTo(BigInteger.valueOf(maximum)) > 0) {
            String shown = digits.length() > 30 ? "of " + digits.length() + " digits" : digits; //$NON-NLS-1$ //$NON-NLS-2$
            throw new SyntaxError(token.position(), "number " + shown + " is too large (maximum " + maximum + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return Long.parseLong(digits);
    }

    /** @return an exact number (integer, decimal or fraction) as written */
    protected final Token number(String what) {
        Token token = cursor.next();
        if (token.kind() != Kind.NUMBER || !NUMBER.matcher(token.text()).matches()) {
            throw expected(what, token);
        }
        if (token.text().matches(".*/0+")) { //$NON-NLS-1$
            throw new SyntaxError(token.position(), "zero denominator in '" + token.text() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return token;
    }

    /**
     * Reads a comma-separated list of exact numbers up to and including its ')', the '(' being
     * already read.
     *
     * @return the number tokens, at least one
     */
    protected final List<Token> numbers(String what) {
        List<Token> values = new ArrayList<>();
        do {
            values.add(number(what));
            Token separator = cursor.next();
            if (separator.isSymbol(")")) { //$NON-NLS-1$
                return values;
            }
            if (!separator.isSymbol(",")) { //$NON-NLS-1$
                throw expected("',' or ')'", separator); //$NON-NLS-1$
            }
        } while (true);
    }

    protected final Token name(String after) {
        Token token = cursor.next();
        if (token.kind() != Kind.IDENTIFIER) {
            throw expected("a name after " + after, token); //$NON-NLS-1$
        }
        return token;
    }

    protected final Token keyword(String keyword, String after) {
        Token token = cursor.next();
        if (!token.isKeyword(keyword)) {
            throw expected("'" + keyword + "' after " + after, token); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return token;
    }

    protected final Token symbol(String symbol, String after) {
        Token token = cursor.next();
        if (!token.isSymbol(symbol)) {
            throw expected("'" + symbol + "' after " + after, token); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return token;
    }

    protected final boolean atStatementEnd() {
        return cursor.peek().endsLine() || cursor.peek().isSymbol("}"); //$NON-NLS-1$
    }

    /**
     * Reads {@code key=value} settings up to the end of the statement.
     *
     * @return the value tokens by key, in the order written
     */
    protected final Map<String, Token> settings(Token statement, List<String> keys) {
        Map<String, Token> values = new LinkedHashMap<>();
        while (!atStatementEnd()) {
            Token key = cursor.next();
            if (key.kind() != Kind.IDENTIFIER || !cursor.peek().isSymbol("=")) { //$NON-NLS-1$
                throw expected(String.join("=, ", keys) + "= in '" + statement.text() + "'", key); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (!keys.contains(key.text())) {
                throw new SyntaxError(key.position(), "unknown setting '" + key.text() + "' for '" + statement.text() //$NON-NLS-1$ //$NON-NLS-2$
                        + "' (expected " + String.join(", ", keys) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (values.containsKey(key.text())) {
                throw new SyntaxError(key.position(), "'" + key.text() + "' is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            cursor.next();
            values.put(key.text(), cursor.next());
        }
        return values;
    }

    protected final Token required(Map<String, Token> settings, String key, Token statement) {
        Token value = settings.get(key);
        if (value == null) {
            throw new SyntaxError(statement.position(), "'" + statement.text() + "' needs " + key + "=N"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return value;
    }

    protected final boolean bool(Token value, String after) {
        if (value.isKeyword("true") || value.isKeyword("false")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Boolean.parseBoolean(value.text());
        }
        throw expected("true or false after " + after, value); //$NON-NLS-1$
    }
}
