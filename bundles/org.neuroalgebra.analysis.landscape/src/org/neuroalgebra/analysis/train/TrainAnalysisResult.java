// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultTable;
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
 * {@code initialNorm}, {@code lossCurve}, {@code normCurve}; infinite or NaN numbers, e.g. of a
 * diverging run, are null), and the provenance tail (docs/RESULTS.md; {@code certified} always false:
 * training is numerical).
 */
public record TrainAnalysisResult(String subject, String data, TrainingSettings settings, int genericRank,
        List<TrainingRun> runs, double seconds) implements AnalysisResult {

    @Override
    public String analysisId() {
        return TrainAnalysis.ID;
    }

    /** Never certified: training is numerical. */
    @Override
    public Provenance provenance() {
        return Provenance.of(false, settings.optimizer().label() + " with the exact gradient, " + settings.runs() //$NON-NLS-1$
                + " runs of " + settings.steps() + " steps", settings.seed(), seconds); //$NON-NLS-1$ //$NON-NLS-2$
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
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject strata = new JsonObject();
        strata().forEach(strata::addProperty);
        JsonArray array = new JsonArray();
        for (TrainingRun run : runs) {
            JsonObject entry = new JsonObject();
            entry.addProperty("index", run.index()); //$NON-NLS-1$
            entry.addProperty("seed", run.seed()); //$NON-NLS-1$
            entry.add("finalLoss", ResultJson.number(run.finalLoss())); //$NON-NLS-1$
            entry.addProperty("jacobianRank", run.endPoint().jacobianRank()); //$NON-NLS-1$
            entry.add("gapRatio", ResultJson.number(run.endPoint().gapRatio())); //$NON-NLS-1$
            entry.add("zeroNeurons", ResultJson.texts(run.endPoint().zeroNeurons())); //$NON-NLS-1$
            entry.add("sparse", ResultJson.texts(run.endPoint().sparseDescription())); //$NON-NLS-1$
            entry.addProperty("endStratum", run.endStratumLabel()); //$NON-NLS-1$
            entry.add("parameterNorm", ResultJson.number(run.parameterNorm())); //$NON-NLS-1$
            entry.add("initialNorm", ResultJson.number(run.normCurve()[0])); //$NON-NLS-1$
            entry.add("lossCurve", ResultJson.numbers(run.lossCurve())); //$NON-NLS-1$
            entry.add("normCurve", ResultJson.numbers(run.normCurve())); //$NON-NLS-1$
            array.add(entry);
        }
        return ResultJson.begin(this).text("data", data) //$NON-NLS-1$
                .text("optimizer", settings.optimizer().label()) //$NON-NLS-1$
                .integer("steps", settings.steps()) //$NON-NLS-1$
                .number("learningRate", settings.learningRate()) //$NON-NLS-1$
                .integer("genericRank", genericRank) //$NON-NLS-1$
                .element("strata", strata) //$NON-NLS-1$
                .element("runs", array) //$NON-NLS-1$
                .end();
    }

    /** The lowest final loss first; everything here is the outcome of numerical training. */
    @Override
    public List<ResultFigure> figures() {
        List<ResultFigure> figures = new ArrayList<>();
        double lowest = runs.stream().mapToDouble(TrainingRun::finalLoss).filter(Double::isFinite).min()
                .orElse(Double.NaN);
        figures.add(ResultFigure.of("lowestLoss", "Lowest final loss", finite(lowest), Evidence.NUMERICAL)); //$NON-NLS-1$ //$NON-NLS-2$
        strata().forEach((stratum, count) -> figures.add(ResultFigure.of("strata:" + stratum, //$NON-NLS-1$
                "Runs ending " + stratum, (long) count, Evidence.NUMERICAL))); //$NON-NLS-1$
        figures.add(ResultFigure.info("runs", "Training runs", (long) runs.size())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("genericRank", "Dimension of M", (long) genericRank)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("optimizer", "Optimizer", settings.optimizer().label())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("steps", "Steps per run", (long) settings.steps())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return figures;
    }

    /** One row per run: where it ended and how. */
    @Override
    public List<ResultTable> tables() {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingRun run : runs) {
            rows.add(Arrays.asList("run " + (run.index() + 1), run.seed(), finite(run.finalLoss()), //$NON-NLS-1$
                    (long) run.endPoint().jacobianRank(), finite(run.endPoint().gapRatio()),
                    String.join(", ", run.endPoint().zeroNeurons()), run.endStratumLabel(), //$NON-NLS-1$
                    finite(run.normCurve()[0]), finite(run.parameterNorm())));
        }
        return List.of(new ResultTable("runs", "Training runs", List.of("run", "seed", "final loss", "Jacobian rank", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "gap ratio", "zero neurons", "end stratum", "initial ‖θ‖", "final ‖θ‖"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /**
     * The loss curves (one line per run, "run 1", "run 2", …, on a log axis), the parameter norms,
     * and the end strata as bars.
     */
    @Override
    public List<ResultChart> charts() {
        List<PictureLayer> losses = new ArrayList<>();
        List<PictureLayer> norms = new ArrayList<>();
        for (TrainingRun run : runs) {
            String name = "run " + (run.index() + 1); //$NON-NLS-1$
            losses.add(PictureLayer.line(name, steps(run.lossCurve().length), run.lossCurve()));
            norms.add(PictureLayer.line(name, steps(run.normCurve().length), run.normCurve()));
        }
        Stratum[] strata = Stratum.values();
        double[] x = new double[strata.length];
        double[] counts = new double[strata.length];
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < strata.length; s++) {
            x[s] = s;
            labels.add(TrainingRun.label(strata[s]));
        }
        runs.forEach(run -> counts[run.endStratum().ordinal()]++);
        return List.of(
                new ResultChart("loss", "Training loss of " + runs.size() + " runs", Axis.integer("step"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        Axis.log("loss"), losses, List.of()), //$NON-NLS-1$
                new ResultChart("norm", "Parameter norm ‖θ‖ during training", Axis.integer("step"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Axis.linear("‖θ‖"), norms, List.of()), //$NON-NLS-1$
                new ResultChart("endStrata", "End strata of " + runs.size() + " training runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Axis.categorical("end stratum", labels), Axis.integer("runs"), //$NON-NLS-1$ //$NON-NLS-2$
                        List.of(PictureLayer.bars("runs ending there", x, counts)), List.of())); //$NON-NLS-1$
    }

    /** @return the steps at which a curve of this length was recorded: every k-th step, then the end */
    private double[] steps(int length) {
        int every = Math.max(1, settings.steps() / TrainingSettings.CURVE_POINTS);
        double[] steps = new double[length];
        for (int i = 0; i < length; i++) {
            steps[i] = (double) i * every;
        }
        if (length > 1) {
            steps[length - 1] = Math.min(settings.steps(), (double) (length - 1) * every);
        }
        return steps;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * One loss curve and one parameter-norm curve per run (x: recorded step).
     *
     * @deprecated use {@link #charts()}
     */
    @Deprecated(forRemoval = true)
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

    /**
     * The histogram of end strata: runs per stratum, every stratum listed (in {@link Stratum} order).
     *
     * @deprecated use {@link #charts()}
     */
    @Deprecated(forRemoval = true)
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
