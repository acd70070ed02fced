// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

/**
 * Multi-head and stacked lightning self-attention from the model language (docs/MATHEMATICS.md
 * §1.5): the proven lower bound (a Jacobian rank modulo p) meets the upper bound from the
 * symmetries, and the value is the one derived by hand.
 */
class AttentionArchitecturesTest {

    private static DimensionResult dimension(String layers) throws Exception {
        String text = "architecture n {\n" + layers.replace(';', '\n') + "\n}\nanalysis dim {\n  dimension of n seed 5\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return ((DimensionAnalysisResult) new DimensionAnalysis().run(ModelText.request(text, "dim"), //$NON-NLS-1$
                ProgressMonitor.NULL)).result();
    }

    /**
     * One head of size (d, a, out) has dimension out·d + a(2d − a) − 1 (V and KᵀQ of rank ≤ a, up
     * to the scaling between them), so H heads at most H times that; with a = d the heads mix
     * (GL(H)) and the bound is H(out·d + d² − H), the rank-H matrices Σ V_h ⊗ K_hᵀQ_h. t = 2 tokens.
     */
    @ParameterizedTest(name = "{0}: dim M = {1}")
    @CsvSource(delimiter = '|', value = {
            // 2 · (4 + 3 − 1)
            "attention d=2 t=2 a=1 heads=2| 12",
            // a = d: 2 · (4 + 4 − 2)
            "attention d=2 t=2 a=2 heads=2| 12",
            // 2 · (9 + 5 − 1)
            "attention d=3 t=2 a=1 heads=2| 26",
            // 2 · (9 + 8 − 1)
            "attention d=3 t=2 a=2 heads=2| 32" })
    void multiHeadAttention(String layer, int expected) throws Exception {
        DimensionResult r = dimension(layer);
        assertTrue(r.certified(), r.notes().toString());
        assertEquals(expected, r.dimension());
    }

    /**
     * Stacks: dim Θ minus the symmetries, which are GL(a) and a scaling per head and GL(rows) on the
     * signal between layers. (2,1,2) then (2,1,2): 16 − (2 + 2 + 4) = 8. (2,2,2) twice: 24 − (5 + 5
     * + 4) = 10. (2,1,1) then (1,1,1): 9 − (2 + 2 + 1) = 4.
     */
    @ParameterizedTest(name = "{0}: dim M = {1}")
    @CsvSource(delimiter = '|', value = {
            "attention d=2 t=2 a=1 out=2;attention d=2 t=2 a=1 out=2| 8",
            "attention d=2 t=2 a=2 out=2;attention d=2 t=2 a=2 out=2| 10",
            "attention d=2 t=2 a=1 out=1;attention d=1 t=2 a=1 out=1| 4" })
    void stackedAttention(String layers, int expected) throws Exception {
        DimensionResult r = dimension(layers);
        assertTrue(r.certified(), r.notes().toString());
        assertEquals(expected, r.dimension());
    }
}
