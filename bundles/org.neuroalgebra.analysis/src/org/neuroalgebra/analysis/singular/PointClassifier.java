// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.MlpParametrization;

/**
 * Decides the stratum of parameter points of a polynomial MLP. The generic rank of the Jacobian
 * (= dim M) is computed once, exactly modulo a large prime at a random integer θ; a point whose
 * numerical rank is lower is singular for the parametrization. Zero neurons take precedence: a
 * sparse subnetwork is the stratum MATH.md §7 names.
 */
public final class PointClassifier {

    private final MlpParametrization mlp;
    private final MlpLayout layout;
    private final int genericRank;
    private final int activationDegree;
    private final double activationConstant;

    /** @param seed the seed of the random integer point for the generic rank */
    public PointClassifier(MlpParametrization mlp, long seed) {
        this.mlp = mlp;
        this.layout = new MlpLayout(mlp);
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[mlp.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextLong(1, ModP.PRIME_1);
        }
        this.genericRank = ModularMatrix.of(mlp.jacobian(theta, ModP.PRIME_1), ModP.PRIME_1).rank();
        this.activationDegree = mlp.activation().degree();
        this.activationConstant = mlp.activation().evaluate(new double[1]);
    }

    /** @return dim M, the rank of the Jacobian at a generic point */
    public int genericRank() {
        return genericRank;
    }

    /** @return the layout of the hidden neurons */
    public MlpLayout layout() {
        return layout;
    }

    /**
     * @param zeroTolerance
     *            weights below this (absolute) count as zero, see
     *            {@link MlpLayout#zeroNeurons(double[], double, int, double)}
     */
    public PointClassification classify(double[] theta, double zeroTolerance) {
        NumericalRank rank = NumericalRank.of(mlp.jacobian(theta));
        List<ZeroNeuron> zero = layout.zeroNeurons(theta, zeroTolerance, activationDegree, activationConstant);
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
