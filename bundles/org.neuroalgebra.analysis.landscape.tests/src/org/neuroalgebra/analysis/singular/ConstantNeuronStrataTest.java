// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Constant-neuron strata: with σ(0) ≠ 0 a neuron with zero incoming weights emits σ(0) through its
 * free outgoing weights, a stratum between M and the removed neuron.
 */
class ConstantNeuronStrataTest {

    private static final String MODEL = """
            architecture constant_neuron {
              input 1
              dense 1 bias=false
              activation x^2 + 1
              dense 1 bias=false
            }
            analysis strata {
              singular of constant_neuron seed 4
            }
            """;

    /**
     * σ = x² + 1, widths (1, 1, 1), no bias: f = a(w²x² + 1), M = {(aw², 0, a)}, dimension 2. With w =
     * 0 the neuron is constant, f = a: the ray {(0, 0, a)} of dimension 1; removed (w = a = 0) it
     * leaves f = 0, dimension 0. The analysis lists all three.
     */
    @Test
    void constantNeuronIsARayOfDimensionOne() throws Exception {
        JsonObject json = new SingularAnalysis(ModelText.solvers()).run(ModelText.request(MODEL, "strata"), //$NON-NLS-1$
                ProgressMonitor.NULL).toJson();
        JsonArray strata = json.getAsJsonArray("strata"); //$NON-NLS-1$
        assertEquals(3, strata.size());
        assertStratum(strata.get(0).getAsJsonObject(), List.of(), List.of(), 2);
        assertStratum(strata.get(1).getAsJsonObject(), List.of("h1[1]"), List.of(), 0); //$NON-NLS-1$
        assertStratum(strata.get(2).getAsJsonObject(), List.of(), List.of("h1[1]"), 1); //$NON-NLS-1$
        assertEquals(1, strata.get(2).getAsJsonObject().get("codimension").getAsInt()); //$NON-NLS-1$
    }

    /**
     * σ = x² + 1, widths (1, 1, 1, 1), no bias, θ = (w, v, a): f = a·σ(v·σ(wx)) = P w⁴x⁴ + 2P w²x² +
     * (P + a) with P = av². In the coordinates (P, s = w², a) the map to (x⁴, x², 1) has Jacobian
     * determinant −2Ps² ≠ 0: dim M = 3. Constant h1[1] (w = 0): f = a(v² + 1), dimension 1. Removed
     * h1[1] (w = v = 0): h2[1] receives 0 and emits σ(0) = 1, f = a, dimension 1. Constant h2[1] (v =
     * 0): f = a, dimension 1; removed (v = a = 0): f = 0, dimension 0. Every pair zeroes w and v,
     * leaving f = a or, when h2[1] is removed, f = 0.
     */
    @Test
    void constantNeuronFeedsTheNextLayer() throws Exception {
        MlpParametrization mlp = MlpParametrization.create(new int[] { 1, 1, 1, 1 },
                new boolean[] { false, false, false }, PolynomialParser.parse("x^2 + 1", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Integer> dimensions = new HashMap<>();
        for (SparseStratum stratum : SparseStrata.of(mlp, 9)) {
            dimensions.put(stratum.describe(), stratum.dimension());
        }
        Map<String, Integer> expected = Map.of("M", 3, //$NON-NLS-1$
                "without [h1[1]]", 1, "h1[1] constant σ(0)", 1, //$NON-NLS-1$ //$NON-NLS-2$
                "without [h2[1]]", 0, "h2[1] constant σ(0)", 1, //$NON-NLS-1$ //$NON-NLS-2$
                "without [h1[1], h2[1]]", 0, //$NON-NLS-1$
                "without [h1[1]], h2[1] constant σ(0)", 1, "without [h2[1]], h1[1] constant σ(0)", 0, //$NON-NLS-1$ //$NON-NLS-2$
                "h1[1], h2[1] constant σ(0)", 1); //$NON-NLS-1$
        assertEquals(expected, dimensions);
    }

    /** σ(0) = 0: a neuron with zero incoming weights emits 0, which is the removed neuron; none listed. */
    @Test
    void squareActivationHasNoConstantStrata() throws Exception {
        MlpParametrization square = MlpParametrization.create(new int[] { 2, 2, 1 }, new boolean[] { false, false },
                PolynomialParser.parse("x^2", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        List<SparseStratum> strata = SparseStrata.of(square, 3);
        assertEquals(4, strata.size());
        assertTrue(strata.stream().allMatch(stratum -> stratum.constantNeurons().isEmpty()));
    }

    /** 3⁸ = 6561 strata for eight neurons with σ(0) ≠ 0 are too many; 2⁸ with σ(0) = 0 are not. */
    @Test
    void tooManyConstantStrataAreRefused() throws Exception {
        boolean[] noBias = { false, false };
        int[] widths = { 1, 8, 1 };
        MlpParametrization shifted = MlpParametrization.create(widths, noBias,
                PolynomialParser.parse("x^2 + 1", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class, () -> SparseStrata.of(shifted, 1));
        MlpParametrization square = MlpParametrization.create(widths, noBias,
                PolynomialParser.parse("x^2", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(256, SparseStrata.of(square, 1).size());
    }

    private static void assertStratum(JsonObject stratum, List<String> removed, List<String> constant, int dimension) {
        assertEquals(removed, names(stratum.getAsJsonArray("zeroNeurons"))); //$NON-NLS-1$
        assertEquals(constant, names(stratum.getAsJsonArray("constantNeurons"))); //$NON-NLS-1$
        assertEquals(dimension, stratum.get("dimension").getAsInt()); //$NON-NLS-1$
    }

    private static List<String> names(JsonArray array) {
        return array.asList().stream().map(element -> element.getAsString()).toList();
    }
}
