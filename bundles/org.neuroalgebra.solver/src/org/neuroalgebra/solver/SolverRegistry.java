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

    /** Creates an empty registry; Declarative Services adds the installed solvers and counters. */
    public SolverRegistry() {
        // the services arrive through addSolver and addCounter
    }

    /**
     * @param solver
     *            a solver service to list and find by id
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSolver(PolynomialSystemSolver solver) {
        solvers.add(solver);
    }

    /**
     * @param solver
     *            a solver service that went away
     */
    public void removeSolver(PolynomialSystemSolver solver) {
        solvers.remove(solver);
    }

    /**
     * @param counter
     *            an exact counter service to list and find by id
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCounter(SolutionCounter counter) {
        counters.add(counter);
    }

    /**
     * @param counter
     *            a counter service that went away
     */
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
