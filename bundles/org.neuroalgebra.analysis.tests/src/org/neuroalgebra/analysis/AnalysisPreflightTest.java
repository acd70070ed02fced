// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
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
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.solver.SolverRegistry;

/**
 * Every analysis declares the settings it reads, and {@link AnalysisPreflight} refuses unknown
 * options, values outside their range, malformed shapes and unaffordable costs before any work,
 * at the {@code file:line:column} of the setting to blame.
 */
class AnalysisPreflightTest {

    private static final String MODEL = """
            architecture quadratic {
              input 2
              dense 2
              activation x^2
              dense 1
            }
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            variety circle {
              coordinates x y
              equation x^2 + y^2 = 1
            }
            variety wild {
              coordinates a b c d e f g h
              equation a^9 + b^9 + c^9 + d^9 + e^9 + f^9 + g^9 + h^9 = 1
            }
            dataset cloud {
              point (1, 0) -> 1
              point (0, 1) -> 2
              point (1, 1) -> 0
              point (2, 1) -> 3
            }
            analysis train_all {
              train of quadratic data cloud runs=3 steps=10 rate=0.1 optimizer=gd init=0.3 tolerance=0.01 threads=2
            }
            analysis bias_all {
              bias of quadratic samples=2 box=2 starts=2 steps=5 rate=0.1 init=0.5 tolerance=0.01 threads=1
            }
            analysis loss_all {
              loss of quadratic data cloud checks=3
            }
            analysis singular_all {
              singular of quadratic point="1,2,3,4,5,6,7,8,9" tolerance=0.000001
            }
            analysis edd_variety_all {
              edd of cone metric kernel 1 seed 2 point="1,2,3"
            }
            analysis edd_architecture_all {
              edd of quadratic metric random seed 3 formulation=implicit degree=3
            }
            analysis implicitize_all {
              implicitize of quadratic degree=2 chart="x1^2 x2^2"
            }
            analysis membership_all {
              membership of quadratic target x1^2 + x2^2
            }
            analysis filling_all {
              filling of quadratic seed 2 samples=50
            }
            analysis dimension_all {
              dimension of quadratic seed 4
            }
            analysis fiber_all {
              fiber of quadratic
            }
            analysis frob {
              dimension of quadratic frob=3
            }
            analysis membership_steps {
              membership of quadratic steps=abc target x1^2
            }
            analysis negative_rate {
              train of quadratic data cloud rate=-1
            }
            analysis nan_rate {
              train of quadratic data cloud rate=NaN
            }
            analysis no_samples {
              bias of circle samples=0
            }
            analysis no_threads {
              train of quadratic data cloud threads=0
            }
            analysis billion_runs {
              train of quadratic data cloud runs=1000000000
            }
            analysis expensive_training {
              train of quadratic data cloud steps=10000000 runs=10000
            }
            analysis unknown_optimizer {
              train of quadratic data cloud optimizer=sgd
            }
            analysis short_box {
              bias of circle box="1 2 3"
            }
            analysis empty_box {
              bias of circle box="-1 1 2 2"
            }
            analysis word_box {
              bias of quadratic box=wide
            }
            analysis flat_box {
              bias of circle box="-2"
            }
            analysis big_kernel {
              edd of cone metric kernel 5 seed 1
            }
            analysis short_point {
              edd of cone point="1,2"
            }
            analysis unknown_formulation {
              edd of quadratic formulation=frob
            }
            analysis high_degree {
              implicitize of quadratic degree=100
            }
            analysis bad_chart {
              implicitize of quadratic chart="x1^2 nosuch"
            }
            analysis wild_edd {
              edd of wild
            }
            analysis short_theta {
              singular of quadratic point="1,2"
            }
            analysis long_weights {
              edd of circle metric weights (1, 2, 3)
            }
            analysis small_matrix {
              edd of quadratic metric matrix ((1, 0), (0, 1))
            }
            analysis variety_bombieri_weyl {
              edd of cone metric bombieri-weyl
            }
            """;

    private static AnalysisRegistry registry() {
        SolverRegistry solvers = ModelText.solvers();
        AnalysisRegistry registry = new AnalysisRegistry();
        for (IAnalysis analysis : List.of(new DimensionAnalysis(solvers), new MembershipAnalysis(solvers),
                new FiberAnalysis(solvers), new FillingAnalysis(solvers), new ImplicitizeAnalysis(), new EddAnalysis(solvers), new LossAnalysis(),
                new TrainAnalysis(), new SingularAnalysis(solvers), new BiasAnalysis(solvers))) {
            registry.add(analysis);
        }
        return registry;
    }

