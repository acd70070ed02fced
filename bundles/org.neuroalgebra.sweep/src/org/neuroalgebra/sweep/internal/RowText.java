// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep.internal;

import java.math.BigDecimal;

import org.neuroalgebra.analysis.AnalysisException;

/** The words of rows that have no result: why a run failed, and times. */
public final class RowText {

    private RowText() {
    }

    /**
     * @return why a run failed, in one line: an analysis's own message as it is; a full heap, a
     *         stack overflow or a defect said as such
     */
    public static String failure(Throwable failure) {
        if (failure instanceof AnalysisException) {
            return String.valueOf(failure.getMessage());
        }
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (failure instanceof StackOverflowError) {
            return "internal error: stack overflow (the input is nested too deeply for this computation)"; //$NON-NLS-1$
        }
        return "internal error: " + failure.getClass().getSimpleName() //$NON-NLS-1$
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return seconds without a needless fraction: {@code 120}, {@code 0.5} */
    public static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
