// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.analysis.internal.ProportionInterval;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code bias} result. JSON fields: {@code subject}, {@code distribution}, {@code strata} (each
 * {@code {kind, count, mass, low, high}}, the interval a Wilson score interval with quantile
 * {@code z}), {@code samples} (each {@code {u, distance, stratum, detail}}, detail saying e.g. which
 * neuron is zero and which of its weights vanish, or which inequality is active; absent when there
 * is nothing to add), {@code z}, {@code certified} (false: the minimizers come from a numerical
 * search), {@code seed}, {@code method}, {@code seconds}. The outline (M drawn in the plane of the
 * data, see {@link NearestPointProblem#outline(Box)}) and, for data in 3-space, the slice (a plane
 * section, {@link NearestPointProblem#slice(Box)}; null when there is none) appear in the pictures only.
 */
public record BiasAnalysisResult(String subject, String distribution, VoronoiMassEstimator.Estimate estimate,
        List<PictureLayer> outline, Slice slice, double seconds) implements AnalysisResult {

    public BiasAnalysisResult {
        outline = List.copyOf(outline);
    }

    @Override
    public String analysisId() {
        return BiasAnalysis.ID;
    }

    /** Never certified: the minimizers come from a numerical search. */
    @Override
    public Provenance provenance() {
        return Provenance.of(false, "nearest points by numerical search (networks: multi-start Adam on θ, each run polished by " //$NON-NLS-1$
                + "Levenberg–Marquardt; plane curves: critical points of the distance by homotopy continuation, " //$NON-NLS-1$
                + "ends of arcs and singular points; hypersurfaces: critical points of the distance on the smooth part " //$NON-NLS-1$
                + "and on each boundary stratum by homotopy continuation, and isolated singular points); Wilson score " //$NON-NLS-1$
                + "intervals", estimate.seed(), seconds); //$NON-NLS-1$
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
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonArray strata = new JsonArray();
        for (StratumMass stratum : estimate.strata()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", stratum.stratum().label()); //$NON-NLS-1$
            entry.addProperty("count", stratum.mass().successes()); //$NON-NLS-1$
            entry.add("mass", ResultJson.number(stratum.mass().estimate())); //$NON-NLS-1$
            entry.add("low", ResultJson.number(stratum.mass().low())); //$NON-NLS-1$
            entry.add("high", ResultJson.number(stratum.mass().high())); //$NON-NLS-1$
            strata.add(entry);
        }
        JsonArray samples = new JsonArray();
        for (int k = 0; k < estimate.samples().size(); k++) {
            JsonObject entry = new JsonObject();
            entry.add("u", ResultJson.numbers(estimate.samples().get(k))); //$NON-NLS-1$
            entry.add("distance", ResultJson.number(estimate.minimizers().get(k).distance())); //$NON-NLS-1$
            entry.addProperty("stratum", estimate.minimizers().get(k).stratum().label()); //$NON-NLS-1$
            if (!estimate.minimizers().get(k).detail().isEmpty()) {
                entry.addProperty("detail", estimate.minimizers().get(k).detail()); //$NON-NLS-1$
            }
            samples.add(entry);
        }
        return ResultJson.begin(this).text("distribution", distribution) //$NON-NLS-1$
                .element("strata", strata) //$NON-NLS-1$
                .element("samples", samples) //$NON-NLS-1$
                .number("z", estimate.z()) //$NON-NLS-1$
                .end();
    }

    /** The mass of the stratum that attracts most data first; every mass is a sampled estimate. */
    @Override
    public List<ResultFigure> figures() {
        List<ResultFigure> figures = new ArrayList<>();
        estimate.strata().stream().max(Comparator.comparingDouble(s -> s.mass().estimate()))
                .ifPresent(top -> figures.add(ResultFigure.of("mostMass", "Stratum with the most mass", //$NON-NLS-1$ //$NON-NLS-2$
                        top.stratum().label(), Evidence.NUMERICAL)));
        for (StratumMass stratum : estimate.strata()) {
            figures.add(ResultFigure.of("mass:" + stratum.stratum().label(), "Mass of " + stratum.stratum().label(), //$NON-NLS-1$ //$NON-NLS-2$
                    stratum.mass().estimate(), Evidence.NUMERICAL));
        }
        figures.add(ResultFigure.info("samples", "Data points", (long) estimate.samples().size())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("distribution", "Distribution", distribution)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return figures;
    }

    /** The strata with their counts and Wilson intervals. */
    @Override
    public List<ResultTable> tables() {
        List<List<Object>> rows = new ArrayList<>();
        for (StratumMass stratum : estimate.strata()) {
            ProportionInterval mass = stratum.mass();
            rows.add(List.<Object>of(stratum.stratum().label(), (long) mass.successes(), mass.estimate(), mass.low(),
                    mass.high()));
        }
        return List.of(new ResultTable("strata", "Voronoi mass per stratum", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("stratum", "data points", "mass", "low", "high"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /**
     * For data in the plane the Voronoi regions, for data in 3-space a slice of them; in every
     * dimension the masses with their intervals.
     */
    @Override
    public List<ResultChart> charts() {
        return BiasPictures.charts(estimate, outline, slice);
    }

    /**
     * For data in the plane the Voronoi regions with M drawn in them; in every dimension the masses
     * with their intervals.
     *
     * @deprecated use {@link #charts()}
     */
    @Deprecated(forRemoval = true)
    @Override
    public List<ResultPicture> pictures() {
        return BiasPictures.of(estimate, outline, slice);
    }
}
