// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.List;
import java.util.function.BiConsumer;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Runs a sweep's work units somewhere: in this JVM ({@link LocalSweepExecutor}) or on a cluster.
 * The units are independent; the order in which they finish is not the table's order, which the
 * journal and the final tables restore.
 */
public interface SweepExecutor {

    /**
     * Runs the work units, calling {@code sink.accept(index, rowsJson)} once per unit as each
     * finishes, from any thread; returns when all finished or monitor is canceled. A unit still
     * running at the cancel is not passed to the sink.
     *
     * @param workUnits
     *            {@link WorkUnit}s as JSON
     * @param sink
     *            receives the position of the unit in {@code workUnits} and its rows as a JSON array
     */
    void execute(List<String> workUnits, BiConsumer<Integer, String> sink, ProgressMonitor monitor)
            throws InterruptedException;

    /**
     * @return how many units run at the same time, for the estimate of the time left; 1 unless the
     *         executor knows better
     */
    default int workers() {
        return 1;
    }
}
