// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.solver.Complex;

/**
 * A product of symmetric groups, each permuting interchangeable blocks of parameters: the heads of
 * an attention layer, the channels of a convolution before an activation (docs/MATHEMATICS.md
 * §4.2). Block k of a factor holds the parameters of head or channel k in a fixed layout, so that
 * exchanging two blocks entry by entry exchanges the heads or channels; the network function does
 * not change because it sums over them.
 */
public final class BlockPermutations {

    /**
     * One factor S_m: m blocks of equal length.
     *
     * @param name
     *            what is permuted, for the result's notes (e.g. "the 2 heads")
     * @param blocks
     *            the blocks, each a list of parameter indices in the same layout
     */
    public record Factor(String name, List<int[]> blocks) {

        /** Checks that the blocks have one length and copies them. */
        public Factor {
            if (blocks.stream().mapToInt(b -> b.length).distinct().count() > 1) {
                throw new IllegalArgumentException("blocks of different lengths cannot be exchanged"); //$NON-NLS-1$
            }
            blocks = blocks.stream().map(int[]::clone).toList();
        }
    }

    private final List<Factor> factors;

    /**
     * @param factors
     *            the factors (those with fewer than two blocks are left out)
     */
    public BlockPermutations(List<Factor> factors) {
        this.factors = factors.stream().filter(f -> f.blocks().size() > 1).toList();
    }

    /** @return ∏ m_k! */
    public BigInteger order() {
        BigInteger order = BigInteger.ONE;
        for (Factor factor : factors) {
            for (int k = 2; k <= factor.blocks().size(); k++) {
                order = order.multiply(BigInteger.valueOf(k));
            }
        }
        return order;
    }

    /** @return whether {@link #orbit} enumerates the group (order at most {@link FiberSymmetryGroup#MAX_ENUMERATED}) */
    public boolean enumerable() {
        return order().compareTo(BigInteger.valueOf(FiberSymmetryGroup.MAX_ENUMERATED)) <= 0;
    }

    /** @return the group in words */
    public String describe() {
        if (factors.isEmpty()) {
            return "no discrete symmetry beyond the continuous ones"; //$NON-NLS-1$
        }
        List<String> parts = new ArrayList<>();
        for (Factor factor : factors) {
            parts.add("permutations of " + factor.name() + " (" + factor.blocks().size() + "!)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return String.join(" × ", parts) + ", order " + order(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param theta
     *            a parameter point
     * @return its images under every element, θ itself first
     * @throws IllegalStateException
     *             if the group is not {@link #enumerable()}
     */
    public List<Complex[]> orbit(Complex[] theta) {
        if (!enumerable()) {
            throw new IllegalStateException("the permutation group of order " + order() + " is too large to enumerate"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Complex[]> images = List.<Complex[]>of(theta);
        for (Factor factor : factors) {
            List<Complex[]> next = new ArrayList<>();
            for (Complex[] image : images) {
                for (int[] permutation : FiberSymmetryGroup.permutations(factor.blocks().size())) {
                    next.add(permute(image, factor.blocks(), permutation));
                }
            }
            images = next;
        }
        return images;
    }

    /** Block j goes to block permutation[j]. */
    private static Complex[] permute(Complex[] theta, List<int[]> blocks, int[] permutation) {
        Complex[] result = theta.clone();
        for (int j = 0; j < permutation.length; j++) {
            int[] from = blocks.get(j);
            int[] to = blocks.get(permutation[j]);
            for (int e = 0; e < from.length; e++) {
                result[to[e]] = theta[from[e]];
            }
        }
        return result;
    }
}
