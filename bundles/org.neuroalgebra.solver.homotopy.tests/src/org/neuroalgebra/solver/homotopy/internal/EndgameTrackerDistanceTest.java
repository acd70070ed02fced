// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The distance between interleaved points by which endpoints are told apart. */
class EndgameTrackerDistanceTest {

    /** {@link EndgameTracker#within} gives the verdict of comparing {@link EndgameTracker#distance} with the bound. */
    @Test
    void withinAgreesWithTheDistance() {
        SplittableRandom random = new SplittableRandom(3);
        for (int sample = 0; sample < 200; sample++) {
            double[] a = Interleaved.gaussian(4, random);
            double[] b = a.clone();
            // move one or more coordinates by a random amount, so the distance varies over several scales
            for (int i = 0; i < b.length; i++) {
                if (random.nextInt(3) == 0) {
                    b[i] += random.nextGaussian() * Math.pow(10, -random.nextInt(8));
                }
            }
            double distance = EndgameTracker.distance(a, b);
            for (double bound : new double[] { distance, Math.nextDown(distance), 2 * distance, distance / 2,
                    1e-6 }) {
                assertEquals(distance <= bound, EndgameTracker.within(a, b, bound));
            }
        }
        double[] nan = { Double.NaN, 0 };
        assertFalse(EndgameTracker.within(nan, new double[] { 0, 0 }, 1));
        assertTrue(EndgameTracker.within(new double[] { 1, 1 }, new double[] { 1, 1 }, 0));
    }
}
