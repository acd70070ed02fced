// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hostile input ends in a syntax error at the right offset, never in a stack overflow. */
class PolynomialParserLimitsTest {

    private static final List<String> X = List.of("x");

    private static String nested(int depth) {
        return "(".repeat(depth) + "x" + ")".repeat(depth);
    }

    @Test
    void deepNestingIsASyntaxErrorAtTheFirstParenthesisTooMany() {
        PolynomialSyntaxException e = assertThrows(PolynomialSyntaxException.class,
                () -> PolynomialParser.parse(nested(3000), X));
        assertEquals("expression nested too deeply (more than 200 levels)", e.getMessage());
        assertEquals(PolynomialParser.MAX_DEPTH, e.getOffset());
    }

    @Test
    void nestingUpToTheLimitParses() throws PolynomialSyntaxException {
        assertEquals(Polynomial.variable(1, 0), PolynomialParser.parse(nested(PolynomialParser.MAX_DEPTH), X));
        // depth counts open parentheses, not all of them: siblings do not add up
        assertEquals(Polynomial.variable(1, 0).scale(org.neuroalgebra.algebra.number.Rational.of(300)),
                PolynomialParser.parse("(x)+".repeat(299) + "(x)", X));
    }

    @Test
    void longChainsOfUnaryMinusAreReadWithoutRecursion() throws PolynomialSyntaxException {
        Polynomial x = Polynomial.variable(1, 0);
        assertEquals(x, PolynomialParser.parse("- ".repeat(200_000) + "x", X));
        assertEquals(x.neg(), PolynomialParser.parse("-".repeat(200_001) + "x", X));
        assertEquals(x.pow(2).neg(), PolynomialParser.parse("---x^2", X));
        assertEquals(x.sub(x.neg()), PolynomialParser.parse("x - -x", X));
    }

    @Test
    void controlCharactersAreQuotedEscaped() {
        PolynomialSyntaxException e = assertThrows(PolynomialSyntaxException.class,
                () -> PolynomialParser.parse("x + \u0000", X));
        assertEquals("expected a number, variable or '(', found '\\u0000'", e.getMessage());
        PolynomialSyntaxException bidi = assertThrows(PolynomialSyntaxException.class,
                () -> PolynomialParser.parse("x \u202E 2", X));
        assertFalse(bidi.getMessage().contains("\u202E"), bidi.getMessage());
        assertEquals(2, bidi.getOffset());
    }
}
