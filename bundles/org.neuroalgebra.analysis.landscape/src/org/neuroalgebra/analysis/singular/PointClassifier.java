// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;

/**
 * Decides the stratum of parameter points of a network. The generic rank of the Jacobian (= dim
 * M) is computed once, exactly modulo a large prime at a random integer θ; a point whose numerical
 * rank is lower is singular for the parametrization. Zero parts take precedence: a sparse
 * subnetwork is the stratum docs/MATHEMATICS.md §7 names. The zero parts are the hidden neurons of an MLP
 * ({@link MlpLayout}) and the zero or shortened filters of a CNN ({@link FilterLayout}); other
 * architectures (lightning self-attention) are classified by the Jacobian rank alone.
 */
public final class PointClassifier {

    private final Parametrization parametrization;
    private final int genericRank;
    private final BiFunction<double[], Double, List<SparseUnit>> zeroParts;

    /** @param seed the seed of the random integer point for the generic rank */
    public PointClassifier(Parametrization parametrization, long seed) {
        this.parametrization = parametrization;
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[parametrization.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextLong(1, ModP.PRIME_1);
        }
        this.genericRank = ModularMatrix.of(parametrization.jacobian(theta, ModP.PRIME_1), ModP.PRIME_1).rank();
        this.zeroParts = zeroParts(parametrization, seed);
    }

    private static BiFunction<double[], Double, List<SparseUnit>> zeroParts(Parametrization parametrization,
            long seed) {
        if (parametrization instanceof MlpParametrization mlp) {
            MlpLayout layout = new MlpLayout(mlp);
            int degree = mlp.activation().degree();
            double constant = mlp.activation().evaluate(new double[1]);
            return (theta, tolerance) -> List.copyOf(layout.zeroNeurons(theta, tolerance, degree, constant));
        }
        if (parametrization instanceof ConvolutionParametrization cnn && !cnn.isMultiChannel()) {
            FilterLayout layout = new FilterLayout(cnn, seed);
            return (theta, tolerance) -> List.copyOf(layout.zeroFilters(theta, tolerance));
        }
        return (theta, tolerance) -> List.of();
    }

    /** @return dim M, the rank of the Jacobian at a generic point */
    public int genericRank() {
        return genericRank;
    }

    /**
     * @param zeroTolerance
     *            contributions below this (absolute) count as zero, see
     *            {@link MlpLayout#zeroNeurons(double[], double, int, double)} and
     *            {@link FilterLayout#zeroFilters(double[], double)}
     */
    public PointClassification classify(double[] theta, double zeroTolerance) {
        NumericalRank rank = NumericalRank.of(parametrization.jacobian(theta));
        List<SparseUnit> zero = zeroParts.apply(theta, zeroTolerance);
        Stratum stratum;
        if (!zero.isEmpty()) {
            stratum = Stratum.SPARSE_SUBNETWORK;
        } else if (rank.rank() < genericRank) {
            stratum = Stratum.SINGULAR;
        } else {
            stratum = Stratum.SMOOTH;
        }
        return new PointClassification(stratum, rank.rank(), rank.gapRatio(), genericRank, zero);
    }
}
