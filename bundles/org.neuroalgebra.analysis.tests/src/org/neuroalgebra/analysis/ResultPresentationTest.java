// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.ResultChart.Orientation;
import org.neuroalgebra.analysis.ResultChart.Scale;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.bias.BiasAnalysis;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.analysis.fiber.FiberAnalysis;
import org.neuroalgebra.analysis.filling.FillingAnalysis;
import org.neuroalgebra.analysis.implicitize.ImplicitizeAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.loss.LossAnalysis;
import org.neuroalgebra.analysis.membership.MembershipAnalysis;
import org.neuroalgebra.analysis.singular.SingularAnalysis;
import org.neuroalgebra.analysis.train.TrainAnalysis;

import com.google.gson.JsonObject;

/**
 * Every analysis declares its presentation: the main figure of a known example with its value and
 * evidence, tables, and charts with the declared scales and markers (values from
 * docs/MATHEMATICS.md §3 and §6).
 */
class ResultPresentationTest {

    private static final String MODEL = """
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture linear_212 {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }
            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            variety lsa_quartic {
              coordinates y1 y2 y3 y4 y5 y6
              equation y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5 = 0
            }
            dataset cloud {
              point (1, 0) -> 1
              point (0, 1) -> 0
              point (1, 1) -> 0
              point (2, 1) -> 6
              point (1, 2) -> -3
              point (2, -1) -> 6
            }
            analysis square_dimension {
              dimension of square_mlp seed 1
            }
            analysis quartic_edd {
              edd of lsa_quartic metric random seed 3
            }
            analysis square_fiber {
              fiber of square_mlp seed 1
            }
            analysis square_membership {
              membership of square_mlp seed 3 target x1^2 + x2^2
            }
            analysis linear_implicitize {
              implicitize of linear_212 seed 1
            }
            analysis cubic_filling {
              filling of cubic_mlp seed 4 samples=12
            }
            analysis linear_singular {
              singular of linear_212 seed 6
            }
            analysis cubic_loss {
              loss of cubic_mlp data cloud
            }
            analysis cubic_train {
              train of cubic_mlp data cloud runs=3 steps=200 seed 5
            }
            analysis square_bias {
              bias of linear_212 samples=4 starts=2 steps=50 seed 7
            }
            """;

    private static AnalysisResult run(IAnalysis analysis, String block) throws Exception {
        return analysis.run(ModelText.request(MODEL, block), ProgressMonitor.NULL);
    }

    @Test
    void squareMlpHasDimensionThreeCertifiedAndItsSpectrumMarksTheRank() throws Exception {
        AnalysisResult result = run(new DimensionAnalysis(ModelText.solvers()), "square_dimension"); //$NON-NLS-1$
        ResultFigure main = result.figures().get(0);
        assertEquals("dimension", main.key()); //$NON-NLS-1$
        assertEquals(3L, main.value());
        assertEquals(Evidence.CERTIFIED, main.evidence());
        assertEquals(Evidence.NUMERICAL, figure(result, "numericalRank").evidence()); //$NON-NLS-1$
        assertEquals(Evidence.NONE, figure(result, "ambientDimension").evidence()); //$NON-NLS-1$
        ResultChart spectrum = result.charts().get(0);
        assertEquals(Scale.INTEGER, spectrum.x().scale());
        assertEquals(Scale.LOG, spectrum.y().scale());
        assertEquals(PictureLayer.Kind.POINTS, spectrum.layers().get(0).kind());
        ResultChart.Marker rank = spectrum.markers().get(0);
        assertEquals("numerical rank 3", rank.label()); //$NON-NLS-1$
        assertEquals(Orientation.VERTICAL, rank.orientation());
        assertEquals(3.5, rank.at());
        assertEquals("primeRanks", result.tables().get(0).key()); //$NON-NLS-1$
    }

