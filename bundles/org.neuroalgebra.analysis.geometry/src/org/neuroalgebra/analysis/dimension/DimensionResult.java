// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.List;

/**
 * The dimension of a neuromanifold and how it was obtained (docs/MATHEMATICS.md §3).
 *
 * @param dimension
 *            dim M: the proven value when {@code certified}, else the
 *            numerical rank (clamped into [lowerBound, upperBound])
 * @param ambientDimension
 *            dim V
 * @param parameterDimension
 *            dim Θ
 * @param expectedDimension
 *            min(dim V, dim Θ − known symmetry dimension)
 * @param lowerBound
 *            the largest Jacobian rank modulo a prime (proven)
 * @param upperBound
 *            min(dim V, dim Θ − symmetries, the parametrization's own bound)
 *            (proven)
 * @param certified
 *            true when the bounds meet and both primes agree
 * @param filling
 *            dim M = dim V
 * @param defective
 *            dim M &lt; expected dimension
 * @param genericFiberDimension
 *            dim Θ − dim M
 * @param seed
 *            the seed of both random points
 * @param method
 *            how the numbers were computed
 * @param seconds
 *            wall-clock time
 * @param singularValues
 *            singular values of the floating-point Jacobian, descending
 * @param numericalRank
 *            the numerical rank chosen at the largest gap
 * @param gapRatio
 *            s_r / s_{r+1} at that gap (see NumericalRank)
 * @param primeRanks
 *            the ranks modulo each prime
 * @param notes
 *            why the result is or is not certified, and any disagreement
 */
public record DimensionResult(int dimension, int ambientDimension, int parameterDimension, int expectedDimension,
        int lowerBound, int upperBound, boolean certified, boolean filling, boolean defective,
        int genericFiberDimension, long seed, String method, double seconds, double[] singularValues,
        int numericalRank, double gapRatio, List<PrimeRank> primeRanks, List<String> notes) {

    /** Copies the arrays and lists, so that a result never changes. */
    public DimensionResult {
        singularValues = singularValues.clone();
        primeRanks = List.copyOf(primeRanks);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** @return e.g. "dim M = 7 (certified: 7 ≤ dim M ≤ 7), expected 9, defective" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("dim M = ").append(dimension); //$NON-NLS-1$
        sb.append(certified ? " (certified: " : " (not certified, numerical: ").append(lowerBound) //$NON-NLS-1$ //$NON-NLS-2$
                .append(" ≤ dim M ≤ ").append(upperBound).append(')'); //$NON-NLS-1$
        sb.append(", dim V = ").append(ambientDimension).append(", expected ").append(expectedDimension); //$NON-NLS-1$ //$NON-NLS-2$
        if (filling) {
            sb.append(", filling"); //$NON-NLS-1$
        }
        if (defective) {
            sb.append(", defective"); //$NON-NLS-1$
        }
        return sb.toString();
    }
}
