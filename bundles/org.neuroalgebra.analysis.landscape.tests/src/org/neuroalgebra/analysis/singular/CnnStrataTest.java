// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.ConvolutionLayerSpec;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;

/** Sparse strata of 1-D CNNs: shortened and zero filters, with dimensions derived by hand. */
class CnnStrataTest {

    private static final BigInteger LIMIT = BigInteger.valueOf(10_000);

    /**
     * Kernels (2, 2), stride 1, no activation, input length 3 (one output): f = (a + bt)(d + et),
     * all quadratics with real roots, dim 3. Dropping one end entry of a filter leaves a linear
     * factor times a constant (dim 2); one end of each filter, a monomial (dim 1); a zero filter,
     * f = 0 (dim 0).
     */
    @Test
    void linearKernelsTwoTwo() throws Exception {
        Map<List<String>, Integer> strata = dimensions(cnn(3, null, 2, 2));
        assertEquals(11, strata.size());
        assertEquals(3, strata.get(List.of()));
        assertEquals(2, strata.get(List.of("w1[2]"))); //$NON-NLS-1$
        assertEquals(2, strata.get(List.of("w1[1]"))); //$NON-NLS-1$
        assertEquals(2, strata.get(List.of("w2[2]"))); //$NON-NLS-1$
        assertEquals(1, strata.get(List.of("w1[2]", "w2[1]"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, strata.get(List.of("w1[1]", "w2[1]"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, strata.get(List.of("w1"))); //$NON-NLS-1$
        assertEquals(0, strata.get(List.of("w2"))); //$NON-NLS-1$
    }

    /**
     * Linear CNNs with stride 1: the end-to-end filter is the product of the kept windows as
     * polynomials, which has finitely many factorizations up to scalars, so every stratum has
     * dimension Σ (window lengths) − (L − 1), and a zero filter gives 0.
     */
    @Test
    void linearStrideOneStrataFollowTheFactorCount() throws Exception {
        for (int[] kernels : new int[][] { { 3, 2 }, { 2, 2, 2 }, { 3, 3 } }) {
            int length = 1;
            int windows = 1;
            for (int k : kernels) {
                length += k - 1;
                windows *= k * (k + 1) / 2;
            }
            ConvolutionParametrization cnn = cnn(length, null, kernels);
            List<SparseStratum> strata = CnnStrata.of(cnn, 11);
            assertEquals(windows + kernels.length, strata.size());
            for (SparseStratum stratum : strata) {
                int kept = 0;
                boolean zeroFilter = false;
                for (int i = 0; i < kernels.length; i++) {
                    int zero = 0;
                    for (String name : stratum.zeroNeurons()) {
                        zeroFilter |= name.equals("w" + (i + 1)); //$NON-NLS-1$
                        if (name.startsWith("w" + (i + 1) + "[")) { //$NON-NLS-1$ //$NON-NLS-2$
                            zero = name.split(",").length; //$NON-NLS-1$
                        }
                    }
                    kept += kernels[i] - zero;
                }
                int expected = zeroFilter ? 0 : kept - (kernels.length - 1);
                assertEquals(expected, stratum.dimension(), java.util.Arrays.toString(kernels) + " " + stratum);
            }
        }
    }

    /**
     * Kernels (2, 2), σ = x² after layer 1, input length 3: f = c(ax1 + bx2)² + d(ax2 + bx3)²,
     * θ = (a, b, c, d) up to (a, b, c, d) → (λa, λb, c/λ², d/λ²): dim 3. b = 0: a²(c x1² + d x2²),
     * dim 2; d = 0: c(ax1 + bx2)², the rank-one binary quadrics, dim 2; b = d = 0: c a² x1², dim 1.
     * The degrees of c in the filters are e_1 = 2 (squared) and e_2 = 1.
     */
    @Test
    void squareActivationBetweenTwoFilters() throws Exception {
        ConvolutionParametrization square = cnn(3, "x^2", 2, 2); //$NON-NLS-1$
        Map<List<String>, Integer> strata = dimensions(square);
        assertEquals(3, strata.get(List.of()));
        assertEquals(2, strata.get(List.of("w1[2]"))); //$NON-NLS-1$
        assertEquals(2, strata.get(List.of("w1[1]"))); //$NON-NLS-1$
        assertEquals(2, strata.get(List.of("w2[2]"))); //$NON-NLS-1$
        assertEquals(1, strata.get(List.of("w1[2]", "w2[2]"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, strata.get(List.of("w1"))); //$NON-NLS-1$
        List<FilterLayout.Filter> filters = new FilterLayout(square, 3).filters();
        assertEquals(2, filters.get(0).degree());
        assertEquals(1, filters.get(1).degree());
    }

    /**
     * Points of the linear (2, 2) CNN, θ = (a, b, d, e). b = 0 shortens filter 1 but f = a(d + et)
     * is still a smooth point of M (Jacobian rank 3). Equal filters give a double root, on the
     * boundary of M: rank 2. A zero filter leaves only its own columns, the shifts of the other
     * filter: rank 2. A tiny filter balanced by a huge one is no zero filter.
     */
    @Test
    void pointsOfTheLinearCnn() throws Exception {
        PointClassifier classifier = new PointClassifier(cnn(3, null, 2, 2), 5);
        assertEquals(3, classifier.genericRank());
        PointClassification generic = classifier.classify(new double[] { 1, 2, -1, 3 }, 1e-9);
        assertEquals(Stratum.SMOOTH, generic.stratum());
        PointClassification shortened = classifier.classify(new double[] { 1, 0, 2, 3 }, 1e-9);
        assertEquals(Stratum.SPARSE_SUBNETWORK, shortened.stratum());
        assertEquals(List.of("w1[2]"), shortened.zeroNeurons()); //$NON-NLS-1$
        assertEquals(List.of("w1[2]: entry 2 zero, a filter of length 1 (w1[1..1])"), //$NON-NLS-1$
                shortened.sparseDescription());
        assertEquals(3, shortened.jacobianRank());
        PointClassification doubleRoot = classifier.classify(new double[] { 1, 2, 1, 2 }, 1e-9);
        assertEquals(Stratum.SINGULAR, doubleRoot.stratum());
        assertEquals(2, doubleRoot.jacobianRank());
        PointClassification zero = classifier.classify(new double[] { 0, 0, 1, 2 }, 1e-9);
        assertEquals(List.of(ZeroFilter.whole(1, 2)), zero.sparseNeurons());
        assertEquals(2, zero.jacobianRank());
        assertEquals(List.of(), classifier.classify(new double[] { 1e-4, 2e-4, 1e4, -3e4 }, 1e-3).zeroNeurons());
        assertEquals(List.of("w1"), classifier.classify(new double[] { 1e-6, 2e-6, 1, -3 }, 1e-3).zeroNeurons()); //$NON-NLS-1$
    }

    private static Map<List<String>, Integer> dimensions(ConvolutionParametrization cnn) {
        Map<List<String>, Integer> map = new HashMap<>();
        for (SparseStratum stratum : CnnStrata.of(cnn, 7)) {
            map.put(stratum.zeroNeurons(), stratum.dimension());
        }
        return map;
    }

    /** @return a single-channel CNN with the given kernels, stride 1, no bias, σ after every layer but the last */
    private static ConvolutionParametrization cnn(int length, String activation, int... kernels) throws Exception {
        Polynomial sigma = activation == null ? null : PolynomialParser.parse(activation, List.of("x")); //$NON-NLS-1$
        List<ConvolutionLayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < kernels.length; i++) {
            layers.add(new ConvolutionLayerSpec(kernels[i], 1, false, i < kernels.length - 1 ? sigma : null));
        }
        return ConvolutionParametrization.create(length, layers, LIMIT);
    }
}
