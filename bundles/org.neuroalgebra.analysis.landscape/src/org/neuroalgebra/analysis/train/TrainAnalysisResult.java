// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.singular.Stratum;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code train} result. JSON fields: {@code subject}, {@code data}, {@code optimizer},
 * {@code steps}, {@code learningRate}, {@code genericRank} (dim M), {@code strata} (run count per
 * end stratum), {@code runs} (each {@code index}, {@code seed}, {@code finalLoss},
 * {@code jacobianRank}, {@code gapRatio}, {@code zeroNeurons} (zero hidden neurons of an MLP, or
 * zero filters {@code w1} and zero end entries {@code w1[3]} of a CNN), {@code sparse} (what each
 * of them means), {@code endStratum} (smooth |
 * boundary-or-diverging | singular | sparse-subnetwork), {@code parameterNorm},
 * {@code initialNorm}, {@code lossCurve}, {@code normCurve}), {@code certified} (always false:
 * training is numerical), {@code seed}, {@code method}, {@code seconds}.
 */
public record TrainAnalysisResult(String subject, String data, TrainingSettings settings, int genericRank,
        List<TrainingRun> runs, double seconds) implements AnalysisResult {

    @Override
    public String analysisId() {
        return TrainAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public String method() {
        return settings.optimizer().label() + " with the exact gradient, " + settings.runs() + " runs of " //$NON-NLS-1$ //$NON-NLS-2$
                + settings.steps() + " steps"; //$NON-NLS-1$
    }

    @Override
    public long seed() {
        return settings.seed();
    }

    /** @return how many runs ended in each stratum, by label */
    public Map<String, Integer> strata() {
        Map<String, Integer> counts = new TreeMap<>();
        runs.forEach(run -> counts.merge(run.endStratumLabel(), 1, Integer::sum));
        return counts;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + " on " + data + "; dim M = " + genericRank); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add("end strata: " + strata()); //$NON-NLS-1$
        for (TrainingRun run : runs) {
            lines.add(String.format("run %d (seed %d): loss %.6g, ‖θ‖ %.3g → %.3g, rank %d, zero %s, %s", run.index(), //$NON-NLS-1$
                    run.seed(), run.finalLoss(), run.normCurve()[0], run.parameterNorm(), run.endPoint().jacobianRank(),
                    run.endPoint().zeroNeurons(), run.endStratumLabel()));
        }
        lines.add(String.format("method: %s; seed %d; %.3f s", method(), seed(), seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("data", data); //$NON-NLS-1$
        json.addProperty("optimizer", settings.optimizer().label()); //$NON-NLS-1$
        json.addProperty("steps", settings.steps()); //$NON-NLS-1$
        json.addProperty("learningRate", settings.learningRate()); //$NON-NLS-1$
        json.addProperty("genericRank", genericRank); //$NON-NLS-1$
        JsonObject strata = new JsonObject();
        strata().forEach(strata::addProperty);
        json.add("strata", strata); //$NON-NLS-1$
        JsonArray array = new JsonArray();
        for (TrainingRun run : runs) {
            JsonObject entry = new JsonObject();
            entry.addProperty("index", run.index()); //$NON-NLS-1$
            entry.addProperty("seed", run.seed()); //$NON-NLS-1$
            entry.addProperty("finalLoss", run.finalLoss()); //$NON-NLS-1$
            entry.addProperty("jacobianRank", run.endPoint().jacobianRank()); //$NON-NLS-1$
            double gap = run.endPoint().gapRatio();
            entry.addProperty("gapRatio", Double.isFinite(gap) ? gap : -1); //$NON-NLS-1$
            JsonArray zero = new JsonArray();
            run.endPoint().zeroNeurons().forEach(zero::add);
            entry.add("zeroNeurons", zero); //$NON-NLS-1$
            JsonArray sparse = new JsonArray();
            run.endPoint().sparseDescription().forEach(sparse::add);
            entry.add("sparse", sparse); //$NON-NLS-1$
            entry.addProperty("endStratum", run.endStratumLabel()); //$NON-NLS-1$
            entry.addProperty("parameterNorm", run.parameterNorm()); //$NON-NLS-1$
            entry.addProperty("initialNorm", run.normCurve()[0]); //$NON-NLS-1$
            entry.add("lossCurve", numbers(run.lossCurve())); //$NON-NLS-1$
            entry.add("normCurve", numbers(run.normCurve())); //$NON-NLS-1$
            array.add(entry);
        }
        json.add("runs", array); //$NON-NLS-1$
        json.addProperty("certified", false); //$NON-NLS-1$
        json.addProperty("seed", seed()); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }

    private static JsonArray numbers(double[] values) {
        JsonArray array = new JsonArray();
        for (double value : values) {
            array.add(Double.isFinite(value) ? value : -1);
        }
        return array;
    }

    /** One loss curve and one parameter-norm curve per run (x: recorded step). */
    @Override
    public List<ResultSeries> series() {
        List<ResultSeries> series = new ArrayList<>();
        for (TrainingRun run : runs) {
            series.add(new ResultSeries("loss, run " + run.index(), "step / " //$NON-NLS-1$ //$NON-NLS-2$
                    + Math.max(1, settings.steps() / TrainingSettings.CURVE_POINTS), "loss", run.lossCurve(), true, -1)); //$NON-NLS-1$
        }
        for (TrainingRun run : runs) {
            series.add(new ResultSeries("‖θ‖, run " + run.index(), "step / " //$NON-NLS-1$ //$NON-NLS-2$
                    + Math.max(1, settings.steps() / TrainingSettings.CURVE_POINTS), "parameter norm", run.normCurve(), //$NON-NLS-1$
                    false, -1));
        }
        return series;
    }

    /** The histogram of end strata: runs per stratum, every stratum listed (in {@link Stratum} order). */
    @Override
    public List<ResultPicture> pictures() {
        Stratum[] strata = Stratum.values();
        double[] x = new double[strata.length];
        double[] counts = new double[strata.length];
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < strata.length; s++) {
            x[s] = s;
            labels.add(TrainingRun.label(strata[s]));
        }
        runs.forEach(run -> counts[run.endStratum().ordinal()]++);
        return List.of(ResultPicture.categorical("End strata of " + runs.size() + " training runs", "end stratum", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "runs", labels, List.of(PictureLayer.bars("runs ending there", x, counts)))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
