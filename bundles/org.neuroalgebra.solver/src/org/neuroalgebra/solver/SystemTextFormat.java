// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/**
 * Reads and writes the plain-text system format described in the
 * {@linkplain org.neuroalgebra.solver package documentation}.
 */
public final class SystemTextFormat {

    private static final String VARIABLES = "variables"; //$NON-NLS-1$
    private static final String PARAMETERS = "parameters"; //$NON-NLS-1$
    private static final char GROUP_SEPARATOR = ';';
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$
    private static final Pattern NAME_TOKEN = Pattern.compile("[^\\s,;]+"); //$NON-NLS-1$

    private SystemTextFormat() {
    }

    /**
     * @param text
     *            the system text
     * @return the system
     * @throws SystemSyntaxException
     *             at the first problem, with its line and column
     */
    public static PolynomialSystem parse(String text) throws SystemSyntaxException {
        return read(text).system();
    }

    /**
     * @param text
     *            the system text
     * @return the system with the position of each equation
     * @throws SystemSyntaxException
     *             at the first problem, with its line and column
     */
    public static ParsedSystem read(String text) throws SystemSyntaxException {
        String[] lines = text.split("\\R", -1); //$NON-NLS-1$
        List<String> variables = null;
        List<List<Integer>> groups = List.of();
        List<String> parameters = List.of();
        List<Polynomial> equations = new ArrayList<>();
        List<Integer> equationLines = new ArrayList<>();
        List<Integer> equationColumns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = stripComment(lines[i]);
            if (line.isBlank()) {
                continue;
            }
            String keyword = firstWord(line);
            if (VARIABLES.equals(keyword) || PARAMETERS.equals(keyword)) {
                boolean isVariables = VARIABLES.equals(keyword);
                if (isVariables ? variables != null : !parameters.isEmpty()) {
                    throw new SystemSyntaxException(lineNumber, column(line, keyword), "'" + keyword + "' given twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (!equations.isEmpty()) {
                    throw new SystemSyntaxException(lineNumber, column(line, keyword),
                            "'" + keyword + "' must come before the equations"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                int from = line.indexOf(keyword) + keyword.length();
                if (isVariables) {
                    variables = new ArrayList<>();
                    List<List<Integer>> declaredGroups = new ArrayList<>();
                    // ';' separates the variable groups of a multihomogeneous structure
                    int end;
                    do {
                        end = groupEnd(line, from);
                        if (end < line.length() && line.substring(from, end).isBlank()) {
                            throw new SystemSyntaxException(lineNumber, end + 1,
                                    "expected the names of a variable group before this ';', found none"); //$NON-NLS-1$
                        }
                        List<String> group = names(line.substring(0, end), from, lineNumber, names);
                        List<Integer> indices = new ArrayList<>();
                        for (String name : group) {
                            indices.add(variables.size());
                            variables.add(name);
                        }
                        declaredGroups.add(indices);
                        from = end + 1;
                    } while (end < line.length());
                    groups = declaredGroups.size() > 1 ? declaredGroups : List.of();
                } else {
                    if (line.indexOf(GROUP_SEPARATOR, from) >= 0) {
                        throw new SystemSyntaxException(lineNumber, line.indexOf(GROUP_SEPARATOR, from) + 1,
                                "only variables come in groups, not parameters"); //$NON-NLS-1$
                    }
                    parameters = names(line, from, lineNumber, names);
                }
                continue;
            }
            if (variables == null) {
                throw new SystemSyntaxException(lineNumber, column(line, keyword),
                        "expected 'variables' before the first equation, found '" + keyword + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            List<String> all = new ArrayList<>(variables);
            all.addAll(parameters);
            equations.add(equation(line, all, lineNumber));
            equationLines.add(lineNumber);
            equationColumns.add(column(line, line.strip()));
        }
        if (variables == null) {
            throw new SystemSyntaxException(lines.length, 1, "expected a 'variables' line, found none"); //$NON-NLS-1$
        }
        if (equations.isEmpty()) {
            throw new SystemSyntaxException(lines.length, 1, "expected at least one equation, found none"); //$NON-NLS-1$
        }
        return new ParsedSystem(new PolynomialSystem(variables, parameters, equations), equationLines,
                equationColumns, new VariableGroups(groups));
    }

    /** @return the index of the next group separator at or after from, or the line's length */
    private static int groupEnd(String line, int from) {
        int end = line.indexOf(GROUP_SEPARATOR, from);
        return end < 0 ? line.length() : end;
    }

    /**
     * @param system
     *            a system
     * @return its text, which {@link #parse(String)} reads back to an equal
     *         system
     */
    public static String format(PolynomialSystem system) {
        return system.toString() + '\n';
    }

    private static int firstNonBlank(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String firstWord(String line) {
        String trimmed = line.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(end))) {
            end++;
        }
        return end == 0 ? trimmed.substring(0, 1) : trimmed.substring(0, end);
    }

    private static int column(String line, String word) {
        return line.indexOf(word) + 1;
    }

    private static List<String> names(String line, int from, int lineNumber, Set<String> seen)
            throws SystemSyntaxException {
        List<String> result = new ArrayList<>();
        Matcher m = NAME_TOKEN.matcher(line);
        m.region(from, line.length());
        while (m.find()) {
            String name = m.group();
            if (!NAME.matcher(name).matches()) {
                throw new SystemSyntaxException(lineNumber, m.start() + 1,
                        "expected a name (a letter or '_' followed by letters, digits, '_'), found '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (VARIABLES.equals(name) || PARAMETERS.equals(name)) {
                throw new SystemSyntaxException(lineNumber, m.start() + 1, "'" + name + "' is a keyword, not a name"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!seen.add(name)) {
                throw new SystemSyntaxException(lineNumber, m.start() + 1, "name '" + name + "' is declared twice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            result.add(name);
        }
        if (result.isEmpty()) {
            throw new SystemSyntaxException(lineNumber, from + 1, "expected at least one name, found end of line"); //$NON-NLS-1$
        }
        return result;
    }

    private static Polynomial equation(String line, List<String> names, int lineNumber) throws SystemSyntaxException {
        int equals = line.indexOf('=');
        if (equals >= 0 && line.indexOf('=', equals + 1) >= 0) {
            throw new SystemSyntaxException(lineNumber, line.indexOf('=', equals + 1) + 1,
                    "expected at most one '=' in an equation, found a second one"); //$NON-NLS-1$
        }
        if (equals < 0) {
            return polynomial(line, 0, line.length(), names, lineNumber);
        }
        Polynomial left = polynomial(line, 0, equals, names, lineNumber);
        Polynomial right = polynomial(line, equals + 1, line.length(), names, lineNumber);
        return left.sub(right);
    }

    private static Polynomial polynomial(String line, int from, int to, List<String> names, int lineNumber)
            throws SystemSyntaxException {
        try {
            return PolynomialParser.parse(line.substring(from, to), names);
        } catch (PolynomialSyntaxException e) {
            throw new SystemSyntaxException(lineNumber, from + e.getOffset() + 1, e.getMessage());
        } catch (ArithmeticException e) {
            // BigInteger refuses numbers beyond its range, e.g. powers of powers of large numbers.
            throw new SystemSyntaxException(lineNumber, firstNonBlank(line, from) + 1,
                    "the polynomial is too large to expand: " + e.getMessage()); //$NON-NLS-1$
        } catch (StackOverflowError e) {
            // The last line of defence against deep nesting: the parser recurses once per parenthesis.
            throw new SystemSyntaxException(lineNumber, firstNonBlank(line, from) + 1,
                    "the polynomial is nested too deeply to read"); //$NON-NLS-1$
        }
    }
}
