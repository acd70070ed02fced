// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.ModularRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.PolynomialParser;

/**
 * The Jacobian of θ ↦ (f_θ(x_k)) by reverse mode at points equals E·J, E the evaluation matrix of
 * the monomial basis and J the exact Jacobian of the coefficients by forward mode over the
 * expanded polynomials: two independent computations of the same matrix.
 */
class PointJacobiansTest {

    private static final long P = ModP.PRIME_1;
    private static final BigInteger LIMIT = BigInteger.valueOf(1_000_000);

    private static void assertEqualsEvaluatedCoefficientJacobian(Parametrization map, Monomials basis, long seed) {
        PointEvaluation network = (PointEvaluation) map;
        int outputs = network.outputCount();
        assertEquals(map.ambientDimension(), basis.size() * outputs, "the basis of the coefficient vector");
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = random.longs(map.parameterCount(), -1000, 1000).toArray();
        long[][] points = new long[4][];
        for (int k = 0; k < points.length; k++) {
            points[k] = random.longs(network.inputCount(), -1000, 1000).toArray();
        }
        long[][] coefficientJacobian = map.jacobian(theta, P);
        long[][] atPoints = PointJacobians.modP(network, theta, points, P, () -> false);
        assertEquals(points.length * outputs, atPoints.length);
        for (int k = 0; k < points.length; k++) {
            for (int o = 0; o < outputs; o++) {
                long[] expected = new long[map.parameterCount()];
                for (int v = 0; v < basis.size(); v++) {
                    long monomial = monomialAt(basis.get(v).exponents(), points[k]);
                    long[] row = coefficientJacobian[o * basis.size() + v];
                    for (int i = 0; i < expected.length; i++) {
                        expected[i] = ModP.add(expected[i], ModP.mul(monomial, row[i], P), P);
                    }
                }
                assertArrayEquals(expected, atPoints[k * outputs + o], "point " + k + ", output " + o);
            }
        }
    }

    private static long monomialAt(int[] exponents, long[] x) {
        long value = 1;
        for (int i = 0; i < exponents.length; i++) {
            for (int e = 0; e < exponents[i]; e++) {
                value = ModP.mul(value, Math.floorMod(x[i], P), P);
            }
        }
        return value;
    }

    @Test
    void mlpWithBiasesAndAGeneralActivation() throws Exception {
        MlpParametrization mlp = MlpParametrization.create(new int[] { 3, 2, 2 }, new boolean[] { true, false },
                PolynomialParser.parse("1/2*x^3 - x^2 + 3", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEqualsEvaluatedCoefficientJacobian(mlp, mlp.basis(), 1);
    }

    @Test
    void deepMlpWithAMonomialActivation() throws Exception {
        MlpParametrization mlp = MlpParametrization.create(new int[] { 2, 3, 2, 1 }, new boolean[3],
                PolynomialParser.parse("x^2", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEqualsEvaluatedCoefficientJacobian(mlp, mlp.basis(), 2);
    }

    @Test
    void convolutionWithBiasAndActivation() throws Exception {
        ConvolutionParametrization cnn = ConvolutionParametrization.create(5,
                List.of(new ConvolutionLayerSpec(2, 1, true, PolynomialParser.parse("x^2 + x", List.of("x"))), //$NON-NLS-1$ //$NON-NLS-2$
                        new ConvolutionLayerSpec(2, 2, false, null)),
                LIMIT);
        assertEqualsEvaluatedCoefficientJacobian(cnn, Monomials.upTo(5, 2), 3);
    }

    @Test
    void attention() throws Exception {
        AttentionParametrization attention = AttentionParametrization.create(2, 2, 1, 2, LIMIT);
        assertEqualsEvaluatedCoefficientJacobian(attention, Monomials.homogeneous(4, 3), 4);
    }

    @Test
    void cancellationIsPolledPerPoint() throws Exception {
        MlpParametrization mlp = MlpParametrization.create(new int[] { 2, 2, 1 }, new boolean[2],
                PolynomialParser.parse("x^2", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(CancellationException.class,
                () -> PointJacobians.modP(mlp, new long[6], new long[][] { { 1, 2 } }, P, () -> true));
    }

    /** The forward-only rank agrees with the reduced echelon form on matrices of planted rank. */
    @Test
    void modularRankAgreesWithTheEchelonForm() {
        SplittableRandom random = new SplittableRandom(5);
        for (int rank = 0; rank <= 6; rank++) {
            long[][] left = new long[9][rank];
            long[][] right = new long[rank][7];
            for (long[] row : left) {
                for (int j = 0; j < rank; j++) {
                    row[j] = random.nextLong(P);
                }
            }
            for (long[] row : right) {
                for (int j = 0; j < 7; j++) {
                    row[j] = random.nextLong(P);
                }
            }
            long[][] product = rank == 0 ? new long[9][7]
                    : ModularMatrix.of(left, P).multiply(ModularMatrix.of(right, P)).toArray();
            assertEquals(rank, ModularRank.of(product, P), "a product through dimension " + rank);
        }
    }
}
