// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * Recognizes, on a leg that ends at t = 0, a path that goes to infinity, from the valuation of its
 * homogenizing coordinate.
 * <p>
 * Near t = 0 a path is a Puiseux series in t, so the ratio ρ = |z_0| / |z| behaves like C·|t|^ν: ν = 0
 * when the endpoint is finite (ρ tends to 1 / max(1, |x|) of the endpoint), ν = k/c &gt; 0 when it is at
 * infinity (c the winding number). The watch samples ρ each time |t| has halved, from {@link #START}
 * on, and estimates ν over each octave of |t|; the path goes to infinity when over each of the last
 * {@value #OCTAVES} octaves ρ decayed with ν at least {@value #MIN_VALUATION} and the estimates agree
 * within a factor {@value #STABLE}. As ρ of a path to a finite endpoint levels off to its nonzero value
 * at t = 0, the estimates fall towards 0; but a path to a finite endpoint far out, x(t) = x*·(1 + a·t)⁻¹
 * with a large, decays like one to infinity for as long as |t| is large against 1/a. ρ alone is
 * therefore not enough: {@code PathTracker} stops a path only when this watch says yes, its steps crawl
 * and H_z is singular in double.
 */
final class InfinityWatch {

    /** |t| where the watch starts: where the Cauchy endgame would start. */
    static final double START = 0.05;

    /** Octaves of |t| over which ρ must have decayed like a power of |t|. */
    private static final int OCTAVES = 3;

    /** Smallest valuation ν over one octave that counts as decay (ν = 1/3 is a cycle of winding 3). */
    private static final double MIN_VALUATION = 0.2;

    /** Largest ratio of the valuations of two successive octaves that counts as stable. */
    private static final double STABLE = 4.0 / 3;

    private final double[] logT = new double[OCTAVES + 1];
    private final double[] logRatio = new double[OCTAVES + 1];
    private int samples;
    private double nextSample;

    /**
     * Starts a leg.
     *
     * @param endsAtZero
     *            whether the leg ends at t = 0; the watch stays off otherwise
     */
    void reset(boolean endsAtZero) {
        samples = 0;
        nextSample = endsAtZero ? START : 0;
    }

    /** @return whether ρ should be sampled at this |t| (t = 0 never is) */
    boolean due(double absT) {
        return absT > 0 && absT <= nextSample;
    }

    /**
     * Records a sample.
     *
     * @param absT
     *            |t| at an accepted point of the path
     * @param ratio
     *            ρ = |z_0| / |z| there
     * @return whether the path goes to infinity
     */
    boolean goesToInfinity(double absT, double ratio) {
        nextSample = absT / 2;
        if (samples == logT.length) {
            System.arraycopy(logT, 1, logT, 0, OCTAVES);
            System.arraycopy(logRatio, 1, logRatio, 0, OCTAVES);
            samples--;
        }
        logT[samples] = Math.log(absT);
        logRatio[samples] = Math.log(ratio);
        samples++;
        if (samples < logT.length) {
            return false;
        }
        double previous = Double.NaN;
        for (int i = 1; i < samples; i++) {
            // ν = Δ log ρ / Δ log |t| over an octave or more
            double valuation = (logRatio[i - 1] - logRatio[i]) / (logT[i - 1] - logT[i]);
            if (!(valuation >= MIN_VALUATION)
                    || i > 1 && !(valuation <= STABLE * previous && previous <= STABLE * valuation)) {
                return false;
            }
            previous = valuation;
        }
        return true;
    }
}
