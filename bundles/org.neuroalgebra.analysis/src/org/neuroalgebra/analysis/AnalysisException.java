// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

/**
 * An analysis could not answer its request. The message is meant for the user: it says what
 * was wrong and, where it helps, what to change.
 */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an analysis failed; the headless application maps this to its exit code. */
    public enum Kind {
        /** the request itself is wrong: unknown subject, invalid option, too large */
        BAD_INPUT,
        /** the user canceled */
        CANCELED,
        /** the computation failed */
        FAILED
    }

    private final Kind kind;

    public AnalysisException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AnalysisException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
