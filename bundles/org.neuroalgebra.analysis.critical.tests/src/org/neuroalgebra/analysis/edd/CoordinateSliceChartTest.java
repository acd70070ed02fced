// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.CoordinateSliceChart;
import org.neuroalgebra.analysis.internal.GaugeChart;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.model.Architecture;

/**
 * The parametric chart of several heads, a &gt; d, stacks and channels (docs/MATHEMATICS.md §6.9):
 * its number of unknowns must be dim M, certified: the chart's Jacobian rank at a random point
 * modulo p is a lower bound of dim M (the chart maps into M), and dim Θ minus the rank of the
 * symmetry vector fields (§1.5–1.6) an upper bound; where both meet, the chart has exactly dim M
 * unknowns and finite generic fibres. The fixed parameters show which group each one fixes.
 */
class CoordinateSliceChartTest {

    private static final long SEED = 5;

    private static final String MODEL = """
            architecture heads {
              attention d=2 t=2 a=1 heads=2
            }

            architecture filling_heads {
              attention d=2 t=2 a=1 out=1 heads=2
            }

            architecture mixed_heads {
              attention d=2 t=2 a=2 out=1 heads=2
            }

            architecture wide {
              attention d=2 t=2 a=3 out=1
            }

            architecture stack {
              attention d=2 t=2 a=1 out=2
              attention d=2 t=2 a=1 out=2
            }

            architecture channels {
              input 9
              conv kernel=3 stride=3 bias=false channels=2
              conv kernel=3 stride=1 bias=false
            }

            analysis heads_edd {
              edd of heads
            }

            analysis filling_heads_edd {
              edd of filling_heads
            }

            analysis mixed_heads_edd {
              edd of mixed_heads
            }

            analysis wide_edd {
              edd of wide
            }

            analysis stack_edd {
              edd of stack
            }

            analysis channels_edd {
              edd of channels
            }
            """;

    private static Parametrization parametrization(String analysis) throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, analysis);
        return ArchitectureParametrizations.of((Architecture) request.subject(), request.monomialLimit());
    }

    /** @return the chart, after checking that its generic fibres are finite (its Jacobian has full rank) */
    private static CoordinateSliceChart chart(Parametrization parametrization) {
        CoordinateSliceChart chart = assertInstanceOf(CoordinateSliceChart.class, GaugeChart.of(parametrization, SEED));
        assertEquals(0, chart.remainingFiberDimension(SEED + 1), chart.description());
        assertEquals(parametrization.parameterCount(), chart.unknownNames().size() + chart.fixedParameters().size());
        return chart;
    }

    /**
     * Asserts that dim Θ minus the symmetries' orbit dimension, a proven upper bound of dim M, is the
     * chart's number of unknowns, a lower bound, and which parameters the chart fixes.
     */
    private static void assertDimensionAndFixed(String analysis, int dimension, List<String> fixed) throws Exception {
        Parametrization parametrization = parametrization(analysis);
        CoordinateSliceChart chart = chart(parametrization);
        assertEquals(dimension, parametrization.parameterCount() - parametrization.symmetryBound().dimension());
        assertEquals(dimension, chart.unknownNames().size());
        if (fixed != null) {
            assertEquals(fixed, chart.fixedParameters());
        }
    }

    /**
     * Two heads, d = t = 2, a = 1, out = 2: 16 parameters, per head GL(1) on (K, Q) and the
     * scaling, so dim M ≤ 12 (docs/MATHEMATICS.md §1.5), attained. The slice fixes exactly one
     * entry of K and one of V per head.
     */
    @Test
    void severalHeadsFixOneEntryOfKAndOfVPerHead() throws Exception {
        assertDimensionAndFixed("heads_edd", 12, List.of("V1[1,1]", "K1[1,1]", "V2[1,1]", "K2[1,1]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /**
     * Two stacked layers, d = t = 2, a = 1, out = 2 (docs/MATHEMATICS.md §1.5): 16 parameters, 8
     * symmetries (GL(1) and the scaling in each layer's head, GL(2) on the signal between the
     * layers), dim M = 8. The GL(2) is fixed on the whole V of layer 1, the block it acts on first.
     */
    @Test
    void stackedLayersFixTheSignalsGlOnTheFirstLayersV() throws Exception {
        assertDimensionAndFixed("stack_edd", 8, List.of("L1:V[1,1]", "L1:V[1,2]", "L1:V[2,1]", "L1:V[2,2]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "L1:K[1,1]", "L1:Q[1,1]", "L2:V[1,1]", "L2:K[1,1]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Stride 3, kernels (3, 3) on length 9 with 2 channels: the 3 × 3 matrices W₂ᵀW₁ of rank ≤ 2,
     * dim 8 = 12 − 4 (GL(2) between the channels). The slice fixes a 2 × 2 block of W₁.
     */
    @Test
    void channelsFixTheirGlOnABlockOfTheFirstFilters() throws Exception {
        assertDimensionAndFixed("channels_edd", 8, List.of("w1[1,1,1]", "w1[1,1,2]", "w1[2,1,1]", "w1[2,1,2]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /**
     * One head with a = 3 &gt; d = 2, out = 1: KᵀQ is any 2 × 2 matrix, so M is the quartic of
     * docs/MATHEMATICS.md §6.6, dim 5 = 2 + 4 − 1; the symmetry bound 14 − (2ad − d² + 1) = 5. The
     * slice fixes one entry of V, all of K and one row of Q.
     */
    @Test
    void moreKeyRowsThanEmbeddingFixAllOfK() throws Exception {
        assertDimensionAndFixed("wide_edd", 5, List.of("V[1,1]", "K[1,1]", "K[1,2]", "K[2,1]", "K[2,2]", "K[3,1]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "K[3,2]", "Q[2,1]", "Q[2,2]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Two heads with out = 1, d = t = 2 fill the 6-dimensional span of one head's quadric pairs
     * (docs/MATHEMATICS.md §6.6: each a = 1 head is a rank-one 3 × 2 matrix there, two give all;
     * with a = 2 = d two quartic points give all as well), so dim M = 6 although the groups leave
     * the bound 8: the slice fixes the 2 unexplained fibre directions too, and the chart still has
     * exactly 6 unknowns with a Jacobian of rank 6 (6 ≤ dim M ≤ the span's dimension, 6).
     */
    @Test
    void headsFillingTheirSpanAreFixedBeyondTheirGroups() throws Exception {
        for (String analysis : List.of("filling_heads_edd", "mixed_heads_edd")) { //$NON-NLS-1$ //$NON-NLS-2$
            Parametrization heads = parametrization(analysis);
            CoordinateSliceChart chart = chart(heads);
            assertEquals(8, heads.parameterCount() - heads.symmetryBound().dimension(), analysis);
            assertEquals(6, LinearSpanChart.of(heads, SEED).dimension(), analysis);
            assertEquals(6, chart.unknownNames().size(), analysis);
        }
    }
}
