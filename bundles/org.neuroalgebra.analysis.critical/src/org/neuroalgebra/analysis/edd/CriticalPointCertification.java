// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ComplexInterval;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;

/**
 * Certifies the critical points of an {@link EdDegreeResult} one by one (docs/CERTIFICATES.md):
 * each point (x, λ) is proven by {@link SolutionCertifier} to be the unique solution in a small box
 * of the same Lagrange system at the same data that the exact cross-check counts. A ramification
 * point of a degenerate metric that this system does not certify is tried again on the system with
 * λ·t = 1, on which it was found.
 * <p>
 * Then: points are proven distinct when their boxes in x are pairwise disjoint; "k real" is proven
 * when every point counted real is proven real and every other one proven non-real; the loss of a
 * point proven real is enclosed by evaluating {@code (x − u)ᵀ Q (x − u)} over its box in interval
 * arithmetic, and the global minimum is proven when its enclosure lies below every other real
 * point's.
 */
final class CriticalPointCertification {

    private final List<Polynomial> equations;
    private final int codimension;
    private final Metric metric;
    private final long seed;

    /**
     * @param equations
     *            F, the equations of the variety
     * @param codimension
     *            c
     * @param metric
     *            Q
     * @param seed
     *            the seed of the Lagrange system's random combinations (the same as the solve's)
     */
    CriticalPointCertification(List<Polynomial> equations, int codimension, Metric metric, long seed) {
        this.equations = equations;
        this.codimension = codimension;
        this.metric = metric;
        this.seed = seed;
    }

    /** @return the result with a certificate on every critical point and what they prove together */
    EdDegreeResult certify(EdDegreeResult result) {
        long start = System.nanoTime();
        Rational[] u = exact(result.data());
        int n = u.length;
        LagrangeSystem system = LagrangeSystem.of(equations, codimension, metric, false, seed);
        int unknowns = system.system().variableCount();
        List<CriticalPoint> points = result.criticalPoints();
        List<Complex[]> lifted = new ArrayList<>();
        for (CriticalPoint p : points) {
            lifted.add(concat(p.point(), multipliers(p.multipliers())));
        }
        CertificationResult plain = SolutionCertifier.certify(system.equationsAt(u), unknowns, lifted);
        Polynomial loss = loss(u, unknowns);
        List<SolutionCertificate> certificates = new ArrayList<>(plain.certificates());
        List<Polynomial> losses = new ArrayList<>();
        points.forEach(p -> losses.add(loss));
        retryRamification(points, certificates, losses, u);
        List<CriticalPoint> certified = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SolutionCertificate c = certificates.get(i);
            double[] bounds = null;
            if (c.provenReal()) {
                ComplexInterval value = SolutionCertifier.enclose(losses.get(i), c);
                bounds = new double[] { value.reLow(), value.reHigh() };
            }
            certified.add(points.get(i).withCertificate(c, bounds));
        }
        int count = (int) certificates.stream().filter(SolutionCertificate::certified).count();
        boolean disjoint = disjointInX(certificates, n);
        boolean realProven = certified.stream().allMatch(p -> p.real() ? p.certificate().provenReal()
                : p.certificate().provenNonReal());
        boolean minimumProven = realProven && minimumSeparated(certified);
        double seconds = (System.nanoTime() - start) * 1e-9;
        String method = "Krawczyk's interval Newton operator on the Lagrange system in " + unknowns //$NON-NLS-1$
                + " unknowns at the same data, outward-rounded interval arithmetic; " + count + " of " //$NON-NLS-1$ //$NON-NLS-2$
                + points.size() + " points certified" + (disjoint ? ", pairwise disjoint in x" : ", NOT proven distinct"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return result.withCertification(certified,
                new Certification(count, points.size(), disjoint, realProven, minimumProven, seconds, method));
    }

