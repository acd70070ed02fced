// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The sample extension: its mathematics, and that the suite picks it up as a service. */
class CompanionMatrixSolverTest {

    private final CompanionMatrixSolver solver = new CompanionMatrixSolver();

    @Test
    void theRegistryPicksUpTheContributedSolverAndTheBuiltInOnes() throws InterruptedException {
        // The sample bundle activates lazily: loading its class (the field above) started it.
        BundleContext context = FrameworkUtil.getBundle(CompanionMatrixSolver.class).getBundleContext();
        assertNotNull(context, "the sample bundle is active");
        ServiceTracker<SolverRegistry, SolverRegistry> tracker = new ServiceTracker<>(context, SolverRegistry.class, null);
        tracker.open();
        try {
            SolverRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertNotNull(registry, "Declarative Services registered the solver registry");
            long deadline = System.currentTimeMillis() + 10_000;
            while (registry.solver(CompanionMatrixSolver.ID).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(registry.solver(CompanionMatrixSolver.ID).isPresent(), () -> "registered: " //$NON-NLS-1$
                    + registry.solvers().stream().map(s -> s.id()).toList());
            assertTrue(registry.counter("groebner-f4").isPresent(), "the built-in Gröbner counter is registered"); //$NON-NLS-1$
        } finally {
            tracker.close();
        }
    }

    @Test
    void rootsOfAProductOfLinearFactors() throws PolynomialSyntaxException {
        // (x - 1)(x - 2)(x - 3): roots known by construction.
        SolveResult result = solve("x^3 - 6*x^2 + 11*x - 6"); //$NON-NLS-1$
        List<Double> roots = result.solutions().stream().peek(s -> assertTrue(s.real()))
                .map(s -> s.coordinate(0).re()).sorted().toList();
        assertEquals(3, roots.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1.0, roots.get(i), 1e-10);
        }
        assertEquals(0, result.failedPathCount());
    }

    @Test
    void conjugateRootsAreNotReal() throws PolynomialSyntaxException {
        SolveResult result = solve("x^2 + 1"); //$NON-NLS-1$
        assertEquals(2, result.solutions().size());
        for (Solution s : result.solutions()) {
            assertEquals(1.0, Math.abs(s.coordinate(0).im()), 1e-12);
            assertTrue(!s.real());
        }
    }

    @Test
    void agreesWithHomotopyContinuationOnARandomQuintic() throws PolynomialSyntaxException {
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder text = new StringBuilder("x^5"); //$NON-NLS-1$
        for (int i = 4; i >= 0; i--) {
            text.append(" + ").append(random.nextInt(-9, 10)).append("*x^").append(i); //$NON-NLS-1$ //$NON-NLS-2$
        }
        PolynomialSystem system = PolynomialSystem.of(List.of("x"), List.of(parse(text.toString()))); //$NON-NLS-1$
        SolverOptions options = SolverOptions.defaults().withSeed(17);
        List<Complex> byEigenvalues = sorted(solver.solve(system, new Complex[0], options, ProgressMonitor.NULL));
        List<Complex> byHomotopy = sorted(
                new HomotopyContinuationSolver().solve(system, new Complex[0], options, ProgressMonitor.NULL));
        assertEquals(5, byEigenvalues.size());
        assertEquals(byEigenvalues.size(), byHomotopy.size());
        // Match each eigenvalue with the nearest remaining homotopy root (conjugates tie in any sort order).
        List<Complex> unmatched = new java.util.ArrayList<>(byHomotopy);
        for (Complex root : byEigenvalues) {
            Complex nearest = unmatched.stream().min(Comparator.comparingDouble(z -> z.sub(root).abs())).orElseThrow();
            assertTrue(nearest.sub(root).abs() < 1e-8, root + " vs " + nearest); //$NON-NLS-1$
            unmatched.remove(nearest);
        }
    }

    @Test
    void refusesSystemsItCannotSolve() throws PolynomialSyntaxException {
        PolynomialSystem twoVariables = PolynomialSystem.of(List.of("x", "y"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(PolynomialParser.parse("x - y", List.of("x", "y")), PolynomialParser.parse("x + y", List.of("x", "y")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertThrows(IllegalArgumentException.class,
                () -> solver.solve(twoVariables, new Complex[0], SolverOptions.defaults(), ProgressMonitor.NULL));
        assertThrows(IllegalArgumentException.class, () -> solve("7")); //$NON-NLS-1$
    }

    private SolveResult solve(String polynomial) throws PolynomialSyntaxException {
        PolynomialSystem system = PolynomialSystem.of(List.of("x"), List.of(parse(polynomial))); //$NON-NLS-1$
        return solver.solve(system, new Complex[0], SolverOptions.defaults(), ProgressMonitor.NULL);
    }

    private static Polynomial parse(String text) throws PolynomialSyntaxException {
        return PolynomialParser.parse(text, List.of("x")); //$NON-NLS-1$
    }

    private static List<Complex> sorted(SolveResult result) {
        return result.finiteSolutions().stream().flatMap(s -> java.util.Collections.nCopies(s.multiplicity(), s.coordinate(0)).stream())
                .sorted(Comparator.comparingDouble(Complex::re).thenComparingDouble(Complex::im)).toList();
    }
}
