// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionLayerSpec;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.PointEvaluation;
import org.neuroalgebra.algebra.param.SymmetryBound;
import org.neuroalgebra.algebra.param.UpperBound;
import org.neuroalgebra.algebra.poly.PolynomialParser;

/**
 * The rank of E·J (the network evaluated at points, never expanded) and the rank of J (the
 * Jacobian of the expanded coefficients) are two independent computations of the same lower
 * bound; and large architectures whose dimension is known by hand.
 */
class DimensionRoutesTest {

    private static final long SEED = 20261207L;
    private static final BigInteger LIMIT = BigInteger.valueOf(1_000_000);

    private static MlpParametrization mlp(String activation, String bias, String widths) throws Exception {
        int[] w = Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray(); //$NON-NLS-1$
        boolean[] b = new boolean[w.length - 1];
        for (int i = 0; i < b.length; i++) {
            b[i] = bias.charAt(i) == '1';
        }
        return MlpParametrization.create(w, b, PolynomialParser.parse(activation, List.of("x"))); //$NON-NLS-1$
    }

    static Stream<Arguments> architectures() throws Exception {
        return Stream.of(Arguments.of(mlp("x^2", "00", "2,2,1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(mlp("x^4 + x", "11", "2,3,1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(mlp("x^2 + x", "00", "3,2,1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(mlp("x^2", "000", "2,2,1,1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(mlp("x", "00", "3,2,3")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(mlp("x^3", "000", "3,3,2,2")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                // dim V · dim Θ = 820 · 164 > 65536: the floating-point Jacobian at points as well
                Arguments.of(mlp("x^2", "00", "40,4,1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arguments.of(ConvolutionParametrization.create(5,
                        List.of(new ConvolutionLayerSpec(2, 1, true, PolynomialParser.parse("x^2", List.of("x"))), //$NON-NLS-1$ //$NON-NLS-2$
                                new ConvolutionLayerSpec(2, 2, false, null)),
                        LIMIT)),
                // two channels, a bias and σ = x² in between
                Arguments.of(ConvolutionParametrization.create(5,
                        List.of(new ConvolutionLayerSpec(2, 1, true, PolynomialParser.parse("x^2", List.of("x")), 2), //$NON-NLS-1$ //$NON-NLS-2$
                                new ConvolutionLayerSpec(2, 1, false, null, 2)),
                        LIMIT)),
                Arguments.of(AttentionParametrization.create(2, 2, 1, 2, 2, LIMIT)),
                Arguments.of(AttentionParametrization.create(2, 2, 2, 1, LIMIT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("architectures")
    void pointsAndExpansionGiveTheSameRanks(Parametrization map) {
        assertInstanceOf(PointEvaluation.class, map);
        DimensionResult atPoints = DimensionComputation.compute(map, SEED, ProgressMonitor.NULL);
        DimensionResult expanded = DimensionComputation.compute(new ExpandedOnly(map), SEED, ProgressMonitor.NULL);
        assertTrue(atPoints.method().contains("f_θ(x_"), atPoints.method()); //$NON-NLS-1$
        assertFalse(expanded.method().contains("f_θ(x_"), expanded.method()); //$NON-NLS-1$
        assertEquals(expanded.primeRanks(), atPoints.primeRanks());
        assertEquals(expanded.lowerBound(), atPoints.lowerBound());
        assertEquals(expanded.upperBound(), atPoints.upperBound());
        assertEquals(expanded.certified(), atPoints.certified());
        assertEquals(expanded.dimension(), atPoints.dimension());
        assertEquals(atPoints.lowerBound(), atPoints.numericalRank(), "floating point agrees with the exact rank"); //$NON-NLS-1$
    }

    @Test
    void oneThreadOrTwoGiveTheSameResult() throws Exception {
        MlpParametrization map = mlp("x^2", "000", "6,10,10,1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        DimensionResult one = DimensionComputation.compute(map, SEED, ProgressMonitor.NULL, 1);
        DimensionResult two = DimensionComputation.compute(map, SEED, ProgressMonitor.NULL, 2);
        assertEquals(one.primeRanks(), two.primeRanks());
        assertEquals(one.dimension(), two.dimension());
        assertTrue(two.certified(), two.notes().toString());
        // defective: 105 of dim V = 126, the value the expansion of f_θ certifies as well
        assertEquals(105, two.dimension());
        assertEquals(126, two.ambientDimension());
    }

    /**
     * Linear network (m, r, n) = (10, 3, 12): the n × m matrices of rank ≤ 3, of dimension
     * r(m + n − r) = 3 · 19 = 57 (docs/MATHEMATICS.md §1.2).
     */
    @Test
    void largeLinearNetworkIsTheDeterminantalVariety() throws Exception {
        DimensionResult r = DimensionComputation.compute(mlp("x", "00", "10,3,12"), SEED, ProgressMonitor.NULL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(57, r.lowerBound());
        assertEquals(57, r.dimension());
        assertEquals(120, r.ambientDimension());
    }

    /**
     * σ = x², (n, h, 1) = (20, 5, 1): f = Σ v_j (w_j·x)² runs through the symmetric 20 × 20
     * matrices of rank ≤ 5, of dimension 5 · 20 − C(5, 2) = 90, below the 100 of dim Θ minus the
     * scalings (the orthogonal group O(5) acts on the hidden layer as well).
     */
    @Test
    void shallowSquareNetworkIsTheSymmetricDeterminantalVariety() throws Exception {
        DimensionResult r = DimensionComputation.compute(mlp("x^2", "00", "20,5,1"), SEED, ProgressMonitor.NULL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(90, r.lowerBound());
        assertEquals(90, r.dimension());
        assertEquals(210, r.ambientDimension());
    }

    /**
     * The defective cases of Alexander–Hirschowitz as shallow networks (docs/MATHEMATICS.md §3.1):
     * sums of k fourth powers of ternary forms for k = 5, of quaternary forms for k = 9, and k = 7
     * cubes of quinary forms all miss one dimension of the expected min(kn, dim V). The proven
     * lower bound (a rank modulo p) meets the upper bound the theorem gives, so each is certified
     * and defective; k = 6 ternary quartics, one beyond the exception, fill.
     */
    @ParameterizedTest(name = "σ = {0}, widths {1}: dim M = {2} of {3}")
    @CsvSource(delimiter = ';', value = { "x^4; 3,5,1; 14; 15", "x^4; 4,9,1; 34; 35", "x^3; 5,7,1; 34; 35",
            "x^4; 3,6,1; 15; 15" })
    void alexanderHirschowitzExceptionsAreCertified(String activation, String widths, int dimension, int ambient)
            throws Exception {
        DimensionResult r = DimensionComputation.compute(mlp(activation, "00", widths), SEED, ProgressMonitor.NULL); //$NON-NLS-1$
        assertTrue(r.certified(), r.notes().toString());
        assertEquals(dimension, r.dimension());
        assertEquals(dimension, r.upperBound());
        assertEquals(ambient, r.ambientDimension());
        assertEquals(dimension < ambient, r.defective());
    }

    /** The same map without {@link PointEvaluation}: the dimension is computed from the expansion. */
    private record ExpandedOnly(Parametrization map) implements Parametrization {

        @Override
        public int parameterCount() {
            return map.parameterCount();
        }

        @Override
        public int ambientDimension() {
            return map.ambientDimension();
        }

        @Override
        public List<String> coordinateNames() {
            return map.coordinateNames();
        }

        @Override
        public List<String> parameterNames() {
            return map.parameterNames();
        }

        @Override
        public <T> T[] evaluate(Ring<T> ring, T[] theta) {
            return map.evaluate(ring, theta);
        }

        @Override
        public <T> T[][] jacobian(Ring<T> ring, T[] theta) {
            return map.jacobian(ring, theta);
        }

        @Override
        public double[] evaluate(double[] theta) {
            return map.evaluate(theta);
        }

        @Override
        public double[][] jacobian(double[] theta) {
            return map.jacobian(theta);
        }

        @Override
        public long[] evaluate(long[] theta, long p) {
            return map.evaluate(theta, p);
        }

        @Override
        public long[][] jacobian(long[] theta, long p) {
            return map.jacobian(theta, p);
        }

        @Override
        public Rational[] evaluate(Rational[] theta) {
            return map.evaluate(theta);
        }

        @Override
        public SymmetryBound symmetryBound() {
            return map.symmetryBound();
        }

        @Override
        public UpperBound dimensionUpperBound() {
            return map.dimensionUpperBound();
        }

        @Override
        public String describe() {
            return map.describe();
        }

        @Override
        public String toString() {
            return "expanded " + map.describe(); //$NON-NLS-1$
        }
    }
}
