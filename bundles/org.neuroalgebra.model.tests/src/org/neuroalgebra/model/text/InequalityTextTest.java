// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Relation;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * {@code inequality LEFT REL RIGHT} in a variety: read as written, written back byte for byte
 * with its comments, through XMI unchanged, and malformed statements reported at their column.
 */
class InequalityTextTest {

    private static final String HALF_CIRCLE = """
            # The upper half circle: two endpoints with full-dimensional Voronoi cells.
            variety half_circle {
              coordinates x y
              equation x^2 + y^2 - 1 = 0
              # the upper half
              inequality y >= 0 # also <=, >, <
              inequality x^2 <= 2*y + 3
              inequality x > -2
              inequality 1/2*x < y + 7
            }
            """;

    @Test
    void inequalitiesAreReadAsWritten() {
        Resource resource = NalgFiles.load("half.nalg", HALF_CIRCLE); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals(List.of(), ModelDiagnostics.validate(resource));
        Variety variety = (Variety) NalgFiles.model(resource).getElements().get(0);
        List<Inequality> inequalities = variety.getInequalities();
        assertEquals(List.of("y", "x^2", "x", "1/2*x"), inequalities.stream().map(Inequality::getLeft).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(List.of(Relation.GREATER_EQUAL, Relation.LESS_EQUAL, Relation.GREATER, Relation.LESS),
                inequalities.stream().map(Inequality::getRelation).toList());
        assertEquals(List.of("0", "2*y + 3", "-2", "y + 7"), inequalities.stream().map(Inequality::getRight).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(List.of("# the upper half"), inequalities.get(0).getComments()); //$NON-NLS-1$
        assertEquals("# also <=, >, <", inequalities.get(0).getLineComment()); //$NON-NLS-1$
        // "  inequality y >= 0" on line 6: the statement, its sides and its relation.
        assertEquals("6:3", SourceLocation.find(inequalities.get(0), null, 0).toString()); //$NON-NLS-1$
        assertEquals("6:14", SourceLocation.find(inequalities.get(0), Literals.INEQUALITY__LEFT, 0).toString()); //$NON-NLS-1$
        assertEquals("6:16", SourceLocation.find(inequalities.get(0), Literals.INEQUALITY__RELATION, 0).toString()); //$NON-NLS-1$
        assertEquals("6:19", SourceLocation.find(inequalities.get(0), Literals.INEQUALITY__RIGHT, 0).toString()); //$NON-NLS-1$
    }

    @Test
    void canonicalTextRoundTripsByteForByteAndThroughXmi() {
        Resource resource = NalgFiles.load("half.nalg", HALF_CIRCLE); //$NON-NLS-1$
        assertEquals(HALF_CIRCLE, NalgFiles.save(resource));
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource),
                NalgFiles.model(XmiEquivalenceTest.throughXmi(NalgFiles.model(resource), "half.nalgx")))); //$NON-NLS-1$
    }

    @Test
    void spacingIsNormalizedAroundTheRelation() {
        Resource resource = NalgFiles.load("tight.nalg", //$NON-NLS-1$
                "variety v {\n  coordinates x y\n  equation y = x^2\n  inequality   x>=y^2\n}\n"); //$NON-NLS-1$
        String canonical = NalgFiles.save(resource);
        assertEquals("variety v {\n  coordinates x y\n  equation y = x^2\n  inequality x >= y^2\n}\n", canonical); //$NON-NLS-1$
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource), NalgFiles.model(NalgFiles.load("tight.nalg", canonical)))); //$NON-NLS-1$
    }

    private static List<String> errors(String inequalityLine) {
        return NalgFiles.errors(NalgFiles.load("bad.nalg", //$NON-NLS-1$
                "variety v {\n  coordinates x y\n  equation x = y\n" + inequalityLine + "\n}\n")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void malformedInequalitiesAreReportedWhereTheyGoWrong() {
        assertEquals(List.of("bad.nalg:4:13: expected an inequality after 'inequality', found end of line"), //$NON-NLS-1$
                errors("  inequality")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:4:14: expected a relation >=, <=, > or < in inequality 'x = 0'"), //$NON-NLS-1$
                errors("  inequality x = 0")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:4:20: an inequality has one relation, found a second '<'"), //$NON-NLS-1$
                errors("  inequality 0 < x < 1")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:4:14: expected a polynomial before '>='"), //$NON-NLS-1$
                errors("  inequality >= y")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:4:16: expected a polynomial after '<'"), //$NON-NLS-1$
                errors("  inequality x <   # nothing")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:4:3: expected 'coordinates', 'equation' or 'inequality' in a variety, found 'bound'"), //$NON-NLS-1$
                errors("  bound x > 0")); //$NON-NLS-1$
    }

    @Test
    void sidesMustBePolynomialsInTheCoordinates() {
        List<String> problems = ModelDiagnostics.validate(NalgFiles.load("model.nalg", //$NON-NLS-1$
                "variety v {\n  coordinates x y\n  equation x = y\n  inequality x + z >= 0\n  inequality y <= x^\n}\n")) //$NON-NLS-1$
                .stream().map(ModelProblem::format).toList();
        assertEquals(List.of("model.nalg:4:18: inequality: unknown variable 'z' (expected one of x, y)", //$NON-NLS-1$
                "model.nalg:5:21: inequality: expected an exponent after '^', found end of input"), problems); //$NON-NLS-1$
    }
}
