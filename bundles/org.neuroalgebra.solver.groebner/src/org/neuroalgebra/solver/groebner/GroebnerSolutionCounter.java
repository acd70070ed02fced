// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner;

import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.groebner.internal.F4;
import org.neuroalgebra.solver.groebner.internal.IdealInvariants;
import org.neuroalgebra.solver.groebner.internal.ModPolynomial;
import org.neuroalgebra.solver.groebner.internal.ModularSystem;
import org.osgi.service.component.annotations.Component;

/**
 * Counts solutions with a Gröbner basis modulo a prime (F4, graded reverse
 * lexicographic order).
 * <ul>
 * <li>dimension: from the Hilbert series of the leading ideal;</li>
 * <li>dimension 0: the degree is the number of standard monomials, the
 * distinct solutions are the distinct eigenvalues of multiplication by a
 * random linear form;</li>
 * <li>positive dimension without saturation: the degree is h(1) of the
 * Hilbert series (exact, no random choice);</li>
 * <li>positive dimension with saturation: the degree is the number of
 * solutions, with multiplicity, after adding dimension-many random affine
 * linear equations (the Rabinowitsch variable changes the degree of the
 * closure, so the Hilbert series cannot be used there).</li>
 * </ul>
 * Saturation adds one variable t and the equation 1 − t·g for a random
 * combination g of the saturating polynomials. Every random choice comes from
 * the seed.
 */
@Component(service = SolutionCounter.class)
public class GroebnerSolutionCounter implements SolutionCounter {

    /** The identifier of this counter. */
    public static final String ID = "groebner-f4"; //$NON-NLS-1$

    /** The counter is stateless: Declarative Services and tests create it alike. */
    public GroebnerSolutionCounter() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CountResult count(List<Polynomial> equations, int variableCount, List<Polynomial> saturateBy, long prime,
            long seed, ProgressMonitor monitor) {
        return count(equations, variableCount, saturateBy, prime, seed, true, monitor);
    }

    /**
     * Skips the distinct solutions: for 1024 solutions their Wiedemann sequence (2048 products with
     * a 1024 × 1024 multiplication matrix) was a fifth of the count.
     */
    @Override
    public CountResult countWithMultiplicity(List<Polynomial> equations, int variableCount, long prime, long seed,
            ProgressMonitor monitor) {
        return count(equations, variableCount, List.of(), prime, seed, false, monitor);
    }

    private static CountResult count(List<Polynomial> equations, int variableCount, List<Polynomial> saturateBy,
            long prime, long seed, boolean distinct, ProgressMonitor monitor) {
        long start = System.nanoTime();
        monitor.begin("Gröbner basis modulo " + prime, -1); //$NON-NLS-1$
        SplittableRandom random = new SplittableRandom(seed);
        boolean saturating = !saturateBy.isEmpty();
        ModularSystem system = new ModularSystem(equations, variableCount, saturateBy, prime, random.split());
        F4 f4 = new F4(system.layout(), prime, monitor);
        List<ModPolynomial> basis = f4.reducedBasis(system.generators());
        IdealInvariants invariants = new IdealInvariants(system.layout(), prime, basis);
        int dimension = invariants.dimension();
        Counts counts;
        if (dimension < 0) {
            counts = new Counts(0, 0, "unit ideal: no solution"); //$NON-NLS-1$
        } else if (dimension == 0) {
            counts = distinct ? points(invariants, random.split())
                    : new Counts(invariants.degree(), -1, "degree = number of standard monomials; distinct solutions not counted"); //$NON-NLS-1$
        } else if (saturating) {
            counts = slices(system, dimension, seed, random.split(), monitor);
        } else {
            counts = new Counts(invariants.degree(), -1,
                    "dimension and degree from the Hilbert series of the leading ideal"); //$NON-NLS-1$
        }
        String method = "F4 Gröbner basis mod " + prime + " in grevlex order (" + f4.matrixCount() + " matrices); " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (saturating ? "saturation by 1 - t*g, g a random combination of " + saturateBy.size() //$NON-NLS-1$
                        + " polynomial(s); " : "") //$NON-NLS-1$ //$NON-NLS-2$
                + counts.method();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new CountResult(dimension, counts.degree(), counts.distinct(), prime, seed, basis.size(), seconds,
                method);
    }

    private record Counts(long degree, long distinct, String method) {
    }

    private static Counts points(IdealInvariants invariants, SplittableRandom random) {
        long degree = invariants.degree();
        if (degree > IdealInvariants.MAX_DISTINCT_COUNT) {
            return new Counts(degree, -1, "degree = number of standard monomials; distinct solutions not counted (more than " //$NON-NLS-1$
                    + IdealInvariants.MAX_DISTINCT_COUNT + ")"); //$NON-NLS-1$
        }
        return new Counts(degree, invariants.distinctSolutions(random),
                "degree = number of standard monomials; distinct = distinct eigenvalues of a random linear form"); //$NON-NLS-1$
    }

    private static Counts slices(ModularSystem system, int dimension, long seed, SplittableRandom random,
            ProgressMonitor monitor) {
        ModularSystem sliced = system.withRandomSlices(dimension, random);
        IdealInvariants slice = new IdealInvariants(system.layout(), system.prime(),
                new F4(system.layout(), system.prime(), monitor).reducedBasis(sliced.generators()));
        if (slice.dimension() != 0) {
            throw new IllegalStateException("a random linear slice of a " + dimension //$NON-NLS-1$
                    + "-dimensional set was not finite; try another seed (seed " + seed + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Counts(slice.degree(), -1,
                "degree = solutions with multiplicity on " + dimension + " random affine hyperplane(s)"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