    @Test
    void quarticHasEdDegreeFourteenCertifiedWithItsCriticalPointsAsPointsAndTheMinimumMarked() throws Exception {
        AnalysisResult result = run(new EddAnalysis(ModelText.solvers()), "quartic_edd"); //$NON-NLS-1$
        ResultFigure main = result.figures().get(0);
        assertEquals("edDegree", main.key()); //$NON-NLS-1$
        assertEquals(14L, main.value());
        assertEquals(Evidence.CERTIFIED, main.evidence());
        ResultTable points = result.tables().get(0);
        assertEquals(14, points.rows().size());
        // #, six coordinates, loss, real, certified, kind
        assertEquals(List.of("#", "y1", "y2", "y3", "y4", "y5", "y6", "loss (squared distance)", "real", "certified", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "kind"), points.columns()); //$NON-NLS-1$
        long real = points.rows().stream().filter(row -> Boolean.TRUE.equals(row.get(8))).count();
        assertEquals(((Long) figure(result, "realCount").value()).longValue(), real); //$NON-NLS-1$
        ResultChart chart = result.charts().get(0);
        assertEquals(PictureLayer.Kind.POINTS, chart.layers().get(0).kind());
        assertEquals(Scale.INTEGER, chart.x().scale());
        assertEquals(real, chart.layers().get(0).size());
        ResultChart.Marker minimum = chart.markers().get(0);
        assertTrue(minimum.label().startsWith("global minimum"), minimum.label()); //$NON-NLS-1$
        assertEquals(Orientation.HORIZONTAL, minimum.orientation());
        assertEquals(chart.layers().get(0).y()[0], minimum.at(), 1e-12);
    }

    @Test
    void squareMlpFibreHasDimensionThreeAsProvenAsTheDimension() throws Exception {
        AnalysisResult result = run(new FiberAnalysis(ModelText.solvers()), "square_fiber"); //$NON-NLS-1$
        ResultFigure main = result.figures().get(0);
        // dim Θ − dim M = 6 − 3
        assertEquals("fiberDimension", main.key()); //$NON-NLS-1$
        assertEquals(3L, main.value());
        assertEquals(Evidence.CERTIFIED, main.evidence());
        assertEquals(Evidence.NONE, figure(result, "symmetryGroupSize").evidence()); //$NON-NLS-1$
    }

    @Test
    void sumOfSquaresIsAMemberOfTheSquareMlp() throws Exception {
        AnalysisResult result = run(new MembershipAnalysis(ModelText.solvers()), "square_membership"); //$NON-NLS-1$
        ResultFigure main = result.figures().get(0);
        assertEquals("member", main.key()); //$NON-NLS-1$
        assertEquals(Boolean.TRUE, main.value());
        // a witness found in floating point: numerical, not certified
        assertEquals(result.certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL, main.evidence());
        assertFalse(result.tables().isEmpty(), "the witness"); //$NON-NLS-1$
    }

    @Test
    void cubicFillingShowsTheClosedFormAndTheRunningFractionWithItMarked() throws Exception {
        // docs/MATHEMATICS.md §3.2: the sums of two real cubes are the cubics with one real root
        AnalysisResult result = run(new FillingAnalysis(ModelText.solvers()), "cubic_filling"); //$NON-NLS-1$
        ResultFigure main = result.figures().get(0);
        assertEquals("exactFraction", main.key()); //$NON-NLS-1$
        assertEquals(0.7536, (Double) main.value(), 1e-4);
        // a derivation evaluated by quadrature, beside a sampled estimate: not certified
        assertEquals(Evidence.NUMERICAL, main.evidence());
        assertFalse(result.certified());
        ResultChart chart = result.charts().get(0);
        assertEquals(Scale.INTEGER, chart.x().scale());
        assertEquals(12, chart.layers().get(0).size());
        assertEquals(0.7536, chart.markers().get(0).at(), 1e-4);
    }

