// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

/**
 * A numerical irreducible decomposition of the solution set of a polynomial
 * system: a {@link WitnessSet} for each dimension from the top dimension down
 * to 0, and the irreducible components into which monodromy and the trace
 * test split the witness points of each positive dimension. The isolated
 * solutions are the witness points of dimension 0.
 * <p>
 * The result is numerical: random slices, path tracking and trace tests
 * decide it. It is {@link #complete()} when no path failed, every witness
 * point of a positive dimension belongs to a component whose trace test
 * passed, and no junk point was left undecided; otherwise
 * {@link #incompleteReason()} says why.
 *
 * @param witnessSets
 *            one per dimension, from the top dimension down to 0 (empty when
 *            the system has no solution)
 * @param components
 *            the irreducible components of positive dimension, by decreasing
 *            dimension
 * @param incompleteReason
 *            null when complete, else a one-line reason
 * @param seconds
 *            wall-clock time
 * @param seed
 *            the seed of every random choice (slices, randomization, loops)
 * @param method
 *            how the decomposition was obtained
 */
public record Decomposition(List<WitnessSet> witnessSets, List<IrreducibleComponent> components,
        String incompleteReason, double seconds, long seed, String method) {

    /** Copies the lists. */
    public Decomposition {
        witnessSets = List.copyOf(witnessSets);
        components = List.copyOf(components);
    }

    /** @return whether every component is confirmed and nothing failed */
    public boolean complete() {
        return incompleteReason == null;
    }

    /** @return the largest dimension with a witness point; -1 when there is no solution */
    public int dimension() {
        return witnessSets.stream().filter(w -> !w.points().isEmpty()).mapToInt(WitnessSet::dimension).max()
                .orElse(-1);
    }

    /**
     * @param dimension
     *            a dimension
     * @return the witness set of that dimension, or an empty one when it was
     *         not computed
     */
    public WitnessSet witnessSet(int dimension) {
        return witnessSets.stream().filter(w -> w.dimension() == dimension).findFirst()
                .orElse(new WitnessSet(dimension, List.of(), 0, 0, 0, 0));
    }

    /**
     * @param dimension
     *            a positive dimension
     * @return the irreducible components of that dimension
     */
    public List<IrreducibleComponent> components(int dimension) {
        return components.stream().filter(c -> c.dimension() == dimension).toList();
    }

    /** @return the isolated solutions: the witness points of dimension 0 */
    public List<Solution> isolated() {
        return witnessSet(0).points();
    }
}
