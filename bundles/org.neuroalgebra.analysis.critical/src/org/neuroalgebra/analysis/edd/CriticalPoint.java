// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Arrays;

import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.SolutionCertificate;

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
 * @param certificate
 *            its certificate, or a missing one with the reason
 * @param lossBounds
 *            {@code [lo, hi]} enclosing the loss when the point is proven real, else null
 */
public record CriticalPoint(Complex[] point, Complex[] multipliers, Complex loss, boolean real, String kind,
        SolutionCertificate certificate, double[] lossBounds) {

    /** The reason of a point that no certification has looked at. */
    static final String NOT_ATTEMPTED = "no certification was attempted"; //$NON-NLS-1$

    /** Defensive copies. */
    public CriticalPoint {
        point = point.clone();
        multipliers = multipliers.clone();
        lossBounds = lossBounds == null ? null : lossBounds.clone();
    }

    /** A point before certification. */
    public CriticalPoint(Complex[] point, Complex[] multipliers, Complex loss, boolean real, String kind) {
        this(point, multipliers, loss, real, kind, SolutionCertificate.none(NOT_ATTEMPTED), null);
    }

    /**
     * @param value
     *            the certificate
     * @param bounds
     *            the loss enclosure, or null
     * @return this point with the certificate
     */
    public CriticalPoint withCertificate(SolutionCertificate value, double[] bounds) {
        return new CriticalPoint(point, multipliers, loss, real, kind, value, bounds);
    }

    @Override
    public double[] lossBounds() {
        return lossBounds == null ? null : lossBounds.clone();
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
                && kind.equals(other.kind) && certificate.equals(other.certificate)
                && Arrays.equals(lossBounds, other.lossBounds);
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
