// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The valuation test by which the tracker recognizes a path to infinity, fed with ρ(t) = |z_0| / |z| of
 * closed-form paths at the |t| where the tracker samples it (every halving from 0.05 on).
 */
class InfinityWatchTest {

    /** @return the index of the first sample at which the watch answers yes, or −1 down to |t| = 1e-14 */
    private static int firstVerdict(DoubleUnaryOperator ratio) {
        InfinityWatch watch = new InfinityWatch();
        watch.reset(true);
        int sample = 0;
        for (double t = InfinityWatch.START; t > 1e-14; t /= 2, sample++) {
            if (!watch.due(t)) {
                return -2;
            }
            if (watch.goesToInfinity(t, ratio.applyAsDouble(t))) {
                return sample;
            }
        }
        return -1;
    }

    /**
     * z_0 = c·t^{k/c'} exactly (a cycle of winding c' at infinity): each octave gives ν = k/c' exactly, so
     * the fourth sample, three octaves after the first, is the first answer; with ν = 1/3 (winding 3, as
     * the start system paths of the rank-one 3 × 3 ED problem that crawl to infinity) as with ν = 1.
     */
    @Test
    void stablePowerDecayIsInfinityAfterThreeOctaves() {
        assertEquals(3, firstVerdict(t -> 0.5 * Math.cbrt(t)));
        assertEquals(3, firstVerdict(t -> 2 * t));
        assertEquals(3, firstVerdict(t -> 0.3 * Math.pow(t, 0.25)));
    }

    /**
     * A path to a finite endpoint x* far out, x(t) = x*·(1 + a·t)⁻¹ with |x*| = 1e6: ρ ≈ (1 + a·t)/|x*|
     * decays as t → 0 with ν = log₂((1 + 2at)/(1 + at)) per octave. With a = 10 (at ≤ 1/2 from the first
     * sample on) ν falls from 0.42 to 0.26 to 0.15: not stable, and below 0.2, so not infinity. With
     * a = 1e3 the path looks like 1/t down to |t| ≈ 1/a and ν = 0.99, 0.97, 0.95 over the first three
     * octaves: ρ alone cannot tell it from a path to infinity, which is why the tracker also requires
     * its steps to crawl and H_z to be singular in double before it stops a path.
     */
    @Test
    void decayThatLevelsOffAtAFiniteEndpoint() {
        assertEquals(-1, firstVerdict(t -> (1 + 10 * t) / 1e6));
        assertEquals(3, firstVerdict(t -> (1 + 1e3 * t) / 1e6));
    }

    /** Decay slower than t^0.2 (winding above 5), constant ρ (finite endpoint) and growth are not infinity. */
    @Test
    void slowDecayConstantAndGrowthAreNot() {
        assertEquals(-1, firstVerdict(t -> Math.pow(t, 0.15)));
        assertEquals(-1, firstVerdict(t -> 0.25));
        assertEquals(-1, firstVerdict(t -> 1 / (1 + t)));
    }

    /** On a leg that does not end at t = 0 (the endgame's loops and radius legs) the watch never samples. */
    @Test
    void offOnLegsThatDoNotEndAtZero() {
        InfinityWatch watch = new InfinityWatch();
        watch.reset(false);
        assertFalse(watch.due(InfinityWatch.START));
        assertFalse(watch.due(1e-10));
    }
}
