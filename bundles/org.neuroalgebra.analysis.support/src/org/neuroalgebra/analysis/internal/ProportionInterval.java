// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

/**
 * A binomial proportion with its Wilson score interval: for k successes in n trials and the normal
 * quantile z, center (p̂ + z²/2n)/(1 + z²/n) ± z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n). Unlike the
 * Wald interval it is sensible for k = 0 and k = n.
 *
 * @param successes
 *            k
 * @param trials
 *            n
 * @param estimate
 *            k / n
 * @param low
 *            lower end of the interval
 * @param high
 *            upper end of the interval
 */
public record ProportionInterval(int successes, int trials, double estimate, double low, double high) {

    /** z for a two-sided 99% interval. */
    public static final double Z_99 = 2.5758293035489;

    /** @return the Wilson interval for k of n with quantile z */
    public static ProportionInterval wilson(int successes, int trials, double z) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials); //$NON-NLS-1$
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new ProportionInterval(successes, trials, p, Math.max(0, center - half), Math.min(1, center + half));
    }

    /** @return whether the interval contains the value */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
