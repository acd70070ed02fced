// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.math.BigInteger;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;

/**
 * Reads polynomials written in the usual infix notation.
 * <p>
 * Grammar (blanks are allowed between tokens):
 *
 * <pre>
 * polynomial := ['-'] term (('+' | '-') term)*
 * term       := factor (('*' | '/') factor)*      (a divisor must be a non-zero constant)
 * factor     := '-' factor | primary ['^' integer]
 * primary    := number | variable | '(' polynomial ')'
 * number     := digits ['.' digits]               (decimals are converted exactly)
 * variable   := one of the given names: a letter or '_', then letters, digits or '_',
 *               optionally followed by one bracketed group like x[1,2] or x_{1,2}
 * </pre>
 *
 * So {@code -x^2} is −(x²), {@code 1/2*x^2} is ½x², and {@code 2^3^2} is
 * rejected. Exponents are limited to {@value #MAX_EXPONENT}, and parentheses
 * may nest at most {@value #MAX_DEPTH} levels deep, so that hostile input ends
 * in a syntax error instead of a stack overflow; a chain of unary minus signs
 * is read in a loop and has no such limit. Every error names what was expected
 * and what was found, at a 0-based offset; characters that cannot be shown
 * (control characters) are quoted escaped, as in <code>'&#92;u0000'</code>.
 */
public final class PolynomialParser {

    /** Largest exponent accepted after '^'. */
    public static final int MAX_EXPONENT = 10_000;

    /** Deepest nesting of parentheses accepted. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private final List<String> variableNames;
    private int pos;
    private int depth;

    private PolynomialParser(String text, List<String> variableNames) {
        this.text = text;
        this.variableNames = variableNames;
    }

    /**
     * @param text
     *            the polynomial
     * @param variableNames
     *            the names of the variables, in order
     * @return the polynomial in {@code variableNames.size()} variables
     * @throws PolynomialSyntaxException
     *             with the offset of the first problem
     */
    public static Polynomial parse(String text, List<String> variableNames) throws PolynomialSyntaxException {
        PolynomialParser parser = new PolynomialParser(text, List.copyOf(variableNames));
        Polynomial result = parser.polynomial();
        parser.skipBlanks();
        if (parser.pos < text.length()) {
            char c = text.charAt(parser.pos);
            if (c == ')') {
                throw parser.error("unmatched ')'", parser.pos); //$NON-NLS-1$
            }
            throw parser.missingOperatorOrUnexpected();
        }
        return result;
    }

    private Polynomial polynomial() throws PolynomialSyntaxException {
        Polynomial sum = term();
        while (true) {
            skipBlanks();
            if (peek('+')) {
                pos++;
                sum = sum.add(term());
            } else if (peek('-')) {
                pos++;
                sum = sum.sub(term());
            } else {
                return sum;
            }
        }
    }

    private Polynomial term() throws PolynomialSyntaxException {
        Polynomial product = factor();
        while (true) {
            skipBlanks();
            if (text.startsWith("**", pos)) { //$NON-NLS-1$
                throw error("'**' is not an operator; write '^' for powers", pos); //$NON-NLS-1$
            }
            if (peek('*')) {
                pos++;
                product = product.mul(factor());
            } else if (peek('/')) {
                pos++;
                skipBlanks();
                int divisorStart = pos;
                Polynomial divisor = factor();
                product = product.scale(Rational.ONE.div(constantDivisor(divisor, divisorStart)));
            } else if (pos < text.length() && startsPrimary(text.charAt(pos))) {
                throw missingOperatorOrUnexpected();
            } else {
                return product;
            }
        }
    }

    private static boolean startsPrimary(char c) {
        return isIdentifierPart(c) || c == '(' || c == '.';
    }

