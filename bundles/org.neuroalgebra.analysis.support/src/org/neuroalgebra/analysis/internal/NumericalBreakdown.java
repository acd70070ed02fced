// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.SplittableRandom;

import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;

/**
 * Floating-point trouble in words. The numerical steps (SVD, least squares, pseudo-inverses) fail
 * with library messages such as "SVD did not converge" when their input holds infinities or NaN,
 * which is almost always because the model's values do not fit in a double: an activation of very
 * high degree, or data of absurd magnitude. The size is checked up front where it can be
 * ({@link #requireFinite}); what still breaks down is reported as such.
 */
public final class NumericalBreakdown {

    /** Fixed, so that the check is reproducible and independent of the request's seed. */
    private static final long PROBE_SEED = 0x5EEDL;

    /**
     * The largest admitted coefficient at a parameter point of unit size: Gram matrices, norms and
     * SVDs square the coefficients, and beyond the square root of the largest double they overflow.
     */
    public static final double MAX_COEFFICIENT = 1e150;

    private NumericalBreakdown() {
    }

    /**
     * Evaluates the parametrization at a θ of random signs (entries ±1, the scale every numerical
     * method starts from): when a coefficient there is infinite, NaN or so large that its square
     * overflows ({@link #MAX_COEFFICIENT}), every floating-point method on this model fails, as
     * binomial coefficients of a high-degree activation do (C(1000, 500) ≈ 2.7e299).
     *
     * @throws AnalysisException
     *             BAD_INPUT saying that the coefficients leave the double range
     */
    public static void requireFinite(String name, Parametrization parametrization) throws AnalysisException {
        SplittableRandom random = new SplittableRandom(PROBE_SEED);
        double[] theta = new double[parametrization.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextBoolean() ? 1 : -1;
        }
        double[] c = parametrization.evaluate(theta);
        for (int i = 0; i < c.length; i++) {
            if (!(Math.abs(c[i]) <= MAX_COEFFICIENT)) {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': its coefficients leave the " //$NON-NLS-1$ //$NON-NLS-2$
                        + "range of double precision (coefficient " + parametrization.coordinateNames().get(i) //$NON-NLS-1$
                        + " is " + String.format("%.2g", c[i]) + " at a θ of entries ±1, beyond " + MAX_COEFFICIENT //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "), so numerical methods cannot work on it; lower the degree of the activation or the depth"); //$NON-NLS-1$
            }
        }
    }

    /** @return a FAILED exception saying that a floating-point computation broke down, and why that happens */
    public static AnalysisException of(AnalysisRequest request, RuntimeException e) {
        return new AnalysisException(Kind.FAILED, "'" + request.subjectName() //$NON-NLS-1$
                + "': a floating-point computation broke down (" + e.getMessage() //$NON-NLS-1$
                + "); this happens when values leave the range of double precision (very high degrees, " //$NON-NLS-1$
                + "data of huge magnitude) or the problem is numerically degenerate", e); //$NON-NLS-1$
    }
}
