// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/** Voronoi cell masses of boundary and singular points of plane curves (docs/MATHEMATICS.md §7). */
class VoronoiMassEstimatorTest {

    private static final int SAMPLES = 1500;

    /**
     * The upper half circle {x² + y² = 1, y ≥ 0}. For u = (x, y) with y > 0 the nearest point is
     * u/|u|, a smooth point. For y < 0 the squared distance to (cos t, sin t) is |u|² + 1 −
     * 2|u| cos(t − φ) with φ ∈ (−π, 0): over t ∈ [0, π] the cosine is largest at the end nearest to
     * φ, t = 0 for x > 0 and t = π for x < 0. So the two endpoints' Voronoi cells together are the
     * open lower half-plane, and for u uniform in [x₀, x₁] × [y₀, y₁] their mass is
     * (min(y₁, 0) − y₀)⁺ / (y₁ − y₀): 1/4 for the box [−2, 2] × [−1, 3].
     */
    @Test
    void halfCircleEndpointsAttractTheLowerHalfPlane() {
        CurveArc halfCircle = new CurveArc(t -> new double[] { Math.cos(t), Math.sin(t) }, 0, Math.PI, true, List.of());
        Box box = new Box(new double[] { -2, -1 }, new double[] { 2, 3 });
        double exact = (Math.min(3, 0) - -1.0) / (3 - -1.0);
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(halfCircle, box, SAMPLES, 17,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        ProportionInterval boundary = estimate.mass(Stratum.BOUNDARY);
        assertTrue(boundary.contains(exact), boundary.toString());
        assertTrue(boundary.high() - boundary.low() < 0.08);
        // The classification agrees with the derivation sample by sample.
        for (int k = 0; k < SAMPLES; k++) {
            double[] u = estimate.samples().get(k);
            assertEquals(u[1] < 0 ? Stratum.BOUNDARY : Stratum.SMOOTH, estimate.minimizers().get(k).stratum());
        }
        assertEquals(0, estimate.mass(Stratum.SINGULAR).successes());
    }

    /**
     * The cusp y² = x³, γ(t) = (t², t³). With u = (p, q): ‖γ(t) − u‖² − ‖u‖² = t²(t⁴ + t² − 2qt −
     * 2p), so the cusp is nearest iff p ≤ h(q) = min_t (t⁴ + t² − 2qt)/2: a full-dimensional cell.
     * Its mass in the box is ∫ (min(h(q), p₁) − p₀)⁺ dq / area, computed here by quadrature with h
     * from the single root of 4t³ + 2t − 2q = 0: an independent method.
     */
    @Test
    void cuspHasAFullDimensionalVoronoiCell() {
        CurveArc cusp = new CurveArc(t -> new double[] { t * t, t * t * t }, -3, 3, false, List.of(0.0));
        Box box = Box.cube(2, 1);
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(cusp, box, SAMPLES, 23,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        ProportionInterval singular = estimate.mass(Stratum.SINGULAR);
        double exact = cuspMass(-1, 1, -1, 1);
        assertTrue(exact > 0.2, "the derivation says the cusp attracts a positive mass: " + exact); //$NON-NLS-1$
        assertTrue(singular.contains(exact), singular + " vs " + exact); //$NON-NLS-1$
        assertEquals(0, estimate.mass(Stratum.BOUNDARY).successes(), "a window onto the curve has no ends"); //$NON-NLS-1$
    }

    /**
     * The nodal cubic y² = x²(x + 1), γ(t) = (t² − 1, t(t² − 1)), node at t = ±1. Each branch is
     * smooth through the node, so u has the node as nearest point only if u − node is normal to a
     * branch there: a set of measure zero. The upper end of the interval stays below 1%.
     */
    @Test
    void nodeAttractsNoMass() {
        CurveArc nodal = new CurveArc(t -> new double[] { t * t - 1, t * (t * t - 1) }, -3, 3, false, List.of(-1.0, 1.0));
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(nodal, Box.cube(2, 1), SAMPLES, 29,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        ProportionInterval singular = estimate.mass(Stratum.SINGULAR);
        assertEquals(0, singular.successes());
        assertTrue(singular.high() < 0.01);
    }

    @Test
    void wilsonIntervalMatchesAHandComputation() {
        // k = 0, n = 100, z = 2: high = (z²/2n + z·√(z²/4n²)) / (1 + z²/n) = (0.02 + 0.02) / 1.04.
        ProportionInterval none = ProportionInterval.wilson(0, 100, 2);
        assertEquals(0, none.low(), 1e-15);
        assertEquals(0.04 / 1.04, none.high(), 1e-12);
    }

    static double cuspMass(double p0, double p1, double q0, double q1) {
        int steps = 20_000;
        double dq = (q1 - q0) / steps;
        double area = 0;
        for (int i = 0; i < steps; i++) {
            double q = q0 + (i + 0.5) * dq;
            double h = Math.min(cuspBound(q), p1);
            area += Math.max(0, h - p0) * dq;
        }
        return area / ((p1 - p0) * (q1 - q0));
    }

    /** h(q) = min_t (t⁴ + t² − 2qt)/2, at the real root of the increasing cubic 4t³ + 2t − 2q. */
    private static double cuspBound(double q) {
        double low = -2;
        double high = 2;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (4 * mid * mid * mid + 2 * mid - 2 * q < 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double t = (low + high) / 2;
        return (t * t * t * t + t * t - 2 * q * t) / 2;
    }
}
