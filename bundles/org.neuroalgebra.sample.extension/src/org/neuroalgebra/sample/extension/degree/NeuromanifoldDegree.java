// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.layers.NetworkParametrizations;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The degree of a neuromanifold M, the closure of the image of an architecture's parametrization
 * f, through the parametrization ({@link NeuromanifoldSlice}): deg M = T / e, where T counts the
 * parameters θ in a random affine slice S with f(θ) in a random L of complementary dimension, and
 * e counts those of them over one chosen point c₀ ∈ M ∩ L.
 * <p>
 * Both counts are made twice: by homotopy continuation of the square system (each endpoint tested
 * by Krawczyk's method, e the endpoints with f(θ) = c₀ numerically), and exactly modulo two
 * primes (the square system and the fibre system f(θ) = c₀, θ ∈ S). The degree is certified when
 * the primes agree, every point is simple, the homotopy finds T points, all certified, with e of
 * them over c₀ as the exact count says, and e divides T.
 */
final class NeuromanifoldDegree {

    /** Relative tolerance of f(θ) = c₀ for an endpoint of the homotopy. */
    private static final double OVER_BASE = 1e-6;

    private NeuromanifoldDegree() {
    }

    static Parametrization parametrization(Architecture architecture, BigInteger limit) throws AnalysisException {
        try {
            return NetworkParametrizations.of(architecture, limit);
        } catch (TooLargeException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
        }
    }

    /** The Bézout bound of the square system: d equations of the degree of f, P − d linear ones. */
    static BigInteger bezoutBound(NeuromanifoldSlice slice) {
        int degree = slice.image().stream().mapToInt(p -> p.degree()).max().orElse(1);
        return BigInteger.valueOf(Math.max(degree, 1)).pow(slice.dimension());
    }

    static DegreeResult run(Architecture architecture, NeuromanifoldSlice slice, PolynomialSystemSolver solver,
            SolutionCounter counter, List<Long> primes, long seed, long start, ProgressMonitor monitor) {
        int unknowns = slice.unknowns();
        List<CountResult> total = new ArrayList<>();
        List<CountResult> fibre = new ArrayList<>();
        for (long prime : primes) {
            total.add(counter.count(slice.square(), unknowns, List.of(), prime, seed, monitor));
            fibre.add(counter.count(slice.fibre(), unknowns, List.of(), prime, seed, monitor));
        }
        monitor.worked(1);
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= unknowns; k++) {
            names.add("t" + k); //$NON-NLS-1$
        }
        SolveResult solve = solver.solve(PolynomialSystem.of(names, slice.square()), new Complex[0],
                SolverOptions.defaults().withSeed(seed), monitor);
        List<Complex[]> endpoints = solve.finiteSolutions().stream().map(Solution::coordinates).toList();
        CertificationResult all = SolutionCertifier.certify(slice.square(), unknowns, endpoints);
        // Only certified endpoints count: an endpoint Krawczyk cannot certify (a path that ended near
        // infinity or at a near-singular point) is no proven solution, and the note says so.
        List<Complex[]> thetas = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            if (all.certificate(i).certified()) {
                thetas.add(endpoints.get(i));
            }
        }
        CertificationResult certification = SolutionCertifier.certify(slice.square(), unknowns, thetas);
        long overBase = thetas.stream().filter(theta -> slice.overBase(theta, OVER_BASE)).count();
        monitor.worked(1);

        List<String> notes = new ArrayList<>();
        long exactTotal = total.get(0).distinctSolutions();
        long exactFibre = fibre.get(0).distinctSolutions();
        boolean primesAgree = agree(total) && agree(fibre);
        boolean finite = total.stream().allMatch(c -> c.dimension() == 0) && fibre.stream().allMatch(c -> c.dimension() == 0);
        boolean radical = total.stream().allMatch(c -> c.degree() == c.distinctSolutions())
                && fibre.stream().allMatch(c -> c.degree() == c.distinctSolutions());
        boolean divides = finite && exactFibre > 0 && exactTotal % exactFibre == 0;
        Long degree = null;
        if (primesAgree && divides) {
            degree = exactTotal / exactFibre;
        } else if (overBase > 0 && thetas.size() % overBase == 0) {
            degree = thetas.size() / overBase;
            notes.add("the exact counts are not usable (primes agree: " + primesAgree + ", finite: " + finite //$NON-NLS-1$ //$NON-NLS-2$
                    + "): the degree is the homotopy's " + thetas.size() + " / " + overBase); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            notes.add("neither count gives the degree: " + thetas.size() + " homotopy points, " + overBase //$NON-NLS-1$ //$NON-NLS-2$
                    + " over the base point; exact " + exactTotal + " and " + exactFibre + "; try another seed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        boolean numericalAgrees = thetas.size() == exactTotal && overBase == exactFibre;
        if (!numericalAgrees) {
            notes.add("homotopy continuation found " + thetas.size() + " certified parameter points, " + overBase //$NON-NLS-1$ //$NON-NLS-2$
                    + " over the base point; the exact counts are " + exactTotal + " and " + exactFibre); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!radical) {
            notes.add("some points are multiple (the ideals are not radical): distinct points are counted"); //$NON-NLS-1$
        }
        if (solve.failedPathCount() > 0) {
            notes.add(solve.failedPathCount() + " homotopy paths failed"); //$NON-NLS-1$
        }
        if (thetas.size() < endpoints.size()) {
            notes.add((endpoints.size() - thetas.size()) + " of " + endpoints.size() //$NON-NLS-1$
                    + " homotopy endpoints could not be certified (Krawczyk) and are not counted"); //$NON-NLS-1$
        }
        if (!certification.allCertifiedAndDistinct()) {
            notes.add(certification.summary());
        }
        notes.add("T = " + exactTotal + " parameter points in the slice map into M ∩ L, e = " + exactFibre //$NON-NLS-1$ //$NON-NLS-2$
                + " of them onto each point (the generic fibre cut by " + (unknowns - slice.dimension()) //$NON-NLS-1$
                + " random affine equations): degree T / e"); //$NON-NLS-1$
        notes.add("the dimension " + slice.dimension() + " is the rank of the Jacobian at a random point modulo " //$NON-NLS-1$ //$NON-NLS-2$
                + primes.get(0) + ", confirmed by the slice being finite and nonempty"); //$NON-NLS-1$
        boolean certified = primesAgree && divides && radical && numericalAgrees && certification.allCertifiedAndDistinct()
                && solve.failedPathCount() == 0;

        List<DegreeResult.Point> points = images(slice, thetas, certification);
        List<DegreeResult.PrimeCount> counts = new ArrayList<>();
        for (int i = 0; i < primes.size(); i++) {
            long t = total.get(i).distinctSolutions();
            long e = fibre.get(i).distinctSolutions();
            counts.add(new DegreeResult.PrimeCount(primes.get(i), e > 0 && t % e == 0 ? t / e : -1, total.get(i).degree()));
        }
        String method = "f(θ) ∈ L for a random affine space L of dimension " //$NON-NLS-1$
                + (slice.parametrization().ambientDimension() - slice.dimension()) + " through a point of M, with θ in a random affine slice of dimension " //$NON-NLS-1$
                + slice.dimension() + " of the parameters: homotopy continuation (" + solver.id() //$NON-NLS-1$
                + ") with Krawczyk certificates and an exact count by " + counter.id() //$NON-NLS-1$
                + " modulo two primes, divided by the points of one fibre"; //$NON-NLS-1$
        Provenance provenance = new Provenance(certified, method, seed, (System.nanoTime() - start) / 1e9, notes);
        int certifiedImages = (int) points.stream().filter(DegreeResult.Point::certified).count();
        return new DegreeResult(architecture.getName(), degree, slice.dimension(), slice.parametrization().ambientDimension(),
                slice.parametrization().coordinateNames(), points.size(), certifiedImages, counts, points, provenance);
    }

    private static boolean agree(List<CountResult> counts) {
        CountResult first = counts.get(0);
        return counts.stream().allMatch(c -> c.dimension() == first.dimension() && c.degree() == first.degree()
                && c.distinctSolutions() == first.distinctSolutions());
    }

    /**
     * The distinct points f(θ) of M ∩ L found, each certified when every θ over it is: points of one
     * fibre map to the same image, so this is the numerical count of M ∩ L.
     */
    private static List<DegreeResult.Point> images(NeuromanifoldSlice slice, List<Complex[]> thetas,
            CertificationResult certification) {
        List<Complex[]> images = new ArrayList<>();
        List<Boolean> certified = new ArrayList<>();
        for (int i = 0; i < thetas.size(); i++) {
            Complex[] image = slice.imageOf(thetas.get(i));
            boolean ok = certification.certificate(i).certified();
            int found = -1;
            for (int k = 0; k < images.size() && found < 0; k++) {
                if (close(images.get(k), image)) {
                    found = k;
                }
            }
            if (found < 0) {
                images.add(image);
                certified.add(ok);
            } else {
                certified.set(found, certified.get(found) && ok);
            }
        }
        List<DegreeResult.Point> points = new ArrayList<>();
        for (int k = 0; k < images.size(); k++) {
            points.add(new DegreeResult.Point(images.get(k), certified.get(k)));
        }
        return points;
    }

    private static boolean close(Complex[] a, Complex[] b) {
        return Complex.relativeDistance(a, b) <= OVER_BASE;
    }
}
