// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.PolynomialParser;

class DimensionComputationTest {

    private static final long SEED = 20261127L;

    private static MlpParametrization mlp(String activation, String bias, String widths) throws Exception {
        int[] w = Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray();
        boolean[] b = new boolean[w.length - 1];
        for (int i = 0; i < b.length; i++) {
            b[i] = bias.charAt(i) == '1';
        }
        return MlpParametrization.create(w, b, PolynomialParser.parse(activation, List.of("x")));
    }

    @ParameterizedTest(name = "σ = {0}, {2}: dim {3} of {4}, expected {5}")
    @CsvSource(delimiter = ';', value = {
            // docs/MATHEMATICS.md §3: the talk's square MLP fills R[x,y]_2
            "x^2; 00; 2,2,1; 3; 3; 3",
            // σ = x³, (2,2,1): dim 4 = dim V (binary cubics)
            "x^3; 00; 2,2,1; 4; 4; 4",
            // linear networks: r(m + n − r) with r = min d_i (docs/MATHEMATICS.md §1.2)
            "x; 00; 3,2,3; 8; 9; 8",
            "x; 00; 2,1,2; 3; 4; 3",
            // Dao–Rodriguez evidence for σ = x², d_0 = 2, d_L = 1
            "x^2; 000; 2,2,2,1; 5; 5; 5",
            "x^2; 0000; 2,3,3,2,1; 9; 9; 9",
            "x^2; 0000; 2,2,3,4,1; 7; 9; 9",
            "x^2; 000; 2,2,1,1; 3; 5; 4",
            // biases everywhere with σ = (x + 1)² − 1 (scalings via the biases): fills the 10
            // coefficients of quadrics in 3 variables
            "1/2*x^2 + x; 11; 3,4,1; 10; 10; 10",
            // σ = x² with a bias on the first layer only: v₁ℓ₁² + v₂ℓ₂² with affine ℓ_j is a
            // ternary quadratic form of rank ≤ 2 after homogenizing: det = 0, dimension 5
            "x^2; 10; 2,2,1; 5; 6; 6",
            // the same phenomenon without biases: ternary quadratic forms of rank ≤ 2
            "x^2; 00; 3,2,1; 5; 6; 6" })
    void certifiedValuesFromTheLiterature(String activation, String bias, String widths, int dimension, int ambient,
            int expected) throws Exception {
        DimensionResult r = DimensionComputation.compute(mlp(activation, bias, widths), SEED, ProgressMonitor.NULL);
        assertTrue(r.certified(), r.notes().toString());
        assertEquals(dimension, r.dimension());
        assertEquals(dimension, r.lowerBound());
        assertEquals(dimension, r.upperBound());
        assertEquals(dimension, r.numericalRank(), "floating point agrees with the exact rank");
        assertEquals(ambient, r.ambientDimension());
        assertEquals(expected, r.expectedDimension());
        assertEquals(dimension == ambient, r.filling());
        assertEquals(dimension < expected, r.defective());
        assertEquals(r.parameterDimension() - dimension, r.genericFiberDimension());
        for (PrimeRank rank : r.primeRanks()) {
            assertEquals(dimension, rank.rank(), "rank mod " + rank.prime());
        }
    }

    @Test
    void talkExampleIsNotIdentifiable() throws Exception {
        // docs/MATHEMATICS.md §4: σ = x², (2,2,1): the fibre has dimension 3 (two scalings and a rotation)
        DimensionResult r = DimensionComputation.compute(mlp("x^2", "00", "2,2,1"), SEED, ProgressMonitor.NULL);
        assertEquals(3, r.genericFiberDimension());
        assertEquals(SEED, r.seed());
        assertEquals(List.of(DimensionComputation.PRIMES[0], DimensionComputation.PRIMES[1]),
                r.primeRanks().stream().map(PrimeRank::prime).toList());
        double[] s = r.singularValues();
        assertEquals(3, s.length);
        assertTrue(s[0] >= s[1] && s[1] >= s[2] && s[2] > 0);
    }

    /**
     * Real architectures where the proven bounds do not meet, so the answer must
     * be marked numerical. The true values are known by hand:
     * <ul>
     * <li>σ = x⁴ + x, (2,3,1), biases: f = Σ v_j ℓ_j⁴ + (Σ v_j ℓ_j + b) with affine
     * ℓ_j. The first sum is a sum of three fourth powers of affine forms
     * (v ℓ⁴ = (v^{1/4} ℓ)⁴), at most 3·3 = 9 dimensions; the second is an affine
     * function, 3 dimensions. So dim M ≤ 12, while the derivable bound is
     * dim Θ = 13 (σ is no shifted power, so no symmetry is claimed); the mod-p
     * rank proves dim M ≥ 12, hence dim M = 12.</li>
     * <li>σ = x² + x, (3,2,1), no bias: f = Q + ℓ with Q = Wᵀ diag(v) W a
     * ternary quadratic form of rank ≤ 2 (5 dimensions) and ℓ = Wᵀ v a linear
     * form in the row space of W, which is the 2-dimensional column space of Q.
     * So dim M ≤ 7, while σ = (x + 1/2)² − 1/4 has no scaling symmetry without
     * biases and the derivable bound is 8; the mod-p rank proves dim M ≥ 7.</li>
     * </ul>
     */
    @ParameterizedTest(name = "σ = {0}, bias {1}, {2}: {4} ≤ dim ≤ {5}, truly {3}")
    @CsvSource(delimiter = ';', value = { "x^4 + x; 11; 2,3,1; 12; 12; 13", "x^2 + x; 00; 3,2,1; 7; 7; 8" })
    void uncertifiedWhenTheBoundsDoNotMeet(String activation, String bias, String widths, int truth, int lower,
            int upper) throws Exception {
        DimensionResult r = DimensionComputation.compute(mlp(activation, bias, widths), SEED, ProgressMonitor.NULL);
        assertFalse(r.certified());
        assertEquals(lower, r.lowerBound());
        assertEquals(upper, r.upperBound());
        assertEquals(truth, r.dimension());
        assertEquals(truth, r.numericalRank());
        assertTrue(r.gapRatio() > 1e6, "gap " + r.gapRatio());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("numerical")), r.notes().toString());
    }

    @Test
    void differentSeedsGiveTheSameCertifiedAnswer() throws Exception {
        MlpParametrization p = mlp("x^2", "0000", "2,2,3,4,1");
        for (long seed = 1; seed <= 3; seed++) {
            DimensionResult r = DimensionComputation.compute(p, seed, ProgressMonitor.NULL);
            assertEquals(7, r.dimension());
            assertTrue(r.certified());
            assertEquals(seed, r.seed());
        }
    }

    @Test
    void reportsProgressAndStopsWhenCanceled() throws Exception {
        MlpParametrization p = mlp("x^2", "00", "2,2,1");
        int[] worked = new int[1];
        int[] total = new int[1];
        DimensionComputation.compute(p, SEED, new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                total[0] = totalWork;
            }

            @Override
            public void worked(int units) {
                worked[0] += units;
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        });
        assertEquals(total[0], worked[0]);
        assertTrue(total[0] > 0);
        ProgressMonitor canceled = ProgressMonitor.cancellationOf(() -> true);
        assertThrows(CancellationException.class, () -> DimensionComputation.compute(p, SEED, canceled));
    }
}
