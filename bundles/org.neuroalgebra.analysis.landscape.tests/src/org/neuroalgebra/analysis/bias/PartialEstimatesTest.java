// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/** Partial estimates while sampling: prefixes of the final estimate, which they do not change. */
class PartialEstimatesTest {

    @Test
    void everyFifthSampleTheEstimateSoFarIsPublished() {
        CurveArc halfCircle = new CurveArc(t -> new double[] { Math.cos(t), Math.sin(t) }, 0, Math.PI, true, List.of());
        Box box = new Box(new double[] { -2, -1 }, new double[] { 2, 3 });
        List<VoronoiMassEstimator.Estimate> partials = new ArrayList<>();
        VoronoiMassEstimator.Estimate watched = VoronoiMassEstimator.estimate(
                new PartialEstimates(halfCircle, 5, 11, ProportionInterval.Z_99, partials::add), box, 23, 11,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        VoronoiMassEstimator.Estimate plain = VoronoiMassEstimator.estimate(halfCircle, box, 23, 11,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        assertEquals(List.of(5, 10, 15, 20), partials.stream().map(p -> p.samples().size()).toList());
        for (int k = 0; k < 23; k++) {
            assertArrayEquals(plain.samples().get(k), watched.samples().get(k), "watching changes nothing"); //$NON-NLS-1$
            assertSame(plain.minimizers().get(k).stratum(), watched.minimizers().get(k).stratum());
        }
        for (VoronoiMassEstimator.Estimate partial : partials) {
            int n = partial.samples().size();
            assertEquals(11, partial.seed());
            for (Stratum stratum : Stratum.values()) {
                long count = plain.minimizers().subList(0, n).stream().filter(m -> m.stratum() == stratum).count();
                assertEquals(count, partial.mass(stratum).successes(), stratum + " among the first " + n); //$NON-NLS-1$
                assertEquals(ProportionInterval.wilson((int) count, n, ProportionInterval.Z_99), partial.mass(stratum));
            }
            for (int k = 0; k < n; k++) {
                assertArrayEquals(plain.samples().get(k), partial.samples().get(k));
            }
        }
    }
}
