// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.analysis.train.Optimizer;
import org.neuroalgebra.analysis.train.TrainingSettings;

/**
 * Nearest points on the cubic network's neuromanifold (σ = x³, widths (2, 2, 1)): over R, M is the
 * set of binary cubics e·l1³ + f·l2³, i.e. those with one real root (discriminant < 0) and the
 * perfect cubes. Data with three real roots (discriminant > 0) lie outside the closure; their
 * infimum is approached on the discriminant hypersurface and not attained (a boundary stratum),
 * while data with one real root are their own nearest point (smooth).
 */
class NetworkNearestPointTest {

    private static final int SAMPLES = 30;

    @Test
    void boundaryStratumIsExactlyTheCubicsWithThreeRealRoots() throws Exception {
        MlpParametrization cubic = MlpParametrization.create(new int[] { 2, 2, 1 }, new boolean[] { false, false },
                PolynomialParser.parse("x^3", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        NetworkNearestPoint problem = new NetworkNearestPoint(cubic,
                new TrainingSettings(Optimizer.ADAM, 8, 300, 0.03, 0.7, 1e-3, 0, 2));
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(problem, Box.cube(4, 1), SAMPLES, 3,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        for (int k = 0; k < SAMPLES; k++) {
            double[] u = estimate.samples().get(k);
            Stratum expected = discriminant(u) > 0 ? Stratum.BOUNDARY : Stratum.SMOOTH;
            assertEquals(expected, estimate.minimizers().get(k).stratum(), "sample " + k); //$NON-NLS-1$
        }
        // An independent estimate of P(three real roots) for coefficients uniform in [−1, 1]⁴.
        SplittableRandom random = new SplittableRandom(99);
        int threeRoots = 0;
        int trials = 200_000;
        for (int t = 0; t < trials; t++) {
            threeRoots += discriminant(Box.cube(4, 1).sample(random)) > 0 ? 1 : 0;
        }
        ProportionInterval boundary = estimate.mass(Stratum.BOUNDARY);
        assertTrue(boundary.contains((double) threeRoots / trials), boundary + " vs " + threeRoots); //$NON-NLS-1$
    }

    /** The discriminant of c0 x³ + c1 x²y + c2 xy² + c3 y³: positive iff three distinct real roots. */
    static double discriminant(double[] c) {
        double a = c[0];
        double b = c[1];
        double cc = c[2];
        double d = c[3];
        return 18 * a * b * cc * d - 4 * b * b * b * d + b * b * cc * cc - 4 * a * cc * cc * cc - 27 * a * a * d * d;
    }
}
