// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

/**
 * Turns a work unit ({@link WorkUnit} as JSON) into the member's rows ({@link SweepRow#toJsonArray}).
 * {@link MemberEvaluation} is the real one; an executor knows nothing else about sweeps, so any JVM
 * that has this can run any member.
 */
@FunctionalInterface
public interface WorkUnitEvaluator {

    /**
     * @return the member's rows as a JSON array; every run of the member has its row, whatever
     *         happened to it
     * @throws java.util.concurrent.CancellationException
     *             when the calling thread was interrupted: the member is unfinished and has no rows
     */
    String evaluate(String workUnitJson);
}
