// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.singular.PlaneCurve;

/**
 * The curve of a plane-curve bias drawn as a line: every point on F = 0 and inside the
 * inequalities, cut exactly at the end points, branches separated by NaN, lengths those of the
 * arcs (a polygon through points of a circle with chords of about 1/50 is shorter than the arc by
 * a relative 1e-5 or so).
 */
class CurveTracerTest {

    private static final Box BOX = new Box(new double[] { -2, -1 }, new double[] { 2, 3 });

    @Test
    void circleIsOneClosedLoopOfLengthTwoPi() throws Exception {
        PlaneCurve circle = curve("x^2 + y^2 - 1"); //$NON-NLS-1$
        PictureLayer line = CurveTracer.trace(circle, BOX, "circle"); //$NON-NLS-1$
        assertEquals(PictureLayer.Kind.LINE, line.kind());
        assertOnCurve(circle, line);
        assertEquals(1, branches(line).size());
        assertEquals(line.x()[0], line.x()[line.size() - 1]);
        assertEquals(line.y()[0], line.y()[line.size() - 1]);
        assertEquals(2 * Math.PI, length(line), 1e-3);
    }

    @Test
    void halfCircleEndsAtItsEndPoints() throws Exception {
        PlaneCurve half = curve("x^2 + y^2 - 1", "y"); //$NON-NLS-1$ //$NON-NLS-2$
        PictureLayer line = CurveTracer.trace(half, BOX, "half circle"); //$NON-NLS-1$
        assertOnCurve(half, line);
        assertEquals(1, branches(line).size());
        int last = line.size() - 1;
        assertEquals(0, line.y()[0], 1e-12);
        assertEquals(0, line.y()[last], 1e-12);
        assertEquals(-1, line.x()[0] * line.x()[last], 1e-12, "one end at (1, 0), the other at (-1, 0)"); //$NON-NLS-1$
        assertEquals(Math.PI, length(line), 1e-3);
    }

    /** x ≤ 1/2 cuts the arc of angles 60° … 300°, of length 4π/3, ending at (1/2, ±√3/2). */
    @Test
    void inequalityCutsAClosedLoopOpen() throws Exception {
        PlaneCurve cut = curve("x^2 + y^2 - 1", "1/2 - x"); //$NON-NLS-1$ //$NON-NLS-2$
        PictureLayer line = CurveTracer.trace(cut, BOX, "cut circle"); //$NON-NLS-1$
        assertOnCurve(cut, line);
        assertEquals(1, branches(line).size());
        int last = line.size() - 1;
        assertEquals(0.5, line.x()[0], 1e-12);
        assertEquals(0.5, line.x()[last], 1e-12);
        assertEquals(-0.75, line.y()[0] * line.y()[last], 1e-12);
        assertEquals(4 * Math.PI / 3, length(line), 1e-3);
    }

    /** x² − y² = 1/4 in [−1, 1]²: two branches, one on each side of the y axis. */
    @Test
    void hyperbolaHasTwoBranchesSeparatedByNaN() throws Exception {
        PlaneCurve hyperbola = curve("x^2 - y^2 - 1/4"); //$NON-NLS-1$
        PictureLayer line = CurveTracer.trace(hyperbola, Box.cube(2, 1), "hyperbola"); //$NON-NLS-1$
        assertOnCurve(hyperbola, line);
        List<double[][]> branches = branches(line);
        assertEquals(2, branches.size());
        for (double[][] branch : branches) {
            for (double[] p : branch) {
                assertTrue(Math.signum(p[0]) == Math.signum(branch[0][0]), "a branch stays on one side"); //$NON-NLS-1$
            }
        }
    }

    /** The bias analysis of a plane curve draws it last in its Voronoi picture. */
    @Test
    void voronoiPictureOfAPlaneCurveDrawsTheCurve() throws Exception {
        String model = """
                variety half_circle {
                  coordinates x y
                  equation x^2 + y^2 - 1 = 0
                  inequality y >= 0
                }
                analysis half_circle_bias {
                  bias of half_circle samples=10 box="-2 2 -1 3" seed 17
                }
                """;
        BiasAnalysisResult result = (BiasAnalysisResult) new BiasAnalysis(ModelText.solvers())
                .run(ModelText.request(model, "half_circle_bias"), ProgressMonitor.NULL); //$NON-NLS-1$
        ResultPicture regions = result.pictures().get(0);
        PictureLayer line = regions.layers().get(regions.layers().size() - 1);
        assertEquals(PictureLayer.Kind.LINE, line.kind());
        assertEquals("M: half_circle", line.name()); //$NON-NLS-1$
        assertOnCurve(curve("x^2 + y^2 - 1", "y"), line); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Math.PI, length(line), 1e-3);
    }

    private static PlaneCurve curve(String equation, String... inequalities) throws Exception {
        List<String> xy = List.of("x", "y"); //$NON-NLS-1$ //$NON-NLS-2$
        List<PlaneCurve.Constraint> constraints = new ArrayList<>();
        for (String g : inequalities) {
            constraints.add(new PlaneCurve.Constraint(PolynomialParser.parse(g, xy), false, g + " >= 0")); //$NON-NLS-1$
        }
        return new PlaneCurve("test", xy, PolynomialParser.parse(equation, xy), constraints); //$NON-NLS-1$
    }

    /** Every point lies on F = 0 (to rounding) and satisfies every inequality. */
    private static void assertOnCurve(PlaneCurve curve, PictureLayer line) {
        Polynomial f = curve.equation();
        assertTrue(line.size() > 100, "a traced curve: " + line.size() + " points"); //$NON-NLS-1$ //$NON-NLS-2$
        for (double[][] branch : branches(line)) {
            for (double[] p : branch) {
                assertEquals(0, f.evaluate(p), 1e-12, () -> "F at " + p[0] + ", " + p[1]); //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(curve.satisfies(p, 1e-12), () -> "inequalities at " + p[0] + ", " + p[1]); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static List<double[][]> branches(PictureLayer line) {
        List<double[][]> branches = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int k = 0; k <= line.size(); k++) {
            if (k == line.size() || Double.isNaN(line.x()[k])) {
                assertTrue(!current.isEmpty(), "no empty branch"); //$NON-NLS-1$
                branches.add(current.toArray(double[][]::new));
                current = new ArrayList<>();
            } else {
                current.add(new double[] { line.x()[k], line.y()[k] });
            }
        }
        return branches;
    }

    private static double length(PictureLayer line) {
        double length = 0;
        for (double[][] branch : branches(line)) {
            for (int k = 1; k < branch.length; k++) {
                length += Math.hypot(branch[k][0] - branch[k - 1][0], branch[k][1] - branch[k - 1][1]);
            }
        }
        return length;
    }
}
