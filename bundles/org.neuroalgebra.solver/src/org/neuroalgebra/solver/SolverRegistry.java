// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of solvers: every {@link PolynomialSystemSolver} and {@link SolutionCounter}
 * service, built in or contributed by another bundle, listed and found by id. Analyses ask it
 * for the numerical solver and the exact counter they cross-check with. Outside OSGi, create
 * one and add implementations by hand.
 */
@Component(service = SolverRegistry.class)
public class SolverRegistry {

    private final List<PolynomialSystemSolver> solvers = new CopyOnWriteArrayList<>();
    private final List<SolutionCounter> counters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSolver(PolynomialSystemSolver solver) {
        solvers.add(solver);
    }

    public void removeSolver(PolynomialSystemSolver solver) {
        solvers.remove(solver);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCounter(SolutionCounter counter) {
        counters.add(counter);
    }

    public void removeCounter(SolutionCounter counter) {
        counters.remove(counter);
    }

    /** @return the registered solvers, sorted by id so listings are stable */
    public List<PolynomialSystemSolver> solvers() {
        return solvers.stream().sorted(Comparator.comparing(PolynomialSystemSolver::id)).toList();
    }

    /** @return the registered exact counters, sorted by id */
    public List<SolutionCounter> counters() {
        return counters.stream().sorted(Comparator.comparing(SolutionCounter::id)).toList();
    }

    /** @return the solver with this id, if registered */
    public Optional<PolynomialSystemSolver> solver(String id) {
        return solvers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return the counter with this id, if registered */
    public Optional<SolutionCounter> counter(String id) {
        return counters.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
