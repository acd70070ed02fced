// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuroalgebra.model.internal.text.ChoiceSet.Alternative;
import org.neuroalgebra.model.internal.text.TemplateNode.Line;
import org.neuroalgebra.model.internal.text.TemplateNode.Literal;
import org.neuroalgebra.model.internal.text.TemplateNode.Part;
import org.neuroalgebra.model.internal.text.TemplateNode.Repeat;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * Reads the text of a sweep's {@code architecture { … }} into {@link TemplateNode}s, line by line:
 * a line {@code repeat [COUNTS] {} opens a repeated group closed by a line {@code }}; any other
 * line is an architecture statement whose values may be choice sets {@code [ … ]}. The statements
 * themselves are read by the architecture parser once the choices are made; here only the choice
 * sets and the groups are checked. An error ends its line (or its group header) and reading goes
 * on, so that every error of the template is reported at once.
 */
final class SweepTemplateReader {

    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)"); //$NON-NLS-1$
    private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$
    private static final String REPEAT = "repeat"; //$NON-NLS-1$

    /** The largest repeat count: far beyond a computable network, yet a count whose powers stay cheap. */
    static final int MAX_REPEAT = 1000;

    /** One line of the template text with the file position of its first character. */
    private record RawLine(String text, int line, int column, int offset) {

        SourcePosition at(int index, int length) {
            return new SourcePosition(line, column + index, offset + index, length);
        }
    }

    private final List<RawLine> lines = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    private int next;

    private SweepTemplateReader(String text, int line, int column, int offset) {
        int start = 0;
        int number = line;
        int firstColumn = column;
        while (true) {
            int end = text.indexOf('\n', start);
            String content = text.substring(start, end < 0 ? text.length() : end);
            lines.add(new RawLine(content.endsWith("\r") ? content.substring(0, content.length() - 1) : content, //$NON-NLS-1$
                    number, firstColumn, offset + start));
            if (end < 0) {
                break;
            }
            start = end + 1;
            number++;
            firstColumn = 1;
        }
    }

    /** What a template is made of, and what is wrong with it. */
    record Result(List<TemplateNode> nodes, List<SyntaxError> errors) {
    }

    /**
     * @param text
     *            the template text
     * @param line
     *            the file line of its first character
     * @param column
     *            the file column of its first character
     * @param offset
     *            the file offset of its first character
     * @return the statements, and the errors in file order
     */
    static Result read(String text, int line, int column, int offset) {
        SweepTemplateReader reader = new SweepTemplateReader(text, line, column, offset);
        List<TemplateNode> nodes = reader.statements(null);
        return new Result(nodes, reader.errors);
    }

    /** Reads statements up to the '}' that closes the repeat opened at {@code openedAt} (or to the end). */
    private List<TemplateNode> statements(SourcePosition openedAt) {
        List<TemplateNode> nodes = new ArrayList<>();
        while (next < lines.size()) {
            RawLine raw = lines.get(next++);
            int start = firstNonBlank(raw.text(), 0);
            int end = contentEnd(raw.text());
            if (start >= end) {
                continue;
            }
            String content = raw.text().substring(start, end);
            if (content.equals("}")) { //$NON-NLS-1$
                if (openedAt != null) {
                    return nodes;
                }
                errors.add(new SyntaxError(raw.at(start, 1), "'}' closes no 'repeat'")); //$NON-NLS-1$
                continue;
            }
            try {
                if (isRepeat(content)) {
                    Repeat repeat = repeat(raw, start, end);
                    if (repeat != null) {
                        nodes.add(repeat);
                    }
                } else {
                    nodes.add(line(raw, start, end));
                }
            } catch (SyntaxError e) {
                errors.add(e);
            }
        }
        if (openedAt != null) {
            errors.add(new SyntaxError(openedAt, "expected '}' to close the 'repeat' opened at " + openedAt //$NON-NLS-1$
                    + ", found the end of the architecture")); //$NON-NLS-1$
        }
        return nodes;
    }

    private static boolean isRepeat(String content) {
        return content.startsWith(REPEAT)
                && (content.length() == REPEAT.length() || !Character.isLetterOrDigit(content.charAt(REPEAT.length()))
                        && content.charAt(REPEAT.length()) != '_' && content.charAt(REPEAT.length()) != '-');
    }

    /** @return the group, or null when its header is wrong (its body is read all the same) */
    private Repeat repeat(RawLine raw, int start, int end) {
        SourcePosition keyword = raw.at(start, REPEAT.length());
        ChoiceSet counts = null;
        try {
            counts = repeatHeader(raw, start + REPEAT.length(), end);
        } catch (SyntaxError e) {
            errors.add(e);
        }
        List<TemplateNode> body = statements(keyword);
        if (counts == null) {
            return null;
        }
        if (body.isEmpty()) {
            throw new SyntaxError(keyword, "'repeat' has nothing to repeat: write at least one statement between '{' and '}'"); //$NON-NLS-1$
        }
        return new Repeat(counts, body, keyword);
    }

    private ChoiceSet repeatHeader(RawLine raw, int from, int end) {
        String text = raw.text();
        int open = firstNonBlank(text, from);
        if (open >= end || text.charAt(open) != '[') {
            throw new SyntaxError(raw.at(Math.min(open, end), 1), "expected a choice set of counts such as [1..3] after 'repeat', found " //$NON-NLS-1$
                    + found(text, open, end));
        }
        int close = closingBracket(raw, open, end);
        ChoiceSet counts = choiceSet(raw, open, close);
        for (Alternative alternative : counts.alternatives()) {
            boolean count = alternative.isRange() ? alternative.from() >= 0 : DIGITS.matcher(alternative.value()).matches();
            if (!count) {
                throw new SyntaxError(alternative.position(), "a repeat count is a non-negative integer, found '" //$NON-NLS-1$
                        + (alternative.isRange() ? alternative.from() + ".." + alternative.to() : alternative.value()) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            long largest = alternative.isRange() ? alternative.to() : Long.parseLong(alternative.value().length() > 9 ? "9999999999" : alternative.value()); //$NON-NLS-1$
            if (largest > MAX_REPEAT) {
                throw new SyntaxError(alternative.position(), "repeat count " + largest + " is too large (maximum " + MAX_REPEAT + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        int brace = firstNonBlank(text, close + 1);
        if (brace >= end || text.charAt(brace) != '{') {
            throw new SyntaxError(raw.at(Math.min(brace, end), 1), "expected '{' after 'repeat " + text.substring(open, close + 1) //$NON-NLS-1$
                    + "', found " + found(text, brace, end)); //$NON-NLS-1$
        }
        int rest = firstNonBlank(text, brace + 1);
        if (rest < end) {
            throw new SyntaxError(raw.at(rest, 1), "expected end of line after 'repeat " + text.substring(open, close + 1) //$NON-NLS-1$
                    + " {': the repeated statements start on the next line, found " + found(text, rest, end)); //$NON-NLS-1$
        }
        return counts;
    }

    private Line line(RawLine raw, int start, int end) {
        String text = raw.text();
        if (text.charAt(start) == '[') {
            throw new SyntaxError(raw.at(start, 1), "a choice set stands for a value, not for a statement: write the " //$NON-NLS-1$
                    + "statement's keyword (input, dense, activation, …) before it"); //$NON-NLS-1$
        }
        List<Part> parts = new ArrayList<>();
        int literal = start;
        int at = start;
        while (at < end) {
            char c = text.charAt(at);
            if (c == '"') {
                at = closingQuote(text, at, end);
            } else if (c == '[') {
                if (at > literal) {
                    parts.add(new Literal(text.substring(literal, at), raw.at(literal, at - literal)));
                }
                int close = closingBracket(raw, at, end);
                parts.add(choiceSet(raw, at, close));
                literal = close + 1;
                at = close;
            }
            at++;
        }
        if (end > literal) {
            parts.add(new Literal(text.substring(literal, end), raw.at(literal, end - literal)));
        }
        return new Line(parts, raw.at(start, end - start), raw.at(end, 0));
    }

    private static int closingBracket(RawLine raw, int open, int end) {
        String text = raw.text();
        for (int at = open + 1; at < end; at++) {
            char c = text.charAt(at);
            if (c == '"') {
                at = closingQuote(text, at, end);
            } else if (c == ']') {
                return at;
            } else if (c == '[') {
                throw new SyntaxError(raw.at(at, 1), "a choice set cannot contain a choice set"); //$NON-NLS-1$
            }
        }
        throw new SyntaxError(raw.at(open, 1), "expected ']' to close the choice set opened at " + raw.at(open, 1) //$NON-NLS-1$
                + ", found end of line"); //$NON-NLS-1$
    }

    /** @return the values between '[' at {@code open} and ']' at {@code close}, split at the commas */
    private static ChoiceSet choiceSet(RawLine raw, int open, int close) {
        String text = raw.text();
        SourcePosition position = raw.at(open, close - open + 1);
        if (text.substring(open + 1, close).isBlank()) {
            throw new SyntaxError(position, "empty choice set: give at least one value, e.g. [1..4] or [1, 2, 8]"); //$NON-NLS-1$
        }
        List<Alternative> alternatives = new ArrayList<>();
        int start = open + 1;
        for (int at = open + 1; at <= close; at++) {
            if (at < close && text.charAt(at) == '"') {
                at = closingQuote(text, at, close);
            } else if (at == close || text.charAt(at) == ',') {
                alternatives.add(alternative(raw, start, at));
                start = at + 1;
            }
        }
        return new ChoiceSet(position, List.copyOf(alternatives));
    }

    private static Alternative alternative(RawLine raw, int from, int to) {
        String text = raw.text();
        int start = firstNonBlank(text, from);
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            throw new SyntaxError(raw.at(Math.min(start, to), 1), "empty value in a choice set: remove the extra ','"); //$NON-NLS-1$
        }
        String value = text.substring(start, end);
        SourcePosition position = raw.at(start, end - start);
        Matcher range = RANGE.matcher(value);
        if (!range.matches()) {
            return new Alternative(value, 0, 0, position);
        }
        long low = bounded(range.group(1), position);
        long high = bounded(range.group(2), position);
        if (low > high) {
            throw new SyntaxError(position, "the range " + value + " is empty: write the smaller end first, e.g. [" + high //$NON-NLS-1$ //$NON-NLS-2$
                    + ".." + low + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Alternative(null, low, high, position);
    }

    private static long bounded(String digits, SourcePosition position) {
        String magnitude = digits.replaceFirst("^-?0*(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (magnitude.length() > 9 || Long.parseLong(magnitude) > StatementParser.MAX_INTEGER) {
            throw new SyntaxError(position, "number " + digits + " in a range is too large (maximum " //$NON-NLS-1$ //$NON-NLS-2$
                    + StatementParser.MAX_INTEGER + ")"); //$NON-NLS-1$
        }
        return Long.parseLong(digits);
    }

    /** @return the index of the closing quote of the string opened at {@code open}, or the last index before {@code end} */
    private static int closingQuote(String text, int open, int end) {
        int close = text.indexOf('"', open + 1);
        return close < 0 || close >= end ? end - 1 : close;
    }

    private static int firstNonBlank(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** @return the end of a line's statement: before its comment, without trailing blanks */
    private static int contentEnd(String text) {
        int end = text.length();
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"') {
                at = closingQuote(text, at, text.length());
            } else if (c == '#') {
                end = at;
                break;
            }
        }
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String found(String text, int at, int end) {
        return at >= end ? "end of line" : "'" + text.charAt(at) + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
