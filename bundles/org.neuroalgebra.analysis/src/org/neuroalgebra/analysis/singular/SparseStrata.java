// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.singular.MlpLayout.HiddenNeuron;

/**
 * All sparse-subnetwork strata of a polynomial MLP, one per set of removed hidden neurons, with
 * their dimensions. A neuron is removed by zeroing its incoming weights, its bias and its outgoing
 * weights; the stratum is the image of the remaining parameters. Its dimension is the generic
 * rank of their Jacobian columns, computed exactly modulo a large prime at a random integer point:
 * a lower bound that is attained for all but finitely many primes and points (MATH.md §3).
 */
public final class SparseStrata {

    /** More hidden neurons than this give too many subsets to list. */
    public static final int MAX_NEURONS = 12;

    private SparseStrata() {
    }

    /** @return the strata by number of removed neurons, M itself first */
    public static List<SparseStratum> of(MlpParametrization mlp, long seed) {
        List<HiddenNeuron> neurons = new MlpLayout(mlp).neurons();
        if (neurons.size() > MAX_NEURONS) {
            throw new IllegalArgumentException(neurons.size() + " hidden neurons: more than " + MAX_NEURONS //$NON-NLS-1$
                    + " give too many sparse subnetworks to list"); //$NON-NLS-1$
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[mlp.parameterCount()];
        for (int i = 0; i < point.length; i++) {
            point[i] = random.nextLong(1, ModP.PRIME_1);
        }
        List<SparseStratum> strata = new ArrayList<>();
        for (int size = 0; size <= neurons.size(); size++) {
            for (int mask = 0; mask < 1 << neurons.size(); mask++) {
                if (Integer.bitCount(mask) == size) {
                    strata.add(stratum(mlp, neurons, mask, point));
                }
            }
        }
        return strata;
    }

    private static SparseStratum stratum(MlpParametrization mlp, List<HiddenNeuron> neurons, int mask, long[] point) {
        Set<Integer> removed = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int n = 0; n < neurons.size(); n++) {
            if ((mask & 1 << n) != 0) {
                HiddenNeuron neuron = neurons.get(n);
                names.add(neuron.name());
                for (int index : neuron.incoming()) {
                    removed.add(index);
                }
                for (int index : neuron.outgoing()) {
                    removed.add(index);
                }
            }
        }
        long[] theta = point.clone();
        removed.forEach(index -> theta[index] = 0);
        long[][] jacobian = mlp.jacobian(theta, ModP.PRIME_1);
        long[][] kept = new long[jacobian.length][point.length - removed.size()];
        for (int row = 0; row < jacobian.length; row++) {
            int column = 0;
            for (int p = 0; p < point.length; p++) {
                if (!removed.contains(p)) {
                    kept[row][column++] = jacobian[row][p];
                }
            }
        }
        int rank = kept.length == 0 || kept[0].length == 0 ? 0 : ModularMatrix.of(kept, ModP.PRIME_1).rank();
        return new SparseStratum(List.copyOf(names), rank);
    }
}