    /**
     * A ramification point (degenerate Q, λ ≠ 0) may be a regular solution only of the system with
     * λ·t = 1 (hypersurfaces): certify it there, with (x, λ, 1/λ).
     */
    private void retryRamification(List<CriticalPoint> points, List<SolutionCertificate> certificates,
            List<Polynomial> losses, Rational[] u) {
        if (codimension != 1 || metric.kernelDimension() == 0) {
            return;
        }
        List<Integer> retry = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint p = points.get(i);
            if (!certificates.get(i).certified() && p.kind().equals(CriticalSetSearch.RAMIFICATION)
                    && p.multipliers().length == 1 && p.multipliers()[0].abs() > 0) {
                retry.add(i);
            }
        }
        if (retry.isEmpty()) {
            return;
        }
        LagrangeSystem withT = LagrangeSystem.of(equations, 1, metric, true, seed);
        int unknowns = withT.system().variableCount();
        List<Complex[]> lifted = new ArrayList<>();
        for (int i : retry) {
            Complex lambda = points.get(i).multipliers()[0];
            lifted.add(concat(points.get(i).point(), new Complex[] { lambda, inverse(lambda) }));
        }
        CertificationResult again = SolutionCertifier.certify(withT.equationsAt(u), unknowns, lifted);
        Polynomial loss = loss(u, unknowns);
        for (int j = 0; j < retry.size(); j++) {
            if (again.certificate(j).certified()) {
                certificates.set(retry.get(j), again.certificate(j));
                losses.set(retry.get(j), loss);
            }
        }
    }

    /** @return whether every two certified boxes are disjoint in some coordinate of x */
    private static boolean disjointInX(List<SolutionCertificate> certificates, int n) {
        for (int i = 0; i < certificates.size(); i++) {
            for (int j = i + 1; j < certificates.size(); j++) {
                if (!disjoint(certificates.get(i), certificates.get(j), n)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disjoint(SolutionCertificate a, SolutionCertificate b, int n) {
        if (!a.certified() || !b.certified()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a.box(i).disjointFrom(b.box(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the real point of least loss has a loss enclosure below all other real points' */
    static boolean minimumSeparated(List<CriticalPoint> points) {
        List<CriticalPoint> real = points.stream().filter(CriticalPoint::real).toList();
        if (real.isEmpty() || real.stream().anyMatch(p -> p.lossBounds() == null)) {
            return false;
        }
        CriticalPoint least = real.stream().min((a, b) -> Double.compare(a.lossBounds()[1], b.lossBounds()[1]))
                .orElseThrow();
        double high = least.lossBounds()[1];
        return real.stream().filter(p -> p != least).allMatch(p -> high < p.lossBounds()[0]);
    }

    /** @return (x − u)ᵀ Q (x − u) in the first n of the given unknowns */
    private Polynomial loss(Rational[] u, int unknowns) {
        int n = u.length;
        Polynomial sum = Polynomial.zero(unknowns);
        for (int i = 0; i < n; i++) {
            Polynomial di = Polynomial.variable(unknowns, i).sub(Polynomial.constant(unknowns, u[i]));
            for (int j = 0; j < n; j++) {
                Rational q = metric.entry(i, j);
                if (!q.isZero()) {
                    Polynomial dj = Polynomial.variable(unknowns, j).sub(Polynomial.constant(unknowns, u[j]));
                    sum = sum.add(di.mul(dj).scale(q));
                }
            }
        }
        return sum;
    }

    /** @return the multipliers padded with zeros to c (a zero-loss point has λ = 0) */
    private Complex[] multipliers(Complex[] lambda) {
        Complex[] result = new Complex[codimension];
        Arrays.fill(result, Complex.ZERO);
        System.arraycopy(lambda, 0, result, 0, Math.min(lambda.length, codimension));
        return result;
    }

    private static Complex inverse(Complex z) {
        double norm = z.re() * z.re() + z.im() * z.im();
        return new Complex(z.re() / norm, -z.im() / norm);
    }

    static Rational[] exact(double[] data) {
        Rational[] u = new Rational[data.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = Rational.of(new BigDecimal(data[i]));
        }
        return u;
    }

    private static Complex[] concat(Complex[] a, Complex[] b) {
        Complex[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
