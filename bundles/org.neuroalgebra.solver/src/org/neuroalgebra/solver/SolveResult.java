// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a numerical solve. Every tracked path is accounted for: it
 * ended at a finite solution, at infinity, at a finite point of an auxiliary
 * (randomized) system that does not solve the original one ("excess", only for
 * overdetermined systems), or it failed for a {@link FailureReason}. The
 * constructor checks {@code pathsTracked = finite + atInfinity + excess +
 * failed}.
 *
 * @param solutions
 *            the distinct endpoints, finite ones and those at infinity, in a
 *            deterministic order
 * @param failures
 *            number of failed paths per reason
 * @param pathsTracked
 *            number of paths started
 * @param pathsExcess
 *            paths that ended at spurious points of a randomized square
 *            subsystem
 * @param pathsRetracked
 *            paths tracked a second time under the precision policy
 * @param pathsHigherPrecision
 *            paths whose final attempt and endpoint refinement used
 *            higher-than-double precision (with
 *            {@link PrecisionPolicy#ADAPTIVE} the re-tracked ones, with
 *            {@link PrecisionPolicy#DOUBLE_DOUBLE} all)
 * @param seconds
 *            wall-clock time
 * @param seed
 *            the seed used
 * @param method
 *            how the result was obtained (start system, tracker, endgame)
 * @param certified
 *            false for numerical results; set only when an independent exact
 *            method confirmed the count
 */
public record SolveResult(List<Solution> solutions, Map<FailureReason, Integer> failures, int pathsTracked,
        int pathsExcess, int pathsRetracked, int pathsHigherPrecision, double seconds, long seed, String method,
        boolean certified) {

    /** Copies the collections and checks that every path is accounted for. */
    public SolveResult {
        solutions = List.copyOf(solutions);
        EnumMap<FailureReason, Integer> copy = new EnumMap<>(FailureReason.class);
        copy.putAll(failures);
        failures = Collections.unmodifiableMap(copy);
        int accounted = 0;
        for (Solution s : solutions) {
            accounted += s.multiplicity();
        }
        for (int count : failures.values()) {
            accounted += count;
        }
        accounted += pathsExcess;
        if (accounted != pathsTracked) {
            throw new IllegalStateException("paths unaccounted for: tracked " + pathsTracked //$NON-NLS-1$
                    + " but endpoints and failures add up to " + accounted); //$NON-NLS-1$
        }
    }

    /**
     * A result in which no path used higher precision (for solvers that work
     * in double precision only).
     *
     * @param solutions
     *            the distinct endpoints
     * @param failures
     *            failed paths per reason
     * @param pathsTracked
     *            paths started
     * @param pathsExcess
     *            paths at spurious points of a randomization
     * @param pathsRetracked
     *            paths tracked a second time
     * @param seconds
     *            wall-clock time
     * @param seed
     *            the seed used
     * @param method
     *            how the result was obtained
     * @param certified
     *            whether an exact method confirmed the count
     */
    public SolveResult(List<Solution> solutions, Map<FailureReason, Integer> failures, int pathsTracked,
            int pathsExcess, int pathsRetracked, double seconds, long seed, String method, boolean certified) {
        this(solutions, failures, pathsTracked, pathsExcess, pathsRetracked, 0, seconds, seed, method, certified);
    }

    /** @return the finite solutions */
    public List<Solution> finiteSolutions() {
        return solutions.stream().filter(s -> !s.atInfinity()).toList();
    }

    /** @return the finite real solutions */
    public List<Solution> realSolutions() {
        return solutions.stream().filter(s -> !s.atInfinity() && s.real()).toList();
    }

    /** @return the finite non-singular solutions */
    public List<Solution> regularSolutions() {
        return solutions.stream().filter(s -> !s.atInfinity() && !s.singular()).toList();
    }

    /** @return number of paths that ended at finite solutions */
    public int finitePathCount() {
        return solutions.stream().filter(s -> !s.atInfinity()).mapToInt(Solution::multiplicity).sum();
    }

    /** @return number of paths that ended at infinity */
    public int atInfinityPathCount() {
        return solutions.stream().filter(Solution::atInfinity).mapToInt(Solution::multiplicity).sum();
    }

    /** @return number of failed paths */
    public int failedPathCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param reason
     *            a failure reason
     * @return number of paths that failed for it
     */
    public int failures(FailureReason reason) {
        return failures.getOrDefault(reason, 0);
    }

    /**
     * @param value
     *            the new flag
     * @return this result with another certified flag (for cross-checks)
     */
    public SolveResult withCertified(boolean value) {
        return new SolveResult(solutions, failures, pathsTracked, pathsExcess, pathsRetracked, pathsHigherPrecision,
                seconds, seed, method, value);
    }

    /** @return a one-line summary */
    public String summary() {
        String higher = pathsHigherPrecision > 0 ? ", " + pathsHigherPrecision + " in higher precision" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        return String.format("%d finite solutions (%d real) from %d paths: %d at infinity, %d failed, %d excess%s; %s; seed %d; %.3f s", //$NON-NLS-1$
                finiteSolutions().size(), realSolutions().size(), pathsTracked, atInfinityPathCount(),
                failedPathCount(), pathsExcess, higher, method, seed, seconds);
    }
}