    private Rational constantDivisor(Polynomial divisor, int start) throws PolynomialSyntaxException {
        String written = text.substring(start, pos).strip();
        if (divisor.isZero()) {
            throw error("division by zero: '" + written + "'", start); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (divisor.degree() > 0) {
            throw error("division by a non-constant is not polynomial: '" + written + "'", start); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return divisor.terms().get(0).coefficient();
    }

    private Polynomial factor() throws PolynomialSyntaxException {
        // '-' factor, read as a loop: a long chain of signs must not deepen the stack
        boolean negate = false;
        skipBlanks();
        while (peek('-')) {
            pos++;
            negate = !negate;
            skipBlanks();
        }
        Polynomial power = power();
        return negate ? power.neg() : power;
    }

    private Polynomial power() throws PolynomialSyntaxException {
        int start = pos;
        Polynomial base = primary();
        skipBlanks();
        if (!peek('^')) {
            return base;
        }
        pos++;
        int exponent = exponent(start);
        skipBlanks();
        if (peek('^')) {
            throw error("ambiguous power: use parentheses, as in '(a^b)^c'", pos); //$NON-NLS-1$
        }
        return base.pow(exponent);
    }

    private int exponent(int baseStart) throws PolynomialSyntaxException {
        skipBlanks();
        int start = pos;
        if (peek('-')) {
            int end = pos + 1;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            throw error("negative exponents are not polynomial: '" + text.substring(baseStart, end).strip() + "'", //$NON-NLS-1$ //$NON-NLS-2$
                    start);
        }
        if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
            throw error("expected an exponent after '^', found " + describeNext(), start); //$NON-NLS-1$
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == '/')) {
            throw error("exponents must be non-negative integers, found '" + text.substring(start, pos + 1) + "'", //$NON-NLS-1$ //$NON-NLS-2$
                    start);
        }
        BigInteger value = new BigInteger(text.substring(start, pos));
        if (value.compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
            throw error("exponent " + value + " is too large (limit " + MAX_EXPONENT + ")", start); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return value.intValue();
    }

    private Polynomial primary() throws PolynomialSyntaxException {
        skipBlanks();
        int start = pos;
        if (pos >= text.length()) {
            throw error("expected a number, variable or '(', found end of input", start); //$NON-NLS-1$
        }
        char c = text.charAt(pos);
        if (c == '(') {
            if (depth == MAX_DEPTH) {
                throw error("expression nested too deeply (more than " + MAX_DEPTH + " levels)", start); //$NON-NLS-1$ //$NON-NLS-2$
            }
            pos++;
            depth++;
            Polynomial inner = polynomial();
            depth--;
            skipBlanks();
            if (!peek(')')) {
                throw error("expected ')' to close the '(' at offset " + start + ", found " + describeNext(), pos); //$NON-NLS-1$ //$NON-NLS-2$
            }
            pos++;
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return Polynomial.constant(variableNames.size(), number());
        }
        if (isIdentifierStart(c)) {
            return variable();
        }
        throw error("expected a number, variable or '(', found " + describeNext(), start); //$NON-NLS-1$
    }

    private Rational number() throws PolynomialSyntaxException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!literal.matches("\\d+(\\.\\d+)?")) { //$NON-NLS-1$
            throw error("malformed number '" + literal + "'", start); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Rational.parse(literal);
    }

    private Polynomial variable() throws PolynomialSyntaxException {
        int start = pos;
        pos = identifierEnd(pos);
        String name = text.substring(start, pos);
        int index = variableNames.indexOf(name);
        if (index < 0) {
            String expected = variableNames.isEmpty() ? "no variables, only numbers" //$NON-NLS-1$
                    : "expected one of " + String.join(", ", variableNames); //$NON-NLS-1$ //$NON-NLS-2$
            throw error("unknown variable '" + name + "' (" + expected + ")", start); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return Polynomial.variable(variableNames.size(), index);
    }

    private int identifierEnd(int from) {
        int end = from + 1;
        while (end < text.length() && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && (text.charAt(end) == '[' || text.charAt(end) == '{')) {
            char close = text.charAt(end) == '[' ? ']' : '}';
            int closeAt = text.indexOf(close, end);
            if (closeAt > 0 && text.substring(end + 1, closeAt).matches("[A-Za-z0-9_,]*")) { //$NON-NLS-1$
                end = closeAt + 1;
            }
        }
        return end;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private PolynomialSyntaxException missingOperatorOrUnexpected() {
        char c = text.charAt(pos);
        if (startsPrimary(c)) {
            return error("expected an operator ('+', '-', '*', '/' or '^') before " + describeNext() //$NON-NLS-1$
                    + "; write '*' for products", pos); //$NON-NLS-1$
        }
        return error("expected an operator ('+', '-', '*', '/' or '^') or end of input, found " + describeNext(), pos); //$NON-NLS-1$
    }

    private String describeNext() {
        if (pos >= text.length()) {
            return "end of input"; //$NON-NLS-1$
        }
        char c = text.charAt(pos);
        int end = pos + 1;
        if (isIdentifierStart(c)) {
            end = identifierEnd(pos);
        } else if (Character.isDigit(c)) {
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
        }
        return "'" + text.substring(pos, end) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return the text with control and format characters written as <code>&#92;uXXXX</code>, so that
     *         a message never carries a raw NUL, escape sequence or bidirectional override
     */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
            if (hidden && escaped == null) {
                escaped = new StringBuilder(text.substring(0, i));
            }
            if (hidden) {
                escaped.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private PolynomialSyntaxException error(String message, int offset) {
        // the message quotes the input, which may hold any character
        return new PolynomialSyntaxException(escape(message), offset);
    }
}