    @Test
    void rankOneMatricesHaveOneQuadricAndTheirStrataOnACategoricalAxis() throws Exception {
        AnalysisResult equations = run(new ImplicitizeAnalysis(), "linear_implicitize"); //$NON-NLS-1$
        // M = 2×2 matrices of rank ≤ 1: the determinant alone
        assertEquals(1L, equations.figures().get(0).value());
        assertEquals(equations.certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL,
                equations.figures().get(0).evidence());
        assertEquals(2L, equations.tables().get(0).rows().get(0).get(1));

        AnalysisResult strata = run(new SingularAnalysis(ModelText.solvers()), "linear_singular"); //$NON-NLS-1$
        assertEquals(3L, strata.figures().get(0).value());
        assertEquals(Evidence.NUMERICAL, strata.figures().get(0).evidence(), "modular ranks are not proofs"); //$NON-NLS-1$
        ResultChart chart = strata.charts().get(0);
        assertEquals(Scale.CATEGORICAL, chart.x().scale());
        assertEquals("M", chart.x().categories().get(0)); //$NON-NLS-1$
        assertEquals(PictureLayer.Kind.BARS, chart.layers().get(0).kind());
        assertEquals("dim M = 3", chart.markers().get(0).label()); //$NON-NLS-1$
    }

    @Test
    void lossSpectrumIsOnALogAxisWithTheRankMarked() throws Exception {
        AnalysisResult result = run(new LossAnalysis(), "cubic_loss"); //$NON-NLS-1$
        ResultFigure rank = result.figures().get(0);
        assertEquals("rankQ", rank.key()); //$NON-NLS-1$
        // binary cubics have 4 coefficients; 6 generic points give Q of full rank 4
        assertEquals(4L, rank.value());
        assertEquals(result.certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL, rank.evidence());
        ResultChart chart = result.charts().get(0);
        assertEquals(Scale.LOG, chart.y().scale());
        assertEquals("numerical rank 4", chart.markers().get(0).label()); //$NON-NLS-1$
    }

    @Test
    void trainingDrawsOneLinePerRunAndTheEndStrataAsBars() throws Exception {
        AnalysisResult result = run(new TrainAnalysis(), "cubic_train"); //$NON-NLS-1$
        ResultChart loss = result.charts().get(0);
        assertEquals(List.of("run 1", "run 2", "run 3"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                loss.layers().stream().map(PictureLayer::name).toList());
        assertTrue(loss.layers().stream().allMatch(layer -> layer.kind() == PictureLayer.Kind.LINE));
        assertTrue(loss.hasLegend());
        assertEquals(Scale.LOG, loss.y().scale());
        assertEquals(Scale.INTEGER, loss.x().scale());
        // the last recorded point is the end of training
        assertEquals(200, loss.layers().get(0).x()[loss.layers().get(0).size() - 1]);
        ResultChart strata = result.charts().get(2);
        assertEquals(Scale.CATEGORICAL, strata.x().scale());
        assertEquals(PictureLayer.Kind.BARS, strata.layers().get(0).kind());
        assertEquals(3.0, java.util.Arrays.stream(strata.layers().get(0).y()).sum());
        assertTrue(result.figures().stream().noneMatch(f -> f.evidence() == Evidence.CERTIFIED), "training is numerical"); //$NON-NLS-1$
        assertEquals(3, result.tables().get(0).rows().size());
    }

    @Test
    void biasMassesAreSampledEstimatesOnAStrataAxis() throws Exception {
        AnalysisResult result = run(new BiasAnalysis(ModelText.solvers()), "square_bias"); //$NON-NLS-1$
        assertTrue(result.figures().stream().noneMatch(f -> f.evidence() == Evidence.CERTIFIED));
        ResultChart masses = result.charts().get(result.charts().size() - 1);
        assertEquals(Scale.CATEGORICAL, masses.x().scale());
        assertTrue(masses.layers().get(0).hasIntervals(), "Wilson intervals"); //$NON-NLS-1$
    }

    @Test
    void everyResultWritesTheProvenanceTailOnce() throws Exception {
        AnalysisResult result = run(new DimensionAnalysis(ModelText.solvers()), "square_dimension"); //$NON-NLS-1$
        JsonObject json = result.toJson();
        assertEquals("dimension", json.get("analysis").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("square_mlp", json.get("subject").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertEquals(1, json.get("seed").getAsLong()); //$NON-NLS-1$
        assertNotNull(json.get("method")); //$NON-NLS-1$
        assertTrue(json.get("notes").isJsonArray()); //$NON-NLS-1$
        assertEquals(result.provenance().summaryTail().get(result.provenance().summaryTail().size() - 1),
                result.summary().get(result.summary().size() - 1));
    }

    private static ResultFigure figure(AnalysisResult result, String key) {
        return result.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
