// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Training lightning self-attention (d = t = 2, a = 2, one output row) on data labelled by a
 * teacher of the same architecture, checked against the ED analysis of the same loss. Training
 * is gradient descent in parameter space; the ED analysis finds every critical point of the
 * distance on M in function space (docs/MATHEMATICS.md §5–6). Where training stops at a smooth point (full
 * Jacobian rank) its function is a critical point of that distance, so its loss must be the loss
 * of one of the real critical points the solver finds: 0 for the teacher itself, or that of a
 * non-global local minimum of the distance on the real quartic, where some runs do stop. (Adam's
 * constant step leaves a jitter of about 1e-7 in the loss; the real critical values here are 0,
 * 0.063, 35.8 and 184.9, so a relative 1e-5 separates them safely.)
 */
class TrainAttentionTest {

    private static final String MODEL = """
            architecture lightning_pair {
              attention d=2 t=2 a=2 out=1
            }
            dataset teacher {
              random 30 inputs in [-1, 1]^4 seed 7
              targets from lightning_pair seed 11 noise 0
            }
            analysis fit {
              train of lightning_pair data teacher runs=4 steps=3000 optimizer=adam rate=0.02 seed 5
            }
            analysis critical {
              edd of lightning_pair metric data teacher seed 1
            }
            """;

    @Test
    void everyRunEndsAtARealCriticalPointOfTheDistanceAndOneAtTheTeacher() throws Exception {
        TrainAnalysisResult training = (TrainAnalysisResult) new TrainAnalysis()
                .run(ModelText.request(MODEL, "fit"), ProgressMonitor.NULL); //$NON-NLS-1$
        JsonObject critical = new EddAnalysis(ModelText.solvers())
                .run(ModelText.request(MODEL, "critical"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        assertTrue(critical.get("certified").getAsBoolean(), critical.toString()); //$NON-NLS-1$
        assertEquals(14, critical.get("edDegree").getAsInt(), "the quartic with a positive definite data metric"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Double> realLosses = new ArrayList<>();
        for (JsonElement point : critical.getAsJsonArray("criticalPoints")) { //$NON-NLS-1$
            if (point.getAsJsonObject().get("real").getAsBoolean()) { //$NON-NLS-1$
                realLosses.add(point.getAsJsonObject().getAsJsonArray("loss").get(0).getAsDouble()); //$NON-NLS-1$
            }
        }

        assertEquals(5, training.genericRank(), "dim M of the quartic's attention"); //$NON-NLS-1$
        boolean teacherReached = false;
        for (TrainingRun run : training.runs()) {
            assertEquals(5, run.endPoint().jacobianRank(), "run " + run.index() + " ends at a smooth point"); //$NON-NLS-1$ //$NON-NLS-2$
            double loss = run.finalLoss();
            assertTrue(realLosses.stream().anyMatch(value -> Math.abs(value - loss) <= 1e-5 * (1 + value)),
                    "run " + run.index() + ": loss " + loss + " is not that of a real critical point " + realLosses); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            teacherReached |= loss < 1e-8;
        }
        assertTrue(teacherReached, "some run finds the teacher (loss 0)"); //$NON-NLS-1$
    }
}
