// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * Shared flag through which the coordinating thread stops the workers: set on
 * cancellation or when the time limit passes; workers poll it every step.
 */
final class StopSignal {

    private volatile FailureReason reason;

    /** @param why CANCELED or TIME_LIMIT; the first reason wins */
    synchronized void stop(FailureReason why) {
        if (reason == null) {
            reason = why;
        }
    }

    /** @return null while running, else why the computation stops */
    FailureReason reason() {
        return reason;
    }
}
