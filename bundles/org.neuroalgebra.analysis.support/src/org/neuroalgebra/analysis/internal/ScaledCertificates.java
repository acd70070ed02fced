// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ComplexInterval;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;

/**
 * Certificates of solutions whose coordinates differ by orders of magnitude (e.g. a normalized
 * parameter of size 10⁶ next to one of size 0.05): a box with one radius in every coordinate
 * cannot fit both. Each point is certified in its own scaled unknowns θ_v = s_v y_v, with s_v the
 * power of two nearest to max(1, |θ_v|), so that the scaled system has exact rational coefficients
 * again and the scaled point has coordinates of size about 1. A certificate for y with radius r is
 * the box |θ_v − s_v c_v| ≤ s_v r in the original unknowns (exact, s_v being a power of two);
 * reality is unchanged by a real scaling. Points are proven distinct when their boxes in θ are
 * disjoint in some coordinate.
 *
 * @param certificates
 *            per point, in the scaled unknowns of that point
 * @param scales
 *            per point, the scales s_v
 * @param disjoint
 *            whether the certified boxes are pairwise disjoint in the original unknowns
 * @param seconds
 *            the time spent certifying
 */
public record ScaledCertificates(List<SolutionCertificate> certificates, List<double[]> scales, boolean disjoint,
        double seconds) {

    /** Copies the lists. */
    public ScaledCertificates {
        certificates = List.copyOf(certificates);
        scales = scales.stream().map(double[]::clone).toList();
    }

    /**
     * @param equations
     *            a square system with rational coefficients in {@code variables} unknowns
     * @param variables
     *            the number of unknowns
     * @param points
     *            approximate solutions
     * @return one certificate per point
     */
    public static ScaledCertificates of(List<Polynomial> equations, int variables, List<Complex[]> points) {
        long start = System.nanoTime();
        List<SolutionCertificate> certificates = new ArrayList<>();
        List<double[]> scales = new ArrayList<>();
        for (Complex[] point : points) {
            int[] exponents = new int[variables];
            double[] scale = new double[variables];
            Complex[] scaled = new Complex[variables];
            for (int v = 0; v < variables; v++) {
                exponents[v] = Math.max(0, Math.getExponent(Math.max(1, point[v].abs())));
                scale[v] = Math.scalb(1.0, exponents[v]);
                scaled[v] = new Complex(point[v].re() / scale[v], point[v].im() / scale[v]);
            }
            List<Polynomial> system = equations.stream().map(f -> scaled(f, exponents)).toList();
            CertificationResult result = SolutionCertifier.certify(system, variables,
                    java.util.Collections.singletonList(scaled));
            certificates.add(result.certificate(0));
            scales.add(scale);
        }
        boolean disjoint = true;
        for (int i = 0; i < points.size() && disjoint; i++) {
            for (int j = i + 1; j < points.size() && disjoint; j++) {
                disjoint = disjoint(certificates.get(i), scales.get(i), certificates.get(j), scales.get(j));
            }
        }
        return new ScaledCertificates(certificates, scales, disjoint, (System.nanoTime() - start) * 1e-9);
    }

    /** @return how many points are certified */
    public int certifiedCount() {
        return (int) certificates.stream().filter(SolutionCertificate::certified).count();
    }

    /** @return every point certified and proven distinct */
    public boolean allCertifiedAndDistinct() {
        return certifiedCount() == certificates.size() && disjoint;
    }

    /** @return e.g. "2 of 2 points certified (Krawczyk), proven distinct" */
    public String summary() {
        return certifiedCount() + " of " + certificates.size() + " points certified (Krawczyk)" //$NON-NLS-1$ //$NON-NLS-2$
                + (disjoint ? ", proven distinct" : ", not proven distinct"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return f(s_1 y_1, …, s_n y_n) with s_v = 2^{e_v} */
    private static Polynomial scaled(Polynomial f, int[] exponents) {
        Map<Monomial, Rational> terms = new TreeMap<>();
        for (Polynomial.Term term : f.terms()) {
            int[] e = term.exponents();
            int shift = 0;
            for (int v = 0; v < e.length; v++) {
                shift += e[v] * exponents[v];
            }
            terms.put(term.monomial(), term.coefficient().mul(Rational.of(BigInteger.ONE.shiftLeft(shift), BigInteger.ONE)));
        }
        return Polynomial.of(f.variableCount(), terms);
    }

    private static boolean disjoint(SolutionCertificate a, double[] sa, SolutionCertificate b, double[] sb) {
        if (!a.certified() || !b.certified()) {
            return false;
        }
        for (int v = 0; v < sa.length; v++) {
            if (unscaled(a.box(v), sa[v]).disjointFrom(unscaled(b.box(v), sb[v]))) {
                return true;
            }
        }
        return false;
    }

    /** Multiplying by a power of two is exact (no overflow or underflow at these sizes): the box in θ. */
    private static ComplexInterval unscaled(ComplexInterval box, double scale) {
        return new ComplexInterval(box.reLow() * scale, box.reHigh() * scale, box.imLow() * scale,
                box.imHigh() * scale);
    }
}
