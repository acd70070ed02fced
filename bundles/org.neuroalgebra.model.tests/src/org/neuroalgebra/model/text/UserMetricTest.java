// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.model.validation.UserMetrics;

/**
 * {@code metric weights (…)} and {@code metric matrix ((…), …)}: what they parse to, the text
 * round trip, and each kind of mistake with its exact line and column (syntax errors from the
 * parser, the rest from validation).
 */
class UserMetricTest {

    private static final String CIRCLE = "variety circle {\n  coordinates x y\n  equation x^2 + y^2 = 1\n}\n"; //$NON-NLS-1$

    /** @return the circle and one analysis whose second line is {@code edd of circle metric METRIC} */
    private static String model(String metric) {
        return CIRCLE + "analysis a {\n  edd of circle metric " + metric + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the same model as the serializer writes it: blocks separated by a blank line */
    private static String canonical(String metric) {
        return CIRCLE + "\nanalysis a {\n  edd of circle metric " + metric + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Metric metric(Resource resource) {
        return ((Analysis) NalgFiles.model(resource).getElements().get(1)).getMetric();
    }

    private static List<String> problems(String metric) {
        Resource resource = NalgFiles.load("m.nalg", model(metric)); //$NON-NLS-1$
        return ModelDiagnostics.validate(resource).stream().map(ModelProblem::format).toList();
    }

    @Test
    void weightsAreADiagonal() {
        Resource resource = NalgFiles.load("m.nalg", model("weights (1, 4)")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), NalgFiles.errors(resource));
        Metric metric = metric(resource);
        assertEquals(MetricKind.WEIGHTS, metric.getKind());
        assertEquals(List.of("1", "4"), metric.getEntries()); //$NON-NLS-1$ //$NON-NLS-2$
        Rational[][] q = UserMetrics.matrix(metric);
        assertEquals(Rational.of(4), q[1][1]);
        assertEquals(Rational.ZERO, q[0][1]);
        assertEquals(List.of(), problems("weights (1, 4)")); //$NON-NLS-1$
    }

    @Test
    void matrixIsReadRowByRowWithExactEntries() {
        Resource resource = NalgFiles.load("m.nalg", model("matrix ((2, 1/2), (1/2, 0.25))")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), NalgFiles.errors(resource));
        Metric metric = metric(resource);
        assertEquals(MetricKind.MATRIX, metric.getKind());
        assertEquals(2, UserMetrics.dimension(metric));
        Rational[][] q = UserMetrics.matrix(metric);
        assertEquals(Rational.of(1, 2), q[1][0]);
        assertEquals(Rational.of(1, 4), q[1][1]);
        // det = 2 · 1/4 − 1/4 = 1/4 > 0 and Q[0][0] > 0: positive definite
        assertEquals(List.of(), problems("matrix ((2, 1/2), (1/2, 0.25))")); //$NON-NLS-1$
    }

    @Test
    void weightsAndMatrixSurviveTheTextRoundTrip() {
        for (String metric : List.of("weights (1, 4)", "matrix ((2, -1/3), (-1/3, 1))", "weights (0, 1/2, 3)")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String text = canonical(metric);
            assertEquals(text, NalgFiles.save(NalgFiles.load("m.nalg", text)), metric); //$NON-NLS-1$
        }
        // non-canonical spacing comes back canonical
        assertEquals(canonical("matrix ((1, 0), (0, 1))"), //$NON-NLS-1$
                NalgFiles.save(NalgFiles.load("m.nalg", model("matrix((1,0),( 0 ,1 ))")))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aMetricAloneParsesAsInAFile() {
        Metric metric = MetricText.parse("matrix ((1, 2), (2, 5))"); //$NON-NLS-1$
        assertEquals(List.of("1", "2", "2", "5"), metric.getEntries()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricText.parse("weights (1, 4) extra")); //$NON-NLS-1$
        assertEquals("column 16: expected the end of the metric, found 'extra'", e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void nonNumericEntryIsASyntaxErrorAtTheEntry() {
        // line 6 is "  edd of circle metric weights (1, a)": the 'a' is at column 36
        assertEquals(List.of("m.nalg:6:36: expected a rational weight, found 'a'"), //$NON-NLS-1$
                NalgFiles.errors(NalgFiles.load("m.nalg", model("weights (1, a)")))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:6:36: expected a rational entry of the matrix, found 'x'"), //$NON-NLS-1$
                NalgFiles.errors(NalgFiles.load("m.nalg", model("matrix ((1, x), (0, 1))")))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:6:33: zero denominator in '1/0'"), //$NON-NLS-1$
                NalgFiles.errors(NalgFiles.load("m.nalg", model("weights (1/0, 1)")))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aRowOfTheWrongLengthIsASyntaxErrorAtTheRow() {
        assertEquals(List.of("m.nalg:6:40: row 2 of the matrix has 3 entries, but the matrix has 2 rows: " //$NON-NLS-1$
                + "a metric matrix is square"), //$NON-NLS-1$
                NalgFiles.errors(NalgFiles.load("m.nalg", model("matrix ((1, 0), (0, 1, 0))")))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:6:32: expected '(' after 'matrix (', found '1'"), //$NON-NLS-1$
                NalgFiles.errors(NalgFiles.load("m.nalg", model("matrix (1, 0)")))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void nonSymmetricMatrixIsBlamedOnTheLowerEntry() {
        // "  edd of circle metric matrix ((2, 1), (0, 2))": entries at columns 33, 36, 41 and 44
        assertEquals(List.of("m.nalg:6:41: the metric matrix is not symmetric: entry (2, 1) is 0 but entry (1, 2) is 1"), //$NON-NLS-1$
                problems("matrix ((2, 1), (0, 2))")); //$NON-NLS-1$
    }

    /** [[1, 2], [2, 1]]: positive diagonal but det = 1 − 4 = −3, eigenvalues 3 and −1. */
    @Test
    void indefiniteMatrixIsRefusedWithItsNegativeMinor() {
        assertEquals(List.of("m.nalg:6:17: the metric matrix is not positive semidefinite: its principal minor on " //$NON-NLS-1$
                + "rows and columns {1, 2} is -3 < 0"), problems("matrix ((1, 2), (2, 1))")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:6:36: metric weight -1 is negative: a metric must be positive semidefinite"), //$NON-NLS-1$
                problems("weights (1, -1)")); //$NON-NLS-1$
    }

    /** A degenerate (semidefinite) metric is valid: the analysis takes it through the degenerate path. */
    @Test
    void semidefiniteMatrixIsValid() {
        assertEquals(List.of(), problems("matrix ((1, 1), (1, 1))")); //$NON-NLS-1$
        assertEquals(List.of(), problems("weights (1, 0)")); //$NON-NLS-1$
    }
}
