// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.singular.Stratum;

/** The pictures of a bias estimate: Voronoi regions in the plane, masses with intervals everywhere. */
class BiasPicturesTest {

    private static final int SAMPLES = 300;

    /**
     * The upper half circle in [−2, 2] × [−1, 3] (see {@link VoronoiMassEstimatorTest}): the data
     * below the x axis are nearest to the endpoints, the others to u/|u|, a smooth point.
     */
    @Test
    void planeDataAreColouredByTheStratumOfTheirNearestPoint() {
        CurveArc halfCircle = new CurveArc(t -> new double[] { Math.cos(t), Math.sin(t) }, 0, Math.PI, true, List.of());
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(halfCircle,
                new Box(new double[] { -2, -1 }, new double[] { 2, 3 }), SAMPLES, 3, ProportionInterval.Z_99,
                ProgressMonitor.NULL);
        List<ResultPicture> pictures = BiasPictures.of(estimate);
        assertEquals(2, pictures.size(), "Voronoi regions and masses"); //$NON-NLS-1$
        ResultPicture regions = pictures.get(0);
        assertEquals(Stratum.values().length + 1, regions.layers().size(), "one layer per stratum and the nearest points"); //$NON-NLS-1$
        PictureLayer smooth = regions.layers().get(Stratum.SMOOTH.ordinal());
        PictureLayer boundary = regions.layers().get(Stratum.BOUNDARY.ordinal());
        assertEquals(SAMPLES, smooth.size() + boundary.size());
        assertEquals(estimate.mass(Stratum.BOUNDARY).successes(), boundary.size());
        assertTrue(boundary.size() > 0 && smooth.size() > 0);
        for (int i = 0; i < smooth.size(); i++) {
            assertTrue(smooth.y()[i] >= 0, "above the axis: nearest to a smooth point"); //$NON-NLS-1$
        }
        for (int i = 0; i < boundary.size(); i++) {
            assertTrue(boundary.y()[i] < 0, "below the axis: nearest to an endpoint"); //$NON-NLS-1$
        }
        assertEquals(0, regions.layers().get(Stratum.SINGULAR.ordinal()).size());
        PictureLayer nearest = regions.layers().get(Stratum.values().length);
        assertEquals(PictureLayer.Kind.POINTS, nearest.kind());
        for (int i = 0; i < nearest.size(); i++) {
            double radius = Math.hypot(nearest.x()[i], nearest.y()[i]);
            assertEquals(1, radius, 1e-9, "the nearest points lie on the circle"); //$NON-NLS-1$
            assertTrue(nearest.y()[i] >= -1e-12);
        }
    }

    /**
     * A segment of the first axis in R³, t ↦ (t, 0, 0) for t ∈ [−1, 1], with u uniform in [−2, 2]³: u
     * is nearest to an end exactly when |u₁| > 1, so both the boundary and the smooth part have mass
     * 1/2. In three dimensions the picture is the bar chart of the masses.
     */
    @Test
    void higherDimensionsGetTheMassesWithTheirWilsonIntervals() {
        CurveArc segment = new CurveArc(t -> new double[] { t, 0, 0 }, -1, 1, true, List.of());
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(segment, Box.cube(3, 2), 200, 9,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        List<ResultPicture> pictures = BiasPictures.of(estimate);
        assertEquals(1, pictures.size());
        ResultPicture masses = pictures.get(0);
        assertEquals(List.of("smooth", "boundary", "singular", "sparse-subnetwork"), masses.categories()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        PictureLayer bars = masses.layers().get(0);
        assertEquals(PictureLayer.Kind.BARS, bars.kind());
        assertArrayEquals(new double[] { 0, 1, 2, 3 }, bars.x());
        for (Stratum stratum : Stratum.values()) {
            ProportionInterval mass = estimate.mass(stratum);
            assertEquals(mass.estimate(), bars.y()[stratum.ordinal()]);
            assertEquals(mass.low(), bars.low()[stratum.ordinal()]);
            assertEquals(mass.high(), bars.high()[stratum.ordinal()]);
        }
        assertEquals(1, bars.y()[0] + bars.y()[1], 1e-12, "every sample is smooth or boundary"); //$NON-NLS-1$
        assertTrue(bars.low()[1] < 0.5 && 0.5 < bars.high()[1], "the ends attract mass 1/2: " + bars.y()[1]); //$NON-NLS-1$
    }

    /**
     * One linear neuron f = ax + by: M is all of V = R², so every data point is its own nearest
     * point, a smooth one. The analysis publishes its estimate after every twentieth of the
     * samples (here every sample) and ends with the Voronoi picture of all of them.
     */
    @Test
    void theAnalysisPublishesGrowingEstimatesAndPicturesThePlane() throws Exception {
        String model = """
                architecture neuron {
                  input 2
                  dense 1 bias=false
                }
                analysis plane {
                  bias of neuron samples=10 starts=2 steps=300 seed 4
                }
                """;
        List<AnalysisResult> partials = new ArrayList<>();
        BiasAnalysisResult result = (BiasAnalysisResult) new BiasAnalysis()
                .run(ModelText.request(model, "plane"), ProgressMonitor.NULL, partials::add); //$NON-NLS-1$
        assertEquals(10, partials.size());
        for (int i = 0; i < partials.size(); i++) {
            assertEquals(i + 1, ((BiasAnalysisResult) partials.get(i)).estimate().samples().size());
        }
        ResultPicture regions = result.pictures().get(0);
        PictureLayer smooth = regions.layers().get(Stratum.SMOOTH.ordinal());
        PictureLayer nearest = regions.layers().get(Stratum.values().length);
        assertEquals(10, smooth.size(), "every point is nearest to itself, a smooth point"); //$NON-NLS-1$
        for (int k = 0; k < 10; k++) {
            assertEquals(smooth.x()[k], nearest.x()[k], 1e-3);
            assertEquals(smooth.y()[k], nearest.y()[k], 1e-3);
        }
    }
}
