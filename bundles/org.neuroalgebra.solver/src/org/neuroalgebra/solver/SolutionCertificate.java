// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.Objects;

/**
 * A proof, or the reason there is none, that an approximate solution of a
 * square polynomial system approximates a true solution.
 * <p>
 * A certified solution comes with a box: every coordinate {@code z_i} with
 * {@code |Re z_i − Re center_i| ≤ radius} and {@code |Im z_i − Im center_i| ≤ radius}.
 * Krawczyk's interval Newton operator, evaluated in outward-rounded interval
 * arithmetic with the exact coefficients enclosed, maps the box into its own
 * interior; this proves that the box holds exactly one solution of the system,
 * and that this solution is regular (the Jacobian is invertible there).
 * <p>
 * {@link #reality()} is proven too: {@link Reality#REAL} when the box was
 * centred on the real axis and is closed under conjugation (the system has
 * real coefficients, so the conjugate of the unique solution in the box is
 * also in the box, hence equal to it); {@link Reality#NON_REAL} when some
 * coordinate's box does not meet the real axis.
 *
 * @param kind
 *            the method of proof ({@link #KRAWCZYK}), or null when the solution
 *            is not certified
 * @param radius
 *            the half-width of the box in every real and imaginary direction
 *            (NaN when not certified)
 * @param reality
 *            what is proven about the reality of the solution
 *            ({@link Reality#UNDECIDED} when not certified)
 * @param center
 *            the centre of the box (the refined approximation; empty when not
 *            certified)
 * @param reason
 *            why the solution is not certified (null when it is)
 */
public record SolutionCertificate(String kind, double radius, Reality reality, Complex[] center, String reason) {

    /** The kind of a certificate by Krawczyk's interval Newton operator. */
    public static final String KRAWCZYK = "krawczyk"; //$NON-NLS-1$

    /** What a certificate proves about the reality of its solution. */
    public enum Reality {
        /** The unique solution in the box is real. */
        REAL,
        /** The unique solution in the box is not real. */
        NON_REAL,
        /** Neither is proven. */
        UNDECIDED
    }

    /** Checks consistency and copies the centre. */
    public SolutionCertificate {
        Objects.requireNonNull(reality);
        center = center.clone();
        if ((kind == null) == (reason == null)) {
            throw new IllegalArgumentException("a certificate has either a kind or a reason"); //$NON-NLS-1$
        }
        if (kind != null && !(radius > 0 && Double.isFinite(radius))) {
            throw new IllegalArgumentException("a certificate needs a finite positive radius, got " + radius); //$NON-NLS-1$
        }
    }

    /**
     * @param center
     *            the centre of the certified box
     * @param radius
     *            its half-width
     * @param reality
     *            what is proven about reality
     * @return a Krawczyk certificate
     */
    public static SolutionCertificate krawczyk(Complex[] center, double radius, Reality reality) {
        return new SolutionCertificate(KRAWCZYK, radius, reality, center, null);
    }

    /**
     * @param reason
     *            why there is no certificate, e.g. "singular Jacobian"
     * @return the absence of a certificate
     */
    public static SolutionCertificate none(String reason) {
        return new SolutionCertificate(null, Double.NaN, Reality.UNDECIDED, new Complex[0], Objects.requireNonNull(reason));
    }

    /** @return true when the solution is proven */
    public boolean certified() {
        return kind != null;
    }

    /** @return true when the solution is proven real */
    public boolean provenReal() {
        return reality == Reality.REAL;
    }

    /** @return true when the solution is proven not real */
    public boolean provenNonReal() {
        return reality == Reality.NON_REAL;
    }

    /** @return a copy of the centre of the enclosing box; empty when there is no certificate */
    @Override
    public Complex[] center() {
        return center.clone();
    }

    /**
     * @param i
     *            index of a variable
     * @return the enclosure of that coordinate of the certified solution
     * @throws IllegalStateException
     *             if not certified
     */
    public ComplexInterval box(int i) {
        if (!certified()) {
            throw new IllegalStateException("not certified: " + reason); //$NON-NLS-1$
        }
        return ComplexInterval.around(center[i], radius);
    }

    /**
     * @param other
     *            another certificate
     * @return true when both are certified and their boxes do not meet, which
     *         proves that their solutions differ
     */
    public boolean disjointFrom(SolutionCertificate other) {
        if (!certified() || !other.certified() || center.length != other.center.length) {
            return false;
        }
        for (int i = 0; i < center.length; i++) {
            if (box(i).disjointFrom(other.box(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SolutionCertificate other && Objects.equals(kind, other.kind)
                && Double.compare(radius, other.radius) == 0 && reality == other.reality
                && java.util.Arrays.equals(center, other.center) && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reason, reality) * 31 + Double.hashCode(radius);
    }

    @Override
    public String toString() {
        if (!certified()) {
            return "not certified: " + reason; //$NON-NLS-1$
        }
        return kind + " radius " + radius + (reality == Reality.UNDECIDED ? "" //$NON-NLS-1$ //$NON-NLS-2$
                : reality == Reality.REAL ? ", real" : ", non-real"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
