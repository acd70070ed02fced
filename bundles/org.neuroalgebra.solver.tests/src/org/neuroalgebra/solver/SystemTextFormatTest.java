// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;

class SystemTextFormatTest {

    @Test
    void readsVariablesParametersAndEquations() throws SystemSyntaxException {
        PolynomialSystem system = SystemTextFormat.parse("""
                # the circle and a line
                variables x, y
                parameters a

                x^2 + y^2 - 1
                x = a*y   # a line through the origin
                """);
        assertEquals(List.of("x", "y"), system.variables());
        assertEquals(List.of("a"), system.parameters());
        assertEquals(2, system.equationCount());
        // x - a*y at (x, y, a) = (3, 2, 5) is -7
        assertEquals(Rational.of(-7), system.equations().get(1).evaluate(
                new Rational[] { Rational.of(3), Rational.of(2), Rational.of(5) }));
        assertEquals(2, system.degreesInVariables()[0]);
        assertEquals(1, system.degreesInVariables()[1]);
    }

    @Test
    void formatRoundTrips() throws SystemSyntaxException {
        PolynomialSystem system = SystemTextFormat.parse("variables x y\nparameters u\nx^2 - 1/2*y + u\nx*y - 3");
        PolynomialSystem again = SystemTextFormat.parse(SystemTextFormat.format(system));
        assertEquals(system.variables(), again.variables());
        assertEquals(system.parameters(), again.parameters());
        assertEquals(system.equations(), again.equations());
    }

    @Test
    void reportsLineAndColumnOfPolynomialErrors() {
        SystemSyntaxException e = assertThrows(SystemSyntaxException.class,
                () -> SystemTextFormat.parse("variables x y\nx^2 + z"));
        assertEquals(2, e.getLine());
        assertEquals(7, e.getColumn());
        assertTrue(e.getMessage().startsWith("2:7: "), e.getMessage());
    }

    @Test
    void reportsColumnsOnTheRightHandSide() {
        SystemSyntaxException e = assertThrows(SystemSyntaxException.class,
                () -> SystemTextFormat.parse("variables x\nx = 2 * w"));
        assertEquals(2, e.getLine());
        assertEquals(9, e.getColumn());
    }

    @Test
    void rejectsEquationsBeforeVariables() {
        SystemSyntaxException e = assertThrows(SystemSyntaxException.class, () -> SystemTextFormat.parse("x^2 - 1"));
        assertEquals(1, e.getLine());
        assertTrue(e.getMessage().contains("expected 'variables'"), e.getMessage());
    }

    @Test
    void rejectsBadAndRepeatedNames() {
        SystemSyntaxException bad = assertThrows(SystemSyntaxException.class,
                () -> SystemTextFormat.parse("variables x 2y\nx"));
        assertEquals(13, bad.getColumn());
        SystemSyntaxException twice = assertThrows(SystemSyntaxException.class,
                () -> SystemTextFormat.parse("variables x y\nparameters x\nx"));
        assertEquals(2, twice.getLine());
        assertTrue(twice.getMessage().contains("declared twice"), twice.getMessage());
    }

    @Test
    void rejectsASystemWithoutEquations() {
        assertThrows(SystemSyntaxException.class, () -> SystemTextFormat.parse("variables x\n# nothing\n"));
    }

    @Test
    void rejectsTwoEqualsSigns() {
        SystemSyntaxException e = assertThrows(SystemSyntaxException.class,
                () -> SystemTextFormat.parse("variables x\nx = 1 = 2"));
        assertEquals(7, e.getColumn());
    }

    @Test
    void readKnowsWhereEachEquationIs() throws SystemSyntaxException {
        ParsedSystem parsed = SystemTextFormat.read("variables x y\n\n# a comment\n  x^2 - y\nx = 1\n"); //$NON-NLS-1$
        assertEquals(List.of(4, 5), parsed.equationLines());
        assertEquals("4:3", parsed.position(0)); //$NON-NLS-1$
        assertEquals("5:1", parsed.position(1)); //$NON-NLS-1$
    }

    @Test
    void deepNestingIsASyntaxErrorOnItsLine() {
        int depth = 200_000;
        String text = "variables x\nx - 1\n" + "(".repeat(depth) + "x" + ")".repeat(depth) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        SystemSyntaxException e = assertThrows(SystemSyntaxException.class, () -> SystemTextFormat.read(text));
        assertEquals(3, e.getLine());
        assertTrue(e.getColumn() >= 1, e::getMessage);
    }

    @Test
    void semicolonsSeparateVariableGroups() throws SystemSyntaxException {
        ParsedSystem parsed = SystemTextFormat.read("variables a1, a2 ; b1\nparameters u\na1*b1 - u\na2*b1 - 1\na1 - a2\n"); //$NON-NLS-1$
        assertEquals(List.of("a1", "a2", "b1"), parsed.system().variables()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(List.of(0, 1), List.of(2)), parsed.groups().groups());
        assertEquals(VariableGroups.none(), SystemTextFormat.read("variables x y\nx\ny\n").groups()); //$NON-NLS-1$
    }
}
