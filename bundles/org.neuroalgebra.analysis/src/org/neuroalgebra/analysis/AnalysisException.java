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

    /** What went wrong. */
    private final Kind kind;
    /** The setting at fault, or null. */
    private final String setting;
    /** Where in the setting's text the problem is, 0-based; 0 for the setting as a whole. */
    private final int offset;

    /**
     * A problem with the block as a whole or with the computation.
     *
     * @param kind
     *            what went wrong: the input, a cancellation or the computation
     * @param message
     *            one line, shown to the user as it is
     */
    public AnalysisException(Kind kind, String message) {
        this(kind, message, (String) null);
    }

    /**
     * A problem with one setting.
     *
     * @param kind
     *            what went wrong, usually {@link Kind#BAD_INPUT}
     * @param message
     *            one line, shown to the user as it is
     * @param setting
     *            the setting (option or block field) the problem is about, so that callers can
     *            report it at that setting's position; null when it is about the block as a whole
     */
    public AnalysisException(Kind kind, String message, String setting) {
        this(kind, message, setting, 0);
    }

    private AnalysisException(Kind kind, String message, String setting, int offset) {
        super(message);
        this.kind = kind;
        this.setting = setting;
        this.offset = offset;
    }

    /** A bad value of one setting, reported at that setting's position. */
    public static AnalysisException badSetting(String setting, String message) {
        return new AnalysisException(Kind.BAD_INPUT, message, setting);
    }

    /**
     * A bad value of one setting, reported where in its text the problem is.
     *
     * @param setting
     *            the setting (a block field such as {@code target}, or an option)
     * @param message
     *            one line, shown to the user as it is
     * @param offset
     *            the character offset into the setting's text, 0-based
     * @return the exception
     */
    public static AnalysisException badSetting(String setting, String message, int offset) {
        return new AnalysisException(Kind.BAD_INPUT, message, setting, offset);
    }

    /**
     * A problem caused by another exception, whose own message is not shown to the user.
     *
     * @param kind
     *            what went wrong
     * @param message
     *            one line, shown to the user as it is
     * @param cause
     *            the underlying exception, kept for logs
     */
    public AnalysisException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.setting = null;
        this.offset = 0;
    }

    /** @return what went wrong: the input, a cancellation or the computation */
    public Kind kind() {
        return kind;
    }

    /** @return the setting the problem is about, or null */
    public String setting() {
        return setting;
    }

    /** @return the character offset into the setting's text where the problem is, 0 for the whole setting */
    public int offset() {
        return offset;
    }
}
