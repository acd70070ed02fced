// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.solver.Complex;

import com.google.gson.JsonObject;

/**
 * Bombieri–Weyl in any number of variables, and metrics written out in the model language
 * (docs/MATHEMATICS.md §6.7–6.8), against closed formulas and hand derivations.
 * <p>
 * <b>Bombieri–Weyl ED degrees of Veronese cones.</b> The cone {(ℓ·x)^d} of d-th powers of linear
 * forms in n variables, with the Bombieri–Weyl form, is the set of rank-one symmetric tensors
 * under the Frobenius inner product (the BW norm of a form is the Frobenius norm of its symmetric
 * tensor). Its critical points for a symmetric tensor T are λ v^{⊗d} with T·v^{d−1} = λ v: the
 * eigenvectors of T, counted up to scale. A generic symmetric tensor has
 * ((d − 1)^n − 1)/(d − 2) of them (Cartwright–Sturmfels), n for d = 2 (the eigenvectors of a
 * symmetric matrix). In 3 variables: d = 2 gives 3, d = 3 gives (2³ − 1)/1 = 7. A generic
 * metric gives the generic ED degree of the Veronese surface, ((2d − 1)³ − (d − 1)³)/d = 13 at
 * d = 2.
 * <p>
 * <b>A user metric on the circle.</b> For x² + y² = 1 and Q = diag(1, q), the Lagrange conditions
 * of (x − u₁)² + q(y − u₂)² are x − u₁ = λx, q(y − u₂) = λy, so x = u₁/(1 − λ),
 * y = q u₂/(q − λ), and x² + y² = 1 becomes u₁²(q − λ)² + q²u₂²(1 − λ)² = (1 − λ)²(q − λ)²: a
 * quartic in λ for q ≠ 1, so 4 critical points for generic u, and for q = 1 the quadratic
 * (1 − λ)² = |u|², 2 points (±u/|u|). At u = (1, 0), q = 4: either y = 0, so x = ±1, or λ = q,
 * so x = u₁/(1 − q) = −1/3 and y = ±√(1 − 1/9) = ±2√2/3; losses 0, 4 and
 * (4/3)² + 4 · 8/9 = 16/3 (twice). The Jacobians of the Lagrange system at the four points have
 * determinants 8, 4, −16/3, −16/3 (in (x, y, λ)): all simple, so u = (1, 0) still has 4.
 */
class UserAndBombieriWeylMetricTest {

