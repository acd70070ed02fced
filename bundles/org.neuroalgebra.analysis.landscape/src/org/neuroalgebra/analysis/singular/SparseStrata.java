// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.singular.MlpLayout.HiddenNeuron;

/**
 * All sparse-subnetwork strata of a polynomial MLP with their dimensions. A neuron is removed by
 * zeroing its incoming weights, its bias and its outgoing weights. When σ(0) ≠ 0 a neuron can also
 * be constant: zero incoming weights and bias, free outgoing weights, so that it emits σ(0) and
 * passes it on as an extra bias of the next layer (for σ(0) = 0 that is the removed neuron). Each
 * hidden neuron is thus present, removed or (σ(0) ≠ 0) constant, and each choice gives one
 * stratum, the image of the remaining parameters. Its dimension is the generic rank of their
 * Jacobian columns, computed exactly modulo a large prime at a random integer point: a lower bound
 * that is attained for all but finitely many primes and points (docs/MATHEMATICS.md §3).
 */
public final class SparseStrata {

    /** More hidden neurons than this give too many subsets to list. */
    public static final int MAX_NEURONS = 12;

    /** More strata than this are not listed: 2^n for n neurons, 3^n when σ(0) ≠ 0. */
    public static final int MAX_STRATA = 4096;

    private SparseStrata() {
    }

    /**
     * @return the strata by number of switched-off neurons, M itself first; for each set of them
     *         the one with all removed first, then those with more and more constant ones
     * @throws IllegalArgumentException
     *             when there are more than {@link #MAX_STRATA}
     */
    public static List<SparseStratum> of(MlpParametrization mlp, long seed) {
        List<HiddenNeuron> neurons = new MlpLayout(mlp).neurons();
        boolean constants = mlp.activation().evaluate(new double[1]) != 0;
        int n = neurons.size();
        if (n > MAX_NEURONS || Math.pow(constants ? 3 : 2, n) > MAX_STRATA) {
            throw new IllegalArgumentException(n + " hidden neurons" + (constants ? " with σ(0) ≠ 0" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " give more than " + MAX_STRATA + " sparse subnetworks to list"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[mlp.parameterCount()];
        for (int i = 0; i < point.length; i++) {
            point[i] = random.nextLong(1, ModP.PRIME_1);
        }
        List<SparseStratum> strata = new ArrayList<>();
        for (int size = 0; size <= n; size++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) != size) {
                    continue;
                }
                List<Integer> subsets = new ArrayList<>(List.of(0));
                for (int subset = mask; constants && subset != 0; subset = (subset - 1) & mask) {
                    subsets.add(subset);
                }
                subsets.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(Integer::intValue));
                for (int subset : subsets) {
                    strata.add(stratum(mlp, neurons, mask & ~subset, subset, point));
                }
            }
        }
        return strata;
    }

    private static SparseStratum stratum(MlpParametrization mlp, List<HiddenNeuron> neurons, int removedMask,
            int constantMask, long[] point) {
        Set<Integer> zero = new HashSet<>();
        List<String> removed = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (int n = 0; n < neurons.size(); n++) {
            HiddenNeuron neuron = neurons.get(n);
            boolean isRemoved = (removedMask & 1 << n) != 0;
            if (isRemoved || (constantMask & 1 << n) != 0) {
                (isRemoved ? removed : constant).add(neuron.name());
                for (int index : neuron.incoming()) {
                    zero.add(index);
                }
            }
            if (isRemoved) {
                for (int index : neuron.outgoing()) {
                    zero.add(index);
                }
            }
        }
        return new SparseStratum(removed, constant, dimension(mlp, point, zero));
    }

    /**
     * @param point
     *            a random integer point
     * @param removed
     *            the indices of the parameters set to zero
     * @return the rank modulo {@link ModP#PRIME_1} of the Jacobian columns of the other
     *         parameters at the point with the removed ones zero: the dimension of the image of
     *         the remaining parameters
     */
    static int dimension(Parametrization parametrization, long[] point, Set<Integer> removed) {
        long[] theta = point.clone();
        removed.forEach(index -> theta[index] = 0);
        long[][] jacobian = parametrization.jacobian(theta, ModP.PRIME_1);
        long[][] kept = new long[jacobian.length][point.length - removed.size()];
        for (int row = 0; row < jacobian.length; row++) {
            int column = 0;
            for (int p = 0; p < point.length; p++) {
                if (!removed.contains(p)) {
                    kept[row][column++] = jacobian[row][p];
                }
            }
        }
        return kept.length == 0 || kept[0].length == 0 ? 0 : ModularMatrix.of(kept, ModP.PRIME_1).rank();
    }
}
