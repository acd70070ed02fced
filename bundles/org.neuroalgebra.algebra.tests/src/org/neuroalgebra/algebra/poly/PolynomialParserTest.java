// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;

class PolynomialParserTest {

    private static final List<String> Y = List.of("y1", "y2", "y3", "y4", "y5", "y6");

    @ParameterizedTest
    @ValueSource(strings = { "1/2*x^2 + x", "x^3 - x*y^2", "-x + 3/7", "0", "-1", "x*y - 2/3*y^2 + 5" })
    void canonicalFormRoundTrips(String text) throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y");
        Polynomial f = PolynomialParser.parse(text, names);
        assertEquals(text, f.toString(names));
        assertEquals(f, PolynomialParser.parse(f.toString(names), names));
    }

    @Test
    void lightningQuarticRoundTrips() throws PolynomialSyntaxException {
        String written = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5";
        Polynomial f = PolynomialParser.parse(written, Y);
        assertEquals(7, f.termCount());
        assertEquals(4, f.degree());
        assertEquals(f, PolynomialParser.parse(f.toString(Y), Y));
        assertEquals("y1^2*y6^2 - y1*y2*y5*y6 - 2*y1*y3*y4*y6 + y1*y3*y5^2 + y2^2*y4*y6 - y2*y3*y4*y5 + y3^2*y4^2",
                f.toString(Y));
    }

    @Test
    void precedenceAndDecimals() throws PolynomialSyntaxException {
        List<String> x = List.of("x");
        assertEquals(PolynomialParser.parse("(-1)*x^2", x), PolynomialParser.parse("-x^2", x));
        assertEquals(PolynomialParser.parse("1/4*x", x), PolynomialParser.parse("0.25 * x", x));
        assertEquals(PolynomialParser.parse("x/4", x), PolynomialParser.parse("0.25*x", x));
        assertEquals(PolynomialParser.parse("2*x - 3", x), PolynomialParser.parse("2*x-(1+2)", x));
        assertEquals(Polynomial.constant(1, Rational.of(-1, 6)), PolynomialParser.parse("1/2 - 2/3", x));
        assertEquals(PolynomialParser.parse("x^2 + 2*x + 1", x), PolynomialParser.parse("(x + 1)^2", x));
        assertEquals(PolynomialParser.parse("x^6", x), PolynomialParser.parse("(x^2)^3", x));
    }

    @Test
    void bracketedVariableNames() throws PolynomialSyntaxException {
        List<String> names = List.of("x_{1,1}", "x_{1,2}", "w[2]");
        Polynomial f = PolynomialParser.parse("x_{1,1}*w[2] - x_{1,2}^2", names);
        assertEquals(f, PolynomialParser.parse(f.toString(names), names));
        assertEquals(2, f.termCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x^          | 2 | expected an exponent after '^', found end of input",
            "x + y       | 4 | unknown variable 'y' (expected one of x)",
            "x^-1        | 2 | negative exponents are not polynomial: 'x^-1'",
            "x**2        | 1 | '**' is not an operator; write '^' for powers",
            "x^1.5       | 2 | exponents must be non-negative integers, found '1.'",
            "x^2^3       | 3 | ambiguous power: use parentheses, as in '(a^b)^c'",
            "2x          | 1 | expected an operator ('+', '-', '*', '/' or '^') before 'x'; write '*' for products",
            "(x + 1      | 6 | expected ')' to close the '(' at offset 0, found end of input",
            "x + 1)      | 5 | unmatched ')'",
            "x + # 1     | 4 | expected a number, variable or '(', found '#'",
            "x / x       | 4 | division by a non-constant is not polynomial: 'x'",
            "x / (1 - 1) | 4 | division by zero: '(1 - 1)'",
            "1.2.3       | 0 | malformed number '1.2.3'",
            "x^100000    | 2 | exponent 100000 is too large (limit 10000)",
            "x ; 1       | 2 | expected an operator ('+', '-', '*', '/' or '^') or end of input, found ';'" })
    void errorsSayWhatWasExpectedAndWhere(String text, int offset, String message) {
        PolynomialSyntaxException e = assertThrows(PolynomialSyntaxException.class,
                () -> PolynomialParser.parse(text, List.of("x")));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.getOffset());
    }

    @Test
    void emptyInput() {
        PolynomialSyntaxException e = assertThrows(PolynomialSyntaxException.class,
                () -> PolynomialParser.parse("  ", List.of("x")));
        assertEquals("expected a number, variable or '(', found end of input", e.getMessage());
        assertEquals(2, e.getOffset());
    }
}
