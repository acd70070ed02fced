// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;

/**
 * The continuous symmetries of a stack of lightning self-attention layers (docs/MATHEMATICS.md
 * §1.5), as vector fields on the parameters, and the dimension of their orbits.
 * <p>
 * The groups: in every head, GL(a) on (K, Q) by (gK, g^{−T}Q) and the scaling (λV, K/λ); between
 * layer l and l + 1, GL(out_l) on the out_l rows of the signal: (G V_h) in every head of layer l
 * and (V_h G^{−1}, K_h G^{−1}, Q_h G^{−1}) in every head of layer l + 1, since
 * V G⁻¹ (GY)(GY)ᵀ (KG⁻¹)ᵀ (QG⁻¹)(GY) = V Y Yᵀ Kᵀ Q Y. The orbits lie in the fibres of θ ↦ f_θ.
 * Their dimension is the rank of the vector fields at a generic point, and the rank at one random
 * point modulo a prime is at most that (a random point and a reduction can only lose rank): so
 * dim M ≤ dim Θ − (that rank) is proven, whatever the groups' stabilizers are.
 */
public final class AttentionStackSymmetry {

    private static final long SAMPLE_BOUND = 1L << 30;

    private AttentionStackSymmetry() {
    }

    /**
     * @param layers
     *            the stack, each layer's d the previous layer's out
     * @param seed
     *            the seed of the random point
     * @return the proven lower bound of the generic orbit dimension, with its derivation
     */
    public static SymmetryBound of(List<AttentionLayerMap> layers, long seed) {
        long p = ModP.PRIME_1;
        int n = layers.stream().mapToInt(AttentionLayerMap::parameterCount).sum();
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[n];
        for (int i = 0; i < n; i++) {
            theta[i] = ModP.reduce(random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1), p);
        }
        List<long[]> fields = fields(layers, theta, p);
        int rank = fields.isEmpty() ? 0 : ModularMatrix.of(fields.toArray(long[][]::new), p).rank();
        return new SymmetryBound(rank, "rank modulo " + p + " at a random point (seed " + seed + ") of the " //$NON-NLS-1$ //$NON-NLS-2$
                + fields.size() + " infinitesimal symmetries: GL(a) on (K, Q) and the scaling (λV, K/λ) in every head, " //$NON-NLS-1$
                + "GL(rows) on the signal between consecutive layers"); //$NON-NLS-1$
    }

    /** @return every generator's vector field at θ, one array of dim Θ entries each */
    static List<long[]> fields(List<AttentionLayerMap> layers, long[] theta, long p) {
        List<long[]> fields = new ArrayList<>();
        int[] offsets = new int[layers.size() + 1];
        for (int l = 0; l < layers.size(); l++) {
            offsets[l + 1] = offsets[l] + layers.get(l).parameterCount();
        }
        for (int l = 0; l < layers.size(); l++) {
            Blocks blocks = new Blocks(layers.get(l), offsets[l]);
            for (int h = 0; h < blocks.heads(); h++) {
                int a = blocks.a();
                for (int i = 0; i < a; i++) {
                    for (int j = 0; j < a; j++) {
                        long[] field = new long[theta.length];
                        // δK = E_ij K, δQ = −E_ji Q
                        blocks.addRow(field, theta, blocks.k(h), i, j, 1, p);
                        blocks.addRow(field, theta, blocks.q(h), j, i, -1, p);
                        fields.add(field);
                    }
                }
                long[] scaling = new long[theta.length];
                blocks.addScaled(scaling, theta, blocks.v(h), blocks.out(), 1, p);
                blocks.addScaled(scaling, theta, blocks.k(h), a, -1, p);
                fields.add(scaling);
            }
            if (l + 1 < layers.size()) {
                Blocks next = new Blocks(layers.get(l + 1), offsets[l + 1]);
                int rows = blocks.out();
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < rows; j++) {
                        long[] field = new long[theta.length];
                        for (int h = 0; h < blocks.heads(); h++) {
                            blocks.addRow(field, theta, blocks.v(h), i, j, 1, p);
                        }
                        for (int h = 0; h < next.heads(); h++) {
                            next.addColumn(field, theta, next.v(h), next.out(), j, i, -1, p);
                            next.addColumn(field, theta, next.k(h), next.a(), j, i, -1, p);
                            next.addColumn(field, theta, next.q(h), next.a(), j, i, -1, p);
                        }
                        fields.add(field);
                    }
                }
            }
        }
        return fields;
    }

    /** Where V_h, K_h, Q_h of one layer start in θ; every matrix has d columns, row-major. */
    private record Blocks(int offset, int d, int a, int out, int heads) {

        Blocks(AttentionLayerMap layer, int offset) {
            this(offset, layer.rows(), layer.keyRows(), layer.outputRows(), layer.heads());
        }

        int v(int h) {
            return offset + h * (out * d + 2 * a * d);
        }

        int k(int h) {
            return v(h) + out * d;
        }

        int q(int h) {
            return k(h) + a * d;
        }

        /** field[row `to` of M] += sign · (row `from` of M). */
        void addRow(long[] field, long[] theta, int matrix, int to, int from, int sign, long p) {
            for (int c = 0; c < d; c++) {
                int target = matrix + to * d + c;
                field[target] = ModP.reduce(field[target] + sign * theta[matrix + from * d + c], p);
            }
        }

        /** field[column `to` of M] += sign · (column `from` of M), M with the given rows. */
        void addColumn(long[] field, long[] theta, int matrix, int rows, int to, int from, int sign, long p) {
            for (int r = 0; r < rows; r++) {
                int target = matrix + r * d + to;
                field[target] = ModP.reduce(field[target] + sign * theta[matrix + r * d + from], p);
            }
        }

        /** field[M] += sign · M, M with the given rows. */
        void addScaled(long[] field, long[] theta, int matrix, int rows, int sign, long p) {
            for (int e = 0; e < rows * d; e++) {
                field[matrix + e] = ModP.reduce(field[matrix + e] + sign * theta[matrix + e], p);
            }
        }
    }
}
