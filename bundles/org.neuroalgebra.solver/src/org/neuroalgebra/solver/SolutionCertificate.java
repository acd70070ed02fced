// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.Arrays;
import java.util.Objects;

/**
 * A proof, or the reason there is none, that an approximate solution of a
 * square polynomial system approximates a true solution.
 * <p>
 * A certified solution comes with a box: every coordinate {@code z_i} with
 * {@code |Re z_i − Re center_i| ≤ radius · scales_i} and
 * {@code |Im z_i − Im center_i| ≤ radius · scales_i}. The scales are powers of
 * two, 1 for coordinates of size below 2 and about |center_i| above: a solution
 * whose coordinates differ by orders of magnitude fits no box with one radius.
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
 *            the half-width of the box in every real and imaginary direction,
 *            times scales_i in coordinate i (NaN when not certified)
 * @param scales
 *            the factor of the radius in each coordinate, a power of two
 *            (empty when not certified)
 * @param reality
 *            what is proven about the reality of the solution
 *            ({@link Reality#UNDECIDED} when not certified)
 * @param center
 *            the centre of the box (the refined approximation; empty when not
 *            certified)
 * @param reason
 *            why the solution is not certified (null when it is)
 */
public record SolutionCertificate(String kind, double radius, double[] scales, Reality reality, Complex[] center,
        String reason) {

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

    /** Checks consistency and copies the centre and the scales. */
    public SolutionCertificate {
        Objects.requireNonNull(reality);
        center = center.clone();
        scales = scales.clone();
        if (scales.length != center.length) {
            throw new IllegalArgumentException("a certificate needs one scale per coordinate, got " + scales.length //$NON-NLS-1$
                    + " for " + center.length); //$NON-NLS-1$
        }
        for (double s : scales) {
            // a power of two makes radius · s exact, so box(i) is the box that was proven
            if (!(s > 0 && Double.isFinite(s) && s == Math.scalb(1.0, Math.getExponent(s)))) {
                throw new IllegalArgumentException("a scale must be a positive power of two, got " + s); //$NON-NLS-1$
            }
        }
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
        double[] scales = new double[center.length];
        Arrays.fill(scales, 1);
        return krawczyk(center, radius, scales, reality);
    }

    /**
     * @param center
     *            the centre of the certified box
     * @param radius
     *            its half-width, times scales_i in coordinate i
     * @param scales
     *            powers of two, one per coordinate
     * @param reality
     *            what is proven about reality
     * @return a Krawczyk certificate for the box |z_i − center_i| ≤ radius · scales_i
     */
    public static SolutionCertificate krawczyk(Complex[] center, double radius, double[] scales, Reality reality) {
        return new SolutionCertificate(KRAWCZYK, radius, scales, reality, center, null);
    }

    /**
     * @param reason
     *            why there is no certificate, e.g. "singular Jacobian"
     * @return the absence of a certificate
     */
    public static SolutionCertificate none(String reason) {
        return new SolutionCertificate(null, Double.NaN, new double[0], Reality.UNDECIDED, new Complex[0],
                Objects.requireNonNull(reason));
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

    /** @return a copy of the scales of the radius per coordinate; empty when there is no certificate */
    @Override
    public double[] scales() {
        return scales.clone();
    }

    /** @return true when some coordinate's half-width differs from the radius */
    public boolean scaled() {
        return Arrays.stream(scales).anyMatch(s -> s != 1);
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
        return ComplexInterval.around(center[i], radius * scales[i]);
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
                && Double.compare(radius, other.radius) == 0 && Arrays.equals(scales, other.scales)
                && reality == other.reality
                && Arrays.equals(center, other.center) && Objects.equals(reason, other.reason);
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
        return kind + " radius " + radius + (scaled() ? " × scales " + Arrays.toString(scales) : "") //$NON-NLS-1$ //$NON-NLS-2$
                + (reality == Reality.UNDECIDED ? "" //$NON-NLS-1$ //$NON-NLS-2$
                : reality == Reality.REAL ? ", real" : ", non-real"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
