// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.sweep.SweepExecutor;

/**
 * Runs a sweep's members on the cluster: each work unit (a member of the sweep, as JSON) goes to
 * the handler {@value #HANDLER_ID} ({@link SweepMemberHandler}) of whichever member has a free
 * worker, and its rows (a JSON array) come back to the sink.
 */
public final class ClusterSweepExecutor implements SweepExecutor {

    /** The id of the handler that evaluates one sweep member, the same on every cluster member. */
    public static final String HANDLER_ID = "sweep-member"; //$NON-NLS-1$

    private final ClusterMember member;

    /**
     * @param member
     *            this JVM's member, which coordinates and computes too
     */
    public ClusterSweepExecutor(ClusterMember member) {
        this.member = member;
    }

    /**
     * Runs the work units, calling {@code sink.accept(index, rowsJson)} once per unit as each
     * finishes; returns when all finished or the monitor is canceled.
     *
     * @throws IllegalStateException
     *             when a unit produced no rows: the evaluation turns every failure of an analysis
     *             into a row, so this is a defect or a member without the sweep handler (the
     *             message names the units and why)
     */
    @Override
    public void execute(List<String> workUnits, BiConsumer<Integer, String> sink, ProgressMonitor monitor)
            throws InterruptedException {
        List<UnitFailure> failures = member.run(HANDLER_ID, workUnits, sink, monitor);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " sweep member(s) produced no rows: " //$NON-NLS-1$
                    + failures.stream().map(failure -> "unit " + failure.index() + " on " + failure.member() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + failure.message()).collect(Collectors.joining("; "))); //$NON-NLS-1$
        }
    }

    /** @return the workers of all members now; members that join later add theirs */
    @Override
    public int workers() {
        return member.workers();
    }
}
