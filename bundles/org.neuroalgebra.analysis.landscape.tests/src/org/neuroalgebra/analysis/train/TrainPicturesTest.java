// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.singular.Stratum;

/** Training publishes each finished run, and pictures the end strata as a histogram. */
class TrainPicturesTest {

    private static final String SQUARE = """
            architecture square {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            dataset points {
              point (1, 0) -> 1
              point (0, 1) -> -1
              point (1, 1) -> 2
              point (2, -1) -> 0
            }
            analysis short {
              train of square data points runs=5 steps=300 threads=2 seed 8
            }
            """;

    @Test
    void eachFinishedRunIsPublishedInRunOrderAndTheHistogramCountsEndStrata() throws Exception {
        List<AnalysisResult> partials = new ArrayList<>();
        TrainAnalysisResult result = (TrainAnalysisResult) new TrainAnalysis()
                .run(ModelText.request(SQUARE, "short"), ProgressMonitor.NULL, partials::add); //$NON-NLS-1$
        assertEquals(5, partials.size());
        for (int i = 0; i < partials.size(); i++) {
            List<TrainingRun> runs = ((TrainAnalysisResult) partials.get(i)).runs();
            assertEquals(i + 1, runs.size(), "partial " + i); //$NON-NLS-1$
            for (int r = 0; r < runs.size(); r++) {
                assertEquals(result.runs().get(r).seed(), runs.get(r).seed());
                assertEquals(result.runs().get(r).finalLoss(), runs.get(r).finalLoss(), "run " + r + " is the same run"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        ResultPicture histogram = result.pictures().get(0);
        assertEquals(List.of("smooth", "boundary-or-diverging", "singular", "sparse-subnetwork"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                histogram.categories());
        PictureLayer counts = histogram.layers().get(0);
        assertEquals(PictureLayer.Kind.BARS, counts.kind());
        double total = 0;
        for (Stratum stratum : Stratum.values()) {
            double count = counts.y()[stratum.ordinal()];
            assertEquals(result.strata().getOrDefault(TrainingRun.label(stratum), 0).doubleValue(), count,
                    stratum.label());
            total += count;
        }
        assertEquals(5, total);
    }
}
