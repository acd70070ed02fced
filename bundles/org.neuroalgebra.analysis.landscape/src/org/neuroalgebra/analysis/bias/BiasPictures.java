// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * The pictures of a bias estimate. In the plane the Voronoi regions show themselves: the data
 * points coloured by the stratum of their nearest point (one layer per stratum, in {@link Stratum}
 * order even when empty, so that a stratum keeps its colour from run to run), the nearest points
 * found, which trace the part of M that attracts data, and M itself where it can be drawn (a plane
 * curve as a line), last so that the layers before keep their places. In 3-space the same for the
 * data near a plane section ({@link Slice}), with M's section drawn in it. In any dimension: the mass
 * of each stratum as a bar with its Wilson interval.
 */
final class BiasPictures {

    private BiasPictures() {
    }

    static List<ResultPicture> of(VoronoiMassEstimator.Estimate estimate) {
        return of(estimate, List.of(), null);
    }

    /**
     * @param outline
     *            M drawn in the plane ({@link NearestPointProblem#outline(Box)}), or empty
     * @param slice
     *            the plane section for data in 3-space ({@link NearestPointProblem#slice(Box)}), or null
     */
    static List<ResultPicture> of(VoronoiMassEstimator.Estimate estimate, List<PictureLayer> outline, Slice slice) {
        List<ResultPicture> pictures = new ArrayList<>();
        if (!estimate.samples().isEmpty() && estimate.samples().get(0).length == 2) {
            pictures.add(voronoiRegions(estimate, outline));
        } else if (slice != null) {
            pictures.add(sliceRegions(estimate, slice));
        }
        pictures.add(masses(estimate));
        return pictures;
    }

    /**
     * The same pictures as charts: the Voronoi regions on two linear axes, the masses on a
     * categorical axis of strata.
     */
    static List<ResultChart> charts(VoronoiMassEstimator.Estimate estimate, List<PictureLayer> outline, Slice slice) {
        List<ResultChart> charts = new ArrayList<>();
        if (!estimate.samples().isEmpty() && estimate.samples().get(0).length == 2) {
            ResultPicture regions = voronoiRegions(estimate, outline);
            charts.add(new ResultChart("voronoiRegions", regions.title(), Axis.linear("u₁"), Axis.linear("u₂"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    regions.layers(), List.of()));
        } else if (slice != null) {
            ResultPicture regions = sliceRegions(estimate, slice);
            charts.add(new ResultChart("voronoiSlice", regions.title(), Axis.linear(regions.xLabel()), //$NON-NLS-1$
                    Axis.linear(regions.yLabel()), regions.layers(), List.of()));
        }
        ResultPicture masses = masses(estimate);
        charts.add(new ResultChart("strataMass", masses.title(), Axis.categorical("stratum", masses.categories()), //$NON-NLS-1$ //$NON-NLS-2$
                Axis.linear("Voronoi mass"), masses.layers(), List.of())); //$NON-NLS-1$
        return charts;
    }

    static ResultPicture voronoiRegions(VoronoiMassEstimator.Estimate estimate, List<PictureLayer> outline) {
        List<PictureLayer> layers = regionLayers(estimate, u -> true, u -> u);
        List<double[]> nearest = estimate.minimizers().stream().map(Nearest::point).toList();
        layers.add(PictureLayer.points("nearest points on M", coordinate(nearest, 0), coordinate(nearest, 1))); //$NON-NLS-1$
        layers.addAll(outline);
        return ResultPicture.plane("Voronoi regions: data by the stratum of its nearest point", "u₁", "u₂", layers); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Data in 3-space near a plane section, projected onto it and coloured by the stratum of their
     * nearest point, with M's section (and its singular points) drawn in the plane.
     */
    static ResultPicture sliceRegions(VoronoiMassEstimator.Estimate estimate, Slice slice) {
        List<PictureLayer> layers = regionLayers(estimate, slice::holds, slice::project);
        layers.addAll(slice.outline());
        return ResultPicture.plane("Voronoi regions in the slice " + slice.describe(), //$NON-NLS-1$
                slice.names().get(slice.axis(0)), slice.names().get(slice.axis(1)), layers);
    }

    /** @return one layer of shown data per stratum, in {@link Stratum} order, each point mapped to the plane */
    private static List<PictureLayer> regionLayers(VoronoiMassEstimator.Estimate estimate, Predicate<double[]> shown,
            UnaryOperator<double[]> plane) {
        List<PictureLayer> layers = new ArrayList<>();
        for (Stratum stratum : Stratum.values()) {
            List<double[]> points = new ArrayList<>();
            for (int k = 0; k < estimate.samples().size(); k++) {
                if (estimate.minimizers().get(k).stratum() == stratum && shown.test(estimate.samples().get(k))) {
                    points.add(plane.apply(estimate.samples().get(k)));
                }
            }
            layers.add(PictureLayer.points("data nearest to " + stratum.label() + " (" + points.size() + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    coordinate(points, 0), coordinate(points, 1)));
        }
        return layers;
    }

    static ResultPicture masses(VoronoiMassEstimator.Estimate estimate) {
        List<StratumMass> strata = estimate.strata();
        double[] x = new double[strata.size()];
        double[] mass = new double[strata.size()];
        double[] low = new double[strata.size()];
        double[] high = new double[strata.size()];
        List<String> categories = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            ProportionInterval interval = strata.get(s).mass();
            x[s] = s;
            mass[s] = interval.estimate();
            low[s] = interval.low();
            high[s] = interval.high();
            categories.add(strata.get(s).stratum().label());
        }
        String name = String.format(Locale.ROOT, "mass (n = %d, Wilson z = %.3g)", //$NON-NLS-1$
                estimate.samples().size(), estimate.z());
        return ResultPicture.categorical("Voronoi mass per stratum", "stratum", "mass", categories, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of(PictureLayer.bars(name, x, mass, low, high)));
    }

    private static double[] coordinate(List<double[]> points, int index) {
        return points.stream().mapToDouble(point -> point[index]).toArray();
    }
}
