// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;

/** Strata of parameter points of small networks. */
class PointClassifierTest {

    /**
     * The linear network (2, 1, 2): f = w2 w1ᵀ x, M = 2 × 2 matrices of rank ≤ 1, dim 3 (2 + 2
     * parameters minus the scaling w1 → t·w1, w2 → w2/t). Its only
     * singular point is the zero matrix: θ = 0 zeroes the hidden neuron and the Jacobian vanishes;
     * w1 = 0 alone also gives the zero matrix with rank dropping to 2 (∂/∂w1 only).
     */
    @Test
    void zeroMatrixIsTheSparseSubnetworkOfTheRankOneNetwork() throws Exception {
        MlpParametrization linear = MlpParametrization.create(new int[] { 2, 1, 2 }, new boolean[] { false, false },
                activation("x")); //$NON-NLS-1$
        PointClassifier classifier = new PointClassifier(linear, 3);
        assertEquals(3, classifier.genericRank());
        PointClassification generic = classifier.classify(new double[] { 1, 2, -1, 3 }, 1e-9);
        assertEquals(Stratum.SMOOTH, generic.stratum());
        assertEquals(3, generic.jacobianRank());
        PointClassification zero = classifier.classify(new double[] { 0, 0, 0, 0 }, 1e-9);
        assertEquals(Stratum.SPARSE_SUBNETWORK, zero.stratum());
        assertEquals(List.of("h1[1]"), zero.zeroNeurons()); //$NON-NLS-1$
        assertEquals(0, zero.jacobianRank());
        PointClassification incomingZero = classifier.classify(new double[] { 0, 0, 1, 2 }, 1e-9);
        assertEquals(Stratum.SPARSE_SUBNETWORK, incomingZero.stratum());
        assertEquals(2, incomingZero.jacobianRank());
    }

    /**
     * σ = x², widths (2, 2, 1), no bias: f = e(ax + by)² + f(cx + dy)², the whole space of binary
     * quadratics (dim 3). With neuron h1[2] zero the stratum is {e(ax + by)²}: the rank-1 quadrics,
     * dim 2 (3 parameters a, b, e minus the scaling). At a point of it with c = d = 0 the Jacobian
     * has the columns of (a, b, e) (rank 2) and ∂/∂f = (cx + dy)² = 0, ∂/∂(c, d) = 0: rank 2 < 3.
     */
    @Test
    void sparseStratumOfTheSquareNetworkHasDimensionTwo() throws Exception {
        MlpParametrization square = MlpParametrization.create(new int[] { 2, 2, 1 }, new boolean[] { false, false },
                activation("x^2")); //$NON-NLS-1$
        PointClassifier classifier = new PointClassifier(square, 5);
        assertEquals(3, classifier.genericRank());
        // θ order: W1 = [[a, b], [c, d]], then W2 = [e, f].
        PointClassification sparse = classifier.classify(new double[] { 1, 2, 0, 0, 3, 5 }, 1e-9);
        assertEquals(Stratum.SPARSE_SUBNETWORK, sparse.stratum());
        assertEquals(List.of("h1[2]"), sparse.zeroNeurons()); //$NON-NLS-1$
        assertEquals(2, sparse.jacobianRank());
        // Two parallel neurons: c = λa, d = λb: e(ax+by)² + fλ²(ax+by)² is rank 1 without a zero neuron.
        PointClassification parallel = classifier.classify(new double[] { 1, 2, 2, 4, 3, 5 }, 1e-9);
        assertEquals(Stratum.SINGULAR, parallel.stratum());
        assertEquals(2, parallel.jacobianRank());
    }

    /**
     * σ = x² + 1, widths (1, 1, 1), θ = (w, a), f = a(w²x² + 1). w = 0: the neuron emits the
     * constant σ(0) = 1, f = a. a = 0 with w bounded: f = 0. a → 0 with w → ∞ and aw² fixed is no
     * zero neuron: f keeps the term aw²x², and θ heads for the boundary point (aw², 0, 0).
     */
    @Test
    void incomingAndOutgoingZerosAreTold() throws Exception {
        MlpParametrization constantNeuron = MlpParametrization.create(new int[] { 1, 1, 1 },
                new boolean[] { false, false }, activation("x^2 + 1")); //$NON-NLS-1$
        PointClassifier classifier = new PointClassifier(constantNeuron, 7);
        assertEquals(2, classifier.genericRank());
        PointClassification constant = classifier.classify(new double[] { 0, 3 }, 1e-6);
        assertEquals(Stratum.SPARSE_SUBNETWORK, constant.stratum());
        assertEquals(List.of(new ZeroNeuron("h1[1]", ZeroNeuron.Side.INCOMING, 1)), constant.sparseNeurons()); //$NON-NLS-1$
        assertEquals(List.of("h1[1]: incoming weights zero, emits the constant σ(0) = 1"), //$NON-NLS-1$
                constant.sparseDescription());
        PointClassification silent = classifier.classify(new double[] { 0.5, 1e-8 }, 1e-6);
        assertEquals(List.of("h1[1]: outgoing weights zero"), silent.sparseDescription()); //$NON-NLS-1$
        PointClassification diverging = classifier.classify(new double[] { 1e4, 1e-8 }, 1e-6);
        assertEquals(List.of(), diverging.zeroNeurons(), "a·w² = 1 is no zero contribution"); //$NON-NLS-1$
        assertEquals(List.of("h1[1]: incoming and outgoing weights zero"), //$NON-NLS-1$
                classifier.classify(new double[] { 0, 0 }, 1e-6).sparseDescription());
    }

    private static Polynomial activation(String text) throws Exception {
        return PolynomialParser.parse(text, List.of("x")); //$NON-NLS-1$
    }
}