    private static final String MODEL = """
            architecture ternary_squares {
              input 3
              dense 1 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture ternary_cubes {
              input 3
              dense 1 bias=false
              activation x^3
              dense 1 bias=false
            }
            architecture affine_squares {
              input 1
              dense 1
              activation x^2
              dense 1 bias=false
            }
            variety circle {
              coordinates x y
              equation x^2 + y^2 = 1
            }
            analysis squares_bw {
              edd of ternary_squares metric bombieri-weyl
            }
            analysis squares_generic {
              edd of ternary_squares metric random seed 3
            }
            analysis cubes_bw {
              edd of ternary_cubes metric bombieri-weyl
            }
            analysis affine_squares_bw {
              edd of affine_squares metric bombieri-weyl
              formulation=implicit
            }
            analysis squares_bw_as_weights {
              edd of ternary_squares metric weights (1, 1/2, 1/2, 1, 1/2, 1)
            }
            analysis ellipse_distance {
              edd of circle metric weights (1, 4)
              point="1, 0"
            }
            analysis ellipse_distance_generic {
              edd of circle metric weights (1, 4)
            }
            analysis rotated_ellipse_distance {
              edd of circle metric matrix ((2, 1), (1, 2))
            }
            analysis round_distance {
              edd of circle metric matrix ((1, 0), (0, 1))
            }
            analysis degenerate_weights {
              edd of circle metric weights (1, 0)
              point="1/2, 1/3"
            }
            analysis circle_bw {
              edd of circle metric bombieri-weyl
            }
            analysis wrong_size {
              edd of circle metric weights (1, 2, 3)
            }
            analysis wrong_size_architecture {
              edd of ternary_squares metric matrix ((1, 0), (0, 1))
            }
            """;

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    private EddAnalysisResult run(String name) throws Exception {
        return (EddAnalysisResult) analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL);
    }

    /**
     * @return the JSON after checking the ED degree, that the exact Gröbner counts modulo two primes
     *         agree with it, and that the result is certified (every point Krawczyk-certified)
     */
    private JsonObject counted(String name, int edDegree) throws Exception {
        JsonObject result = run(name).toJson();
        assertEquals(edDegree, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertEquals(edDegree, check.get("distinct").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        return result;
    }

    /** The weights are α!/D!, and ‖(ℓ·x)^D‖² = ‖ℓ‖^{2D}: the coefficients of the power are multinomials. */
    @Test
    void weightsAreInverseMultinomialsAndPowersOfLinearFormsHaveNormPowers() {
        Monomials cubics = Monomials.homogeneous(3, 3);
        Metric bw = Metric.bombieriWeyl(cubics, 2);
        assertEquals(20, bw.dimension());
        assertEquals(Rational.ONE, bw.entry(cubics.indexOf(Monomial.of(3, 0, 0)), cubics.indexOf(Monomial.of(3, 0, 0))));
        assertEquals(Rational.of(1, 3), bw.entry(cubics.indexOf(Monomial.of(1, 2, 0)), cubics.indexOf(Monomial.of(1, 2, 0))));
        assertEquals(Rational.of(1, 6), bw.entry(cubics.indexOf(Monomial.of(1, 1, 1)), cubics.indexOf(Monomial.of(1, 1, 1))));
        // the second output's block repeats the first's weights
        int xyz = cubics.indexOf(Monomial.of(1, 1, 1));
        assertEquals(Rational.of(1, 6), bw.entry(10 + xyz, 10 + xyz));
        // ℓ = 2x − y + 3z: ‖ℓ³‖² = (4 + 1 + 9)³ = 2744
        Polynomial x = Polynomial.variable(3, 0);
        Polynomial y = Polynomial.variable(3, 1);
        Polynomial z = Polynomial.variable(3, 2);
        Polynomial cube = x.scale(Rational.of(2)).sub(y).add(z.scale(Rational.of(3))).pow(3);
        assertEquals(Rational.of(2744), squaredNorm(bw, cube, cubics));
    }

    /** Biases: x^α of degree ≤ D is homogenized to x₀^{D−|α|} x^α; (ℓ + c)^2 has norm (‖ℓ‖² + c²)². */
    @Test
    void inhomogeneousBasesAreHomogenizedWithAnExtraVariable() {
        Monomials quadrics = Monomials.upTo(2, 2);
        Metric bw = Metric.bombieriWeyl(quadrics, 1);
        // x1^2, x1*x2, x2^2, x1, x2, 1 ~ x1², x1x2, x2², x0x1, x0x2, x0²
        List<Rational> weights = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            weights.add(bw.entry(i, i));
        }
        assertEquals(List.of(Rational.ONE, Rational.of(1, 2), Rational.ONE, Rational.of(1, 2), Rational.of(1, 2),
                Rational.ONE), weights);
        // (x − 2y + 3)²: (1 + 4 + 9)² = 196
        Polynomial square = Polynomial.variable(2, 0).sub(Polynomial.variable(2, 1).scale(Rational.of(2)))
                .add(Polynomial.constant(2, Rational.of(3))).pow(2);
        assertEquals(Rational.of(196), squaredNorm(bw, square, quadrics));
    }

    /** Squares of ternary linear forms: 3 eigenvectors of a symmetric 3 × 3 matrix; generic Q: 13. */
    @Test
    void ternarySquaresHaveThreeBombieriWeylCriticalPoints() throws Exception {
        JsonObject result = counted("squares_bw", 3); //$NON-NLS-1$
        assertTrue(result.get("metric").getAsString().startsWith("Bombieri-Weyl (forms of degree 2 in 3 variables"), //$NON-NLS-1$ //$NON-NLS-2$
                result.toString());
        // the eigenvectors of a real symmetric matrix are real
        assertEquals(3, result.get("realCount").getAsInt(), result.toString()); //$NON-NLS-1$
        counted("squares_generic", 13); //$NON-NLS-1$
        // the same weights written out by hand (coordinates x1², x1x2, x1x3, x2², x2x3, x3²) give the same count
        counted("squares_bw_as_weights", 3); //$NON-NLS-1$
    }

    /** Cubes of ternary linear forms: ((d − 1)^n − 1)/(d − 2) = 7 eigenvectors of a symmetric tensor. */
    @Test
    void ternaryCubesHaveSevenBombieriWeylCriticalPoints() throws Exception {
        int d = 3;
        int n = 3;
        int eigenvectors = ((int) Math.pow(d - 1, n) - 1) / (d - 2);
        assertEquals(7, eigenvectors);
        counted("cubes_bw", eigenvectors); //$NON-NLS-1$
    }

    /**
     * a(wx + b)² with a bias, in the coordinates x², x, 1: its homogenization a(wx + b x₀)² is the
     * cone over the conic of binary squares, and the homogenized weights 1, 1/2, 1 are binary
     * Bombieri–Weyl, so its ED degree is D = 2 (the rational normal curve, docs/MATHEMATICS.md
     * §6.5), where a generic metric gives 3D − 2 = 4. The cone is the hypersurface
     * (coefficient of x)² = 4 · x² · 1 in C³, so the implicit formulation certifies it.
     */
    @Test
    void biasesAreHomogenized() throws Exception {
        JsonObject result = counted("affine_squares_bw", 2); //$NON-NLS-1$
        assertTrue(result.get("metric").getAsString().contains("homogenized with x0"), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The hand derivation in the class comment: 4 critical points at u = (1, 0), with their losses. */
    @Test
    void ellipseDistanceToTheCircleMatchesTheHandDerivation() throws Exception {
        EddAnalysisResult result = run("ellipse_distance"); //$NON-NLS-1$
        JsonObject json = counted("ellipse_distance", 4); //$NON-NLS-1$
        assertEquals(4, json.get("realCount").getAsInt(), json.toString()); //$NON-NLS-1$
        List<double[]> points = new ArrayList<>();
        for (CriticalPoint p : result.result().criticalPoints()) {
            Complex[] c = p.point();
            points.add(new double[] { c[0].re(), c[1].re(), p.loss().re() });
        }
        // by x up to rounding first: the two points with x = −1/3 differ in x only in the last bits
        points.sort(Comparator.<double[]> comparingLong(p -> Math.round(p[0] * 1e8)).thenComparingDouble(p -> p[1]));
        double r = 2 * Math.sqrt(2) / 3;
        double[][] expected = { { -1, 0, 4 }, { -1.0 / 3, -r, 16.0 / 3 }, { -1.0 / 3, r, 16.0 / 3 }, { 1, 0, 0 } };
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(expected[i][k], points.get(i)[k], 1e-8, json.toString());
            }
        }
    }

    /**
     * Generic u: 4 for diag(1, 4); [[2, 1], [1, 2]] is diag(3, 1) after a rotation by 45°, which
     * keeps the circle, so 4 as well; the identity written as a matrix gives 2.
     */
    @Test
    void matrixMetricsOnTheCircle() throws Exception {
        counted("ellipse_distance_generic", 4); //$NON-NLS-1$
        JsonObject rotated = counted("rotated_ellipse_distance", 4); //$NON-NLS-1$
        assertTrue(rotated.get("metric").getAsString().startsWith("user matrix"), rotated.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        counted("round_distance", 2); //$NON-NLS-1$
    }

    /**
     * weights (1, 0): the loss (x − u₁)² ignores y, ker Q = span(e₂), k = 1 = n − d (docs/MATHEMATICS.md
     * §6.4, large kernel). Zero loss: x = u₁ = 1/2, y = ±√3/2. Otherwise Q(x − u) = λ∇F with λ ≠ 0
     * reads (x − u₁, 0) = λ(2x, 2y), so y = 0 and x = ±1: the 2 ramification points of the
     * projection to x. 4 points in all, as the semidefinite path of kernel K seed N finds them.
     */
    @Test
    void semidefiniteWeightsTakeTheDegeneratePath() throws Exception {
        EddAnalysisResult result = run("degenerate_weights"); //$NON-NLS-1$
        JsonObject json = counted("degenerate_weights", 4); //$NON-NLS-1$
        assertEquals(2, json.getAsJsonObject("crossCheck").get("ramificationPoints").getAsInt(), json.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> found = new ArrayList<>();
        for (CriticalPoint p : result.result().criticalPoints()) {
            found.add(described(p.kind(), p.point()[0].re(), p.point()[1].re()));
        }
        found.sort(null);
        double h = Math.sqrt(3) / 2;
        assertEquals(List.of(described(CriticalSetSearch.RAMIFICATION, -1, 0), described(CriticalSetSearch.RAMIFICATION, 1, 0),
                described(CriticalSetSearch.ZERO_LOSS, 0.5, -h), described(CriticalSetSearch.ZERO_LOSS, 0.5, h)), found,
                json.toString());
    }

    /** @return the kind and the point to 6 decimals, −0 written as 0 */
    private static String described(String kind, double x, double y) {
        return String.format("%s %.6f %.6f", kind, Math.round(x * 1e6) / 1e6 + 0.0, Math.round(y * 1e6) / 1e6 + 0.0); //$NON-NLS-1$
    }

    @Test
    void refusalsNameWhatIsWrong() {
        AnalysisException bw = assertThrows(AnalysisException.class, () -> run("circle_bw")); //$NON-NLS-1$
        assertTrue(bw.getMessage().contains("the coordinates of a variety are not"), bw.getMessage()); //$NON-NLS-1$
        assertEquals(EddSettings.METRIC.name(), bw.setting());
        AnalysisException size = assertThrows(AnalysisException.class, () -> run("wrong_size")); //$NON-NLS-1$
        assertEquals("metric weights: 3 weights, but the variety lies in C^2 (coordinates in order: x, y)", //$NON-NLS-1$
                size.getMessage());
        AnalysisException matrix = assertThrows(AnalysisException.class, () -> run("wrong_size_architecture")); //$NON-NLS-1$
        assertEquals("metric matrix: a 2 × 2 matrix, but the coefficient space has dimension 6 (coordinates in order: " //$NON-NLS-1$
                + "x1^2, x1*x2, x1*x3, x2^2, x2*x3, x3^2)", matrix.getMessage()); //$NON-NLS-1$
    }

    /** @return Σ Q_vv c_v² over the coefficients of p in the basis order (Q diagonal) */
    private static Rational squaredNorm(Metric q, Polynomial p, Monomials basis) {
        Rational sum = Rational.ZERO;
        for (int v = 0; v < basis.size(); v++) {
            Rational c = p.coefficient(basis.get(v));
            sum = sum.add(q.entry(v, v).mul(c).mul(c));
        }
        return sum;
    }
}
