// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonObject;

/**
 * The degree analysis on varieties whose degree is known from mathematics (classical values; the quartic:
 * docs/MATHEMATICS.md §6.6):
 * each count must come out of both methods, agree, and be certified.
 */
class DegreeAnalysisTest {

    private final DegreeAnalysis analysis = new DegreeAnalysis(solvers());

    private static SolverRegistry solvers() {
        SolverRegistry registry = new SolverRegistry();
        registry.addSolver(new HomotopyContinuationSolver());
        registry.addCounter(new GroebnerSolutionCounter());
        return registry;
    }

    /** Rank-one m × n matrices, the cone over the Segre variety P^(m−1) × P^(n−1): degree C(m+n−2, m−1). */
    @ParameterizedTest
    @CsvSource({ "2, 2, 2", "2, 3, 3", "3, 3, 6" })
    void rankOneMatricesHaveTheDegreeOfTheSegreVariety(int rows, int columns, long expected) throws AnalysisException {
        List<String> coordinates = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= columns; j++) {
                coordinates.add("a" + i + j); //$NON-NLS-1$
            }
        }
        List<String> minors = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            for (int k = i + 1; k <= rows; k++) {
                for (int j = 1; j <= columns; j++) {
                    for (int l = j + 1; l <= columns; l++) {
                        minors.add("a" + i + j + "*a" + k + l + " - a" + i + l + "*a" + k + j); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    }
                }
            }
        }
        DegreeResult result = run(variety("segre", coordinates, minors));
        assertCertifiedDegree(expected, rows + columns - 1, rows * columns, result);
    }

    /** The cone over the Veronese surface: symmetric 3 × 3 matrices of rank one (squares of ternary linear forms), degree 4. */
    @Test
    void theVeroneseSurfaceHasDegreeFour() throws AnalysisException {
        String[][] s = { { "s11", "s12", "s13" }, { "s12", "s22", "s23" }, { "s13", "s23", "s33" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        List<String> minors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int k = i + 1; k < 3; k++) {
                for (int j = 0; j < 3; j++) {
                    for (int l = j + 1; l < 3; l++) {
                        minors.add(s[i][j] + "*" + s[k][l] + " - " + s[i][l] + "*" + s[k][j]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                }
            }
        }
        DegreeResult result = run(variety("veronese", List.of("s11", "s12", "s13", "s22", "s23", "s33"), minors)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertCertifiedDegree(4, 3, 6, result);
    }

    /** The cone over the rational normal curve of degree D: 2 × 2 minors of the 2 × D Hankel matrix, degree D. */
    @ParameterizedTest
    @CsvSource({ "3", "4" })
    void theRationalNormalCurveOfDegreeDHasDegreeD(int degree) throws AnalysisException {
        List<String> coordinates = new ArrayList<>();
        for (int i = 0; i <= degree; i++) {
            coordinates.add("x" + i); //$NON-NLS-1$
        }
        List<String> minors = new ArrayList<>();
        for (int j = 0; j < degree; j++) {
            for (int l = j + 1; l < degree; l++) {
                minors.add("x" + j + "*x" + (l + 1) + " - x" + l + "*x" + (j + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        DegreeResult result = run(variety("rnc", coordinates, minors)); //$NON-NLS-1$
        assertCertifiedDegree(degree, 2, degree + 1, result);
    }

    /** The talk's quartic (lightning self-attention, examples/talk.nalg): a hypersurface of degree 4. */
    @Test
    void theTalksQuarticHasDegreeFour() throws AnalysisException {
        DegreeResult result = run(variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5 = 0"))); //$NON-NLS-1$
        assertCertifiedDegree(4, 5, 6, result);
        ResultTable points = result.tables().get(0);
        assertEquals(List.of("y1", "y2", "y3", "y4", "y5", "y6", "certified"), points.columns()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(4, points.rows().size());
        assertTrue(points.rows().stream().allMatch(row -> Boolean.TRUE.equals(row.get(6))));
    }

    /** V(x²) is the line x = 0 counted twice: its degree is 1, but a double point cannot be certified. */
    @Test
    void aDoubleLineHasDegreeOneAndIsNotCertified() throws AnalysisException {
        DegreeResult result = run(variety("double_line", List.of("x", "y"), List.of("x^2"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(1L, result.degree());
        assertEquals(1, result.dimension());
        assertFalse(result.certified());
        assertEquals(2, result.exactCounts().get(0).multiplicity());
        assertTrue(result.provenance().notes().stream().anyMatch(note -> note.contains("not radical")), //$NON-NLS-1$
                () -> result.provenance().notes().toString());
        assertEquals(Evidence.NUMERICAL, result.figures().get(0).evidence());
    }

    @Test
    void anEmptyVarietyHasNoDegree() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> run(variety("empty", List.of("x", "y"), List.of("x*y - 1", "x")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(AnalysisException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("'empty' is empty over C"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void checkRefusesSlicesAboveTheSizeGuardWithTheEstimate() {
        // four quartics in four unknowns: up to 4^4 = 256 points
        Analysis spec = request(variety("big", List.of("a", "b", "c", "d"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("a^4 - 1", "b^4 - 1", "c^4 - 1", "d^4 - 1"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        spec.getOptions().put("maxPaths", "100"); //$NON-NLS-1$ //$NON-NLS-2$
        AnalysisException e = assertThrows(AnalysisException.class, () -> analysis.check(new AnalysisRequest(spec)));
        assertEquals("maxPaths", e.setting()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("up to 256 points (Bézout bound), above maxPaths=100"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void checkRefusesANumberThatIsNotAPrime() {
        Analysis spec = request(variety("line", List.of("x", "y"), List.of("x - y"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        spec.getOptions().put("prime", "2147483641"); // 7 · 306783377 //$NON-NLS-1$ //$NON-NLS-2$
        AnalysisException e = assertThrows(AnalysisException.class, () -> analysis.check(new AnalysisRequest(spec)));
        assertEquals("prime", e.setting()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("not an odd prime"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void anotherPrimeGivesTheSameCount() throws AnalysisException {
        Analysis spec = request(variety("twisted_cubic", List.of("x0", "x1", "x2", "x3"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("x0*x2 - x1^2", "x0*x3 - x1*x2", "x1*x3 - x2^2"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        spec.getOptions().put("prime", "32003"); //$NON-NLS-1$ //$NON-NLS-2$
        DegreeResult result = (DegreeResult) analysis.run(new AnalysisRequest(spec), ProgressMonitor.NULL);
        assertEquals(3L, result.degree());
        assertEquals(List.of(32003L, 2147483629L), result.exactCounts().stream().map(DegreeResult.PrimeCount::prime).toList());
        assertTrue(result.certified());
    }

    @Test
    void anArchitectureWithoutLayersIsRefusedWithTheReason() {
        Architecture architecture = NalgFactory.eINSTANCE.createArchitecture();
        architecture.setName("mlp"); //$NON-NLS-1$
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setSubject(architecture);
        AnalysisException e = assertThrows(AnalysisException.class, () -> analysis.check(new AnalysisRequest(spec)));
        assertEquals("architecture 'mlp' has no layers", e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void theSettingsAreDeclaredWithDefaults() {
        assertEquals(List.of("prime", "maxPaths"), analysis.settingNames()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2147483647", analysis.settings().get(0).defaultValue()); //$NON-NLS-1$
        assertEquals("degree", analysis.id()); //$NON-NLS-1$
        assertEquals("Degree of a variety or neuromanifold", analysis.label()); //$NON-NLS-1$
    }

    private static void assertCertifiedDegree(long degree, int dimension, int ambient, DegreeResult result) {
        assertEquals(degree, result.degree(), () -> result.summary().toString());
        assertEquals(dimension, result.dimension());
        assertEquals(ambient, result.ambientDimension());
        assertEquals(Integer.valueOf((int) degree), result.homotopyPoints(), "homotopy continuation"); //$NON-NLS-1$
        for (DegreeResult.PrimeCount count : result.exactCounts()) {
            assertEquals(degree, count.points(), "exact count modulo " + count.prime()); //$NON-NLS-1$
        }
        assertEquals(2, result.exactCounts().size());
        assertEquals((int) degree, result.certifiedPoints());
        assertTrue(result.certified(), () -> result.summary().toString());
        ResultFigure first = result.figures().get(0);
        assertEquals("degree", first.key()); //$NON-NLS-1$
        assertEquals(Evidence.CERTIFIED, first.evidence());
        JsonObject json = result.toJson();
        assertEquals(degree, json.get("degree").getAsLong()); //$NON-NLS-1$
        assertEquals(dimension, json.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(ambient, json.get("ambientDimension").getAsInt()); //$NON-NLS-1$
        assertTrue(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertEquals(7, json.get("seed").getAsLong()); //$NON-NLS-1$
    }

    private DegreeResult run(Variety variety) throws AnalysisException {
        return (DegreeResult) analysis.run(new AnalysisRequest(request(variety)), ProgressMonitor.NULL);
    }

    private static Analysis request(Variety variety) {
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setName("block"); //$NON-NLS-1$
        spec.setSubject(variety);
        spec.setSeed(7);
        return spec;
    }

    private static Variety variety(String name, List<String> coordinates, List<String> equations) {
        Variety variety = NalgFactory.eINSTANCE.createVariety();
        variety.setName(name);
        variety.getCoordinates().addAll(coordinates);
        variety.getEquations().addAll(equations);
        return variety;
    }
}