    private static List<String> problems(String block) throws IOException {
        return problems(MODEL, block);
    }

    private static List<String> problems(String model, String block) throws IOException {
        return AnalysisPreflight.check(ModelText.request(model, block), registry()).stream()
                .map(ModelProblem::format).toList();
    }

    /** @return "test.nalg:line:column" of the first occurrence of {@code needle} after the block header */
    private static String at(String block, String needle) {
        return at(MODEL, block, needle);
    }

    private static String at(String model, String block, String needle) {
        int offset = model.indexOf(needle, model.indexOf("analysis " + block + " {")); //$NON-NLS-1$ //$NON-NLS-2$
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (model.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "test.nalg:" + line + ":" + (offset - lineStart + 1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void assertOneProblem(String expected, List<String> problems) {
        assertEquals(List.of(expected), problems);
    }

    @Test
    void everyAnalysisDeclaresWhatItReads() {
        AnalysisRegistry registry = registry();
        assertEquals(List.of("dataset", "runs", "steps", "rate", "optimizer", "init", "tolerance", "threads"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                registry.find("train").orElseThrow().settingNames()); //$NON-NLS-1$
        assertEquals(List.of("samples", "box", "distribution", "sigma", "starts", "steps", "rate", "init", "tolerance", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "threads"), registry.find("bias").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("dataset", "checks"), registry.find("loss").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("point", "tolerance"), registry.find("singular").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("metric", "point", "formulation", "degree"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                registry.find("edd").orElseThrow().settingNames()); //$NON-NLS-1$
        assertEquals(List.of("degree", "chart"), registry.find("implicitize").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("target"), registry.find("membership").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("samples"), registry.find("filling").orElseThrow().settingNames()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), registry.find("dimension").orElseThrow().settingNames()); //$NON-NLS-1$
        assertEquals(List.of(), registry.find("fiber").orElseThrow().settingNames()); //$NON-NLS-1$
        for (IAnalysis analysis : registry.all()) {
            for (AnalysisSetting setting : analysis.settings()) {
                assertFalse(setting.help().isBlank(), setting.name());
                if (setting.defaultValue() != null) {
                    assertEquals(java.util.Optional.empty(), setting.check(setting.defaultValue()),
                            analysis.id() + " " + setting.name()); //$NON-NLS-1$
                }
            }
        }
    }

    @Test
    void everyDeclaredSettingPassesPreflight() throws Exception {
        for (String block : List.of("train_all", "bias_all", "loss_all", "singular_all", "edd_variety_all", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "edd_architecture_all", "implicitize_all", "membership_all", "filling_all", "dimension_all", "fiber_all")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            assertEquals(List.of(), problems(block), block);
        }
    }

    @Test
    void unknownOptionsAreReportedAtTheirPositionWithWhatTheAnalysisReads() throws Exception {
        assertOneProblem(at("frob", "frob=3") + ": unknown option 'frob' for the dimension analysis; it takes none", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems("frob")); //$NON-NLS-1$
        assertOneProblem(at("membership_steps", "steps=abc") //$NON-NLS-1$ //$NON-NLS-2$
                + ": unknown option 'steps' for the membership analysis; it reads target", //$NON-NLS-1$
                problems("membership_steps")); //$NON-NLS-1$
    }

    @Test
    void valuesOutsideTheirRangeAreReportedAtTheirPosition() throws Exception {
        assertOneProblem(at("negative_rate", "rate=") + ": option rate=-1: expected a number greater than 0 to 10", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems("negative_rate")); //$NON-NLS-1$
        assertOneProblem(at("nan_rate", "rate=") + ": option rate=NaN: expected a number greater than 0 to 10", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems("nan_rate")); //$NON-NLS-1$
        assertOneProblem(at("no_samples", "samples=") //$NON-NLS-1$ //$NON-NLS-2$
                + ": option samples=0: expected an integer from 1 to 1000000", problems("no_samples")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("no_threads", "threads=") + ": option threads=0: expected an integer from 1 to 256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems("no_threads")); //$NON-NLS-1$
        assertOneProblem(at("unknown_optimizer", "optimizer=") //$NON-NLS-1$ //$NON-NLS-2$
                + ": option optimizer=sgd: expected one of adam, gd", problems("unknown_optimizer")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("unknown_formulation", "formulation=") //$NON-NLS-1$ //$NON-NLS-2$
                + ": option formulation=frob: expected one of parametric, implicit, gauge-fixed", //$NON-NLS-1$
                problems("unknown_formulation")); //$NON-NLS-1$
    }

    @Test
    void aBillionRunsAreRefusedUpFront() throws Exception {
        assertOneProblem(at("billion_runs", "runs=") //$NON-NLS-1$ //$NON-NLS-2$
                + ": option runs=1000000000: expected an integer from 1 to 10000", problems("billion_runs")); //$NON-NLS-1$ //$NON-NLS-2$
        // run without preflight, as a launch configuration may: refused before any run starts
        AnalysisException e = assertThrows(AnalysisException.class, () -> new TrainAnalysis()
                .run(ModelText.request(MODEL, "billion_runs"), ProgressMonitor.NULL)); //$NON-NLS-1$
        assertEquals(AnalysisException.Kind.BAD_INPUT, e.kind());
        assertEquals("runs", e.setting()); //$NON-NLS-1$
    }

    @Test
    void trainingBeyondTheBudgetIsRefusedWithTheEstimate() throws Exception {
        List<String> problems = problems("expensive_training"); //$NON-NLS-1$
        assertEquals(1, problems.size(), problems.toString());
        // both are given: runs, the first of the two, is blamed
        String problem = problems.get(0);
        assertTrue(problem.startsWith(at("expensive_training", "runs=") + ": too expensive: an estimated 9.0e+11 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "parameter updates (10000 runs × 10000000 steps × 9 parameters), above the limit of 1.0e+10; " //$NON-NLS-1$
                + "lower runs or steps"), problem); //$NON-NLS-1$
    }

    @Test
    void malformedBoxesAreReportedAtTheBoxOption() throws Exception {
        assertOneProblem(at("short_box", "box=") + ": option box=\"1 2 3\": expected one half-width or 4 numbers " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "'low high' per coordinate, found 3 (the data have 2 coordinates)", problems("short_box")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("empty_box", "box=") + ": option box=\"-1 1 2 2\": empty box in coordinate 2 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "(the data have 2 coordinates)", problems("empty_box")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("word_box", "box=") + ": option box=\"wide\": 'wide' is not a number " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "(the data have 6 coordinates)", problems("word_box")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("flat_box", "box=") + ": option box=\"-2\": the half-width must be positive, found -2 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "(the data have 2 coordinates)", problems("flat_box")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void shapesThatMustFitTheSpaceAreReportedAtTheirSetting() throws Exception {
        assertOneProblem(at("big_kernel", "metric") + ": metric kernel 5: the kernel dimension must be below the " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "dimension of the space the metric acts on; the variety lies in C^3", problems("big_kernel")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("short_point", "point=") + ": point has 2 coordinates, the variety lies in C^3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems("short_point")); //$NON-NLS-1$
        assertOneProblem(at("short_theta", "point=") + ": option point has 2 values, θ has 9 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "[W1[1,1], W1[1,2], W1[2,1], W1[2,2], b1[1], b1[2], W2[1,1], W2[1,2], b2[1]]", problems("short_theta")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("bad_chart", "chart=") + ": option chart: no coordinate 'nosuch'; coordinates are " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "named like 'x1^2'", problems("bad_chart")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A metric written out must have one row per coordinate; Bombieri–Weyl needs monomial coordinates. */
    @Test
    void metricsThatDoNotFitTheSubjectAreReportedAtTheMetric() throws Exception {
        assertOneProblem(at("long_weights", "metric") + ": metric weights: 3 weights, but the variety lies in C^2 " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "(coordinates in order: x, y)", problems("long_weights")); //$NON-NLS-1$ //$NON-NLS-2$
        // (2, 2, 1) with biases and σ = x²: the 6 monomials of degree ≤ 2 in x1, x2
        assertOneProblem(at("small_matrix", "metric") + ": metric matrix: a 2 × 2 matrix, but the coefficient space " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "has dimension 6 (coordinates in order: x1^2, x1*x2, x2^2, x1, x2, 1)", problems("small_matrix")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneProblem(at("variety_bombieri_weyl", "metric") + ": the Bombieri-Weyl metric weighs the coefficients " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "of monomials, and the coordinates of a variety are not: give the weights with metric weights " //$NON-NLS-1$
                + "(W1, ..., Wn)", problems("variety_bombieri_weyl")); //$NON-NLS-1$
    }

    /** The command line's --metric text: the model language's parser, then the same validation. */
    @Test
    void commandLineMetricsAreReadAndCheckedAsInAFile() throws Exception {
        assertEquals(List.of("1", "1/2", "1/2", "3"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                AnalysisRequests.metric(null, "matrix ((1, 1/2), (1/2, 3))").getEntries()); //$NON-NLS-1$
        assertEquals(List.of("1", "4"), AnalysisRequests.metric(null, "weights(1, 4)").getEntries()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisException syntax = assertThrows(AnalysisException.class,
                () -> AnalysisRequests.metric(null, "weights (1, x)")); //$NON-NLS-1$
        assertEquals("metric 'weights (1, x)', column 13: expected a rational weight, found 'x'", syntax.getMessage()); //$NON-NLS-1$
        AnalysisException indefinite = assertThrows(AnalysisException.class,
                () -> AnalysisRequests.metric(null, "matrix ((0, 1), (1, 0))")); //$NON-NLS-1$
        assertEquals("metric 'matrix ((0, 1), (1, 0))': the metric matrix is not positive semidefinite: its principal " //$NON-NLS-1$
                + "minor on rows and columns {1, 2} is -1 < 0", indefinite.getMessage()); //$NON-NLS-1$
    }

    @Test
    void implicitizationOfDegreeHundredIsRefusedAtOnce() throws Exception {
        // Refused by the preflight's estimate, before any interpolation (no wall clock asserted).
        List<String> problems = problems("high_degree"); //$NON-NLS-1$
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(at("high_degree", "degree=") + ": too expensive: an estimated "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                problems.get(0));
        assertTrue(problems.get(0).contains(" monomials of degree 100 in at least 6 chart coordinates (dim M) to sort " //$NON-NLS-1$
                + "into blocks for the interpolation, above the limit of 2000000; lower degree"), problems.get(0)); //$NON-NLS-1$
    }

    @Test
    void anEdDegreeBeyondWhatHomotopiesCanTrackIsRefusedWithTheBound() throws Exception {
        // 9 · Σ_{i ≤ 7} 8^i = 9 · 2396745 critical points for a generic nonic in 8 variables
        assertOneProblem(at("wild_edd", "analysis wild_edd") + ": too expensive: an estimated 2.2e+07 critical points to track " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "(the generic ED degree of equations of degrees [9] in 8 coordinates), above the limit of 100000; " //$NON-NLS-1$
                + "homotopy continuation cannot track that many paths in reasonable time", problems("wild_edd")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void hugeDataValuesAreRefusedWithTheValue(@TempDir Path directory) throws Exception {
        Path csv = directory.resolve("big.csv"); //$NON-NLS-1$
        Files.writeString(csv, "1,0,1\n1e300,1,2\n"); //$NON-NLS-1$
        String model = MODEL + """
                dataset big {
                  csv "%s"
                }
                analysis huge_data {
                  loss of quadratic data big
                }
                """.formatted(csv);
        List<String> problems = problems(model, "huge_data"); //$NON-NLS-1$
        assertEquals(1, problems.size(), problems.toString());
        String line = at(model, "huge_data", "loss").replaceAll(":\\d+$", ":"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(problems.get(0).startsWith(line), problems.get(0));
        assertTrue(problems.get(0).endsWith("dataset 'big': '1e300' is too large; data values must lie within ±1e15 " //$NON-NLS-1$
                + "so that the loss stays in double precision"), problems.get(0)); //$NON-NLS-1$
    }

    @Test
    void coefficientsBeyondDoublePrecisionAreSaidSo() throws Exception {
        String model = """
                architecture thousand {
                  input 1
                  dense 4
                  activation x^1000
                  dense 1
                }
                analysis thousand_dimension {
                  dimension of thousand
                }
                """;
        List<String> problems = problems(model, "thousand_dimension"); //$NON-NLS-1$
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("test.nalg:7:1: architecture 'thousand': its " //$NON-NLS-1$
                + "coefficients leave the range of double precision \\(coefficient \\S+ is \\S+e\\+\\d+ at a θ of " //$NON-NLS-1$
                + "entries ±1, beyond 1.0E150\\), so numerical methods cannot work on it; lower the degree of the " //$NON-NLS-1$
                + "activation or the depth"), //$NON-NLS-1$
                problems.get(0));
        AnalysisException e = assertThrows(AnalysisException.class, () -> new DimensionAnalysis()
                .run(ModelText.request(model, "thousand_dimension"), ProgressMonitor.NULL)); //$NON-NLS-1$
        assertEquals(AnalysisException.Kind.BAD_INPUT, e.kind());
    }
}
