// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Arrays;

import org.neuroalgebra.solver.Complex;

/**
 * An isolated complex critical point of the squared distance on the variety.
 *
 * @param point
 *            x ∈ C^n
 * @param multipliers
 *            the Lagrange multipliers (all zero for a zero-loss point)
 * @param loss
 *            (x − u)ᵀ Q (x − u), complex unless the point is real
 * @param real
 *            whether x is real (within the solver's real tolerance)
 * @param kind
 *            {@code "critical"} (positive definite Q), {@code "zero-loss"}
 *            (x − u ∈ ker Q) or {@code "ramification"} (degenerate Q, non-zero
 *            multiplier)
 */
public record CriticalPoint(Complex[] point, Complex[] multipliers, Complex loss, boolean real, String kind) {

    /** Defensive copies. */
    public CriticalPoint {
        point = point.clone();
        multipliers = multipliers.clone();
    }

    @Override
    public Complex[] point() {
        return point.clone();
    }

    @Override
    public Complex[] multipliers() {
        return multipliers.clone();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CriticalPoint other && Arrays.equals(point, other.point)
                && Arrays.equals(multipliers, other.multipliers) && loss.equals(other.loss) && real == other.real
                && kind.equals(other.kind);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(point) * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return kind + (real ? " real " : " complex ") + Arrays.toString(point) + " loss " + loss; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
