// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.internal.certify.BoxEvaluation;
import org.neuroalgebra.solver.internal.certify.Disjointness;
import org.neuroalgebra.solver.internal.certify.KrawczykCertifier;
import org.neuroalgebra.solver.internal.certify.Substitution;

/**
 * Proves approximate solutions of square polynomial systems with exact
 * rational coefficients, one by one, as {@link SolutionCertificate}s.
 * <p>
 * Each point is first refined by Newton's method (with residuals evaluated
 * exactly when double precision cannot resolve them), then a box around it is
 * tested with Krawczyk's operator
 * {@code K(X) = c − Y F(c) + (I − Y F'(X)) (X − c)}, Y an approximate inverse
 * of {@code F'(c)}, in interval arithmetic that rounds every operation outward
 * and encloses every rational coefficient. {@code K(X) ⊂ interior(X)} proves
 * that X holds exactly one solution, and that it is regular. The radius of the
 * box is chosen from the size of the Newton step and adapted a few times; it
 * is scaled per coordinate, so that a solution whose coordinates differ by
 * orders of magnitude fits it ({@link SolutionCertificate#scales()}).
 * <p>
 * A point whose Jacobian is singular at the solution (a multiple root, a point
 * on a positive-dimensional component) cannot be certified this way: it gets
 * no certificate and a reason ("singular Jacobian" or "Krawczyk test failed").
 * Systems that are not square get no certificates either.
 * <p>
 * The cost per point is a few Jacobian evaluations over a box and one complex
 * n × n inverse: O(n³ + n² · terms). Points are certified in parallel on the
 * common fork-join pool.
 */
public final class SolutionCertifier {

    /**
     * How far refinement may move a point, relative to max(1, |point|∞), by
     * default: a point farther from the solution Newton's method converges to
     * does not approximate it, and certifying that solution instead would hide
     * an error (points of a different system, say).
     */
    public static final double DEFAULT_TOLERANCE = KrawczykCertifier.DEFAULT_TOLERANCE;

    private SolutionCertifier() {
    }

    /**
     * @param system
     *            a system without parameters
     * @param points
     *            approximate solutions, each with {@code system.variableCount()}
     *            coordinates
     * @return one certificate per point, in order
     * @throws IllegalArgumentException
     *             if the system has parameters or a point has the wrong length
     */
    public static CertificationResult certify(PolynomialSystem system, List<Complex[]> points) {
        if (system.parameterCount() > 0) {
            throw new IllegalArgumentException("the system has parameters " + system.parameters() //$NON-NLS-1$
                    + "; give their exact values"); //$NON-NLS-1$
        }
        return certify(system.equations(), system.variableCount(), points);
    }

    /**
     * @param system
     *            a system with parameters
     * @param parameterValues
     *            exact values of its parameters (a double converts exactly with
     *            {@code Rational.of(new BigDecimal(value))})
     * @param points
     *            approximate solutions in the variables
     * @return one certificate per point, in order
     * @throws IllegalArgumentException
     *             if the number of parameter values or a point's length is wrong
     */
    public static CertificationResult certify(PolynomialSystem system, Rational[] parameterValues,
            List<Complex[]> points) {
        if (parameterValues.length != system.parameterCount()) {
            throw new IllegalArgumentException("the system has " + system.parameterCount() + " parameters, got " //$NON-NLS-1$ //$NON-NLS-2$
                    + parameterValues.length + " values"); //$NON-NLS-1$
        }
        List<Polynomial> equations = new ArrayList<>();
        for (Polynomial f : system.equations()) {
            equations.add(Substitution.substituteTrailing(f, system.variableCount(), parameterValues));
        }
        return certify(equations, system.variableCount(), points);
    }

    /**
     * @param equations
     *            polynomials in {@code variableCount} variables with exact
     *            rational coefficients
     * @param variableCount
     *            the number of unknowns
     * @param points
     *            approximate solutions, each with {@code variableCount}
     *            coordinates
     * @return one certificate per point, in order; all uncertified with the
     *         reason when the system is not square
     * @throws IllegalArgumentException
     *             if a polynomial or a point has the wrong number of variables
     */
    public static CertificationResult certify(List<Polynomial> equations, int variableCount, List<Complex[]> points) {
        return certify(equations, variableCount, points, DEFAULT_TOLERANCE);
    }

    /**
     * @param equations
     *            polynomials in {@code variableCount} variables with exact
     *            rational coefficients
     * @param variableCount
     *            the number of unknowns
     * @param points
     *            approximate solutions, each with {@code variableCount}
     *            coordinates
     * @param tolerance
     *            how far refinement may move a point, relative to
     *            max(1, |point|∞) (see {@link #DEFAULT_TOLERANCE})
     * @return one certificate per point, in order; all uncertified with the
     *         reason when the system is not square
     * @throws IllegalArgumentException
     *             if a polynomial or a point has the wrong number of variables,
     *             or the tolerance is not positive
     */
    public static CertificationResult certify(List<Polynomial> equations, int variableCount, List<Complex[]> points,
            double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("the tolerance must be positive, got " + tolerance); //$NON-NLS-1$
        }
        long start = System.nanoTime();
        for (Polynomial f : equations) {
            if (f.variableCount() != variableCount) {
                throw new IllegalArgumentException("an equation has " + f.variableCount() + " variables, expected " //$NON-NLS-1$ //$NON-NLS-2$
                        + variableCount);
            }
        }
        for (Complex[] point : points) {
            if (point.length != variableCount) {
                throw new IllegalArgumentException("a point has " + point.length + " coordinates, expected " //$NON-NLS-1$ //$NON-NLS-2$
                        + variableCount);
            }
        }
        List<SolutionCertificate> certificates = new ArrayList<>();
        if (equations.size() != variableCount) {
            String reason = "not a square system (" + equations.size() + " equations in " + variableCount //$NON-NLS-1$ //$NON-NLS-2$
                    + " unknowns): Krawczyk's test needs as many equations as unknowns"; //$NON-NLS-1$
            points.forEach(p -> certificates.add(SolutionCertificate.none(reason)));
        } else {
            KrawczykCertifier certifier = new KrawczykCertifier(equations, variableCount, tolerance);
            // the points are independent and the certifier only reads its compiled polynomials
            certificates.addAll(points.parallelStream().map(certifier::certify).toList());
        }
        Disjointness disjointness = Disjointness.of(certificates);
        return new CertificationResult(certificates, disjointness.independent(), disjointness.pairwiseDisjoint(),
                (System.nanoTime() - start) * 1e-9);
    }

    /**
     * Encloses the values of a polynomial over a certified box, for example to
     * prove which of several certified critical points has the least loss.
     *
     * @param f
     *            a polynomial in the variables of the certificate's system
     * @param certificate
     *            a certified solution
     * @return a rectangle holding f(z) for every z in the certificate's box, in
     *         particular f at the certified solution
     * @throws IllegalArgumentException
     *             if the certificate is not certified or the sizes differ
     */
    public static ComplexInterval enclose(Polynomial f, SolutionCertificate certificate) {
        if (!certificate.certified()) {
            throw new IllegalArgumentException("not certified: " + certificate.reason()); //$NON-NLS-1$
        }
        int n = certificate.center().length;
        if (f.variableCount() != n) {
            throw new IllegalArgumentException("the polynomial has " + f.variableCount() + " variables, the solution " //$NON-NLS-1$ //$NON-NLS-2$
                    + n);
        }
        ComplexInterval[] boxes = new ComplexInterval[n];
        for (int v = 0; v < n; v++) {
            boxes[v] = certificate.box(v);
        }
        return BoxEvaluation.enclose(f, boxes);
    }
}
