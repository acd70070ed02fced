// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code bias} result. JSON fields: {@code subject}, {@code distribution}, {@code strata} (each
 * {@code {kind, count, mass, low, high}}, the interval a Wilson score interval with quantile
 * {@code z}), {@code samples} (each {@code {u, distance, stratum, detail}}, detail saying e.g. which
 * neuron is zero and which of its weights vanish, or which inequality is active; absent when there
 * is nothing to add), {@code z}, {@code certified} (false: the minimizers come from a numerical
 * search), {@code seed}, {@code method}, {@code seconds}. The outline (M drawn in the plane of the
 * data, see {@link NearestPointProblem#outline(Box)}) appears in the pictures only.
 */
public record BiasAnalysisResult(String subject, String distribution, VoronoiMassEstimator.Estimate estimate,
        List<PictureLayer> outline, double seconds) implements AnalysisResult {

    public BiasAnalysisResult {
        outline = List.copyOf(outline);
    }

    @Override
    public String analysisId() {
        return BiasAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public String method() {
        return "nearest points by numerical search (networks: multi-start Adam on θ, each run polished by " //$NON-NLS-1$
                + "Levenberg–Marquardt; plane curves: critical points of the distance by homotopy continuation, " //$NON-NLS-1$
                + "ends of arcs and singular points); Wilson score intervals"; //$NON-NLS-1$
    }

    @Override
    public long seed() {
        return estimate.seed();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + estimate.samples().size() + " data points " + distribution); //$NON-NLS-1$ //$NON-NLS-2$
        for (StratumMass stratum : estimate.strata()) {
            ProportionInterval mass = stratum.mass();
            lines.add(String.format("%-18s %4d  mass %.3f  [%.3f, %.3f]", stratum.stratum().label(), mass.successes(), //$NON-NLS-1$
                    mass.estimate(), mass.low(), mass.high()));
        }
        lines.add(String.format("method: %s; seed %d; %.3f s", method(), seed(), seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("distribution", distribution); //$NON-NLS-1$
        JsonArray strata = new JsonArray();
        for (StratumMass stratum : estimate.strata()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", stratum.stratum().label()); //$NON-NLS-1$
            entry.addProperty("count", stratum.mass().successes()); //$NON-NLS-1$
            entry.addProperty("mass", stratum.mass().estimate()); //$NON-NLS-1$
            entry.addProperty("low", stratum.mass().low()); //$NON-NLS-1$
            entry.addProperty("high", stratum.mass().high()); //$NON-NLS-1$
            strata.add(entry);
        }
        json.add("strata", strata); //$NON-NLS-1$
        JsonArray samples = new JsonArray();
        for (int k = 0; k < estimate.samples().size(); k++) {
            JsonObject entry = new JsonObject();
            JsonArray u = new JsonArray();
            for (double value : estimate.samples().get(k)) {
                u.add(value);
            }
            entry.add("u", u); //$NON-NLS-1$
            entry.addProperty("distance", estimate.minimizers().get(k).distance()); //$NON-NLS-1$
            entry.addProperty("stratum", estimate.minimizers().get(k).stratum().label()); //$NON-NLS-1$
            if (!estimate.minimizers().get(k).detail().isEmpty()) {
                entry.addProperty("detail", estimate.minimizers().get(k).detail()); //$NON-NLS-1$
            }
            samples.add(entry);
        }
        json.add("samples", samples); //$NON-NLS-1$
        json.addProperty("z", estimate.z()); //$NON-NLS-1$
        json.addProperty("certified", false); //$NON-NLS-1$
        json.addProperty("seed", seed()); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }

    /**
     * For data in the plane the Voronoi regions with M drawn in them; in every dimension the masses
     * with their intervals.
     */
    @Override
    public List<ResultPicture> pictures() {
        return BiasPictures.of(estimate, outline);
    }
}
