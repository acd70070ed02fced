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
    private final String setting;

    public AnalysisException(Kind kind, String message) {
        this(kind, message, (String) null);
    }

    /**
     * @param setting
     *            the setting (option or block field) the problem is about, so that callers can
     *            report it at that setting's position; null when it is about the block as a whole
     */
    public AnalysisException(Kind kind, String message, String setting) {
        super(message);
        this.kind = kind;
        this.setting = setting;
    }

    /** A bad value of one setting, reported at that setting's position. */
    public static AnalysisException badSetting(String setting, String message) {
        return new AnalysisException(Kind.BAD_INPUT, message, setting);
    }

    public AnalysisException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.setting = null;
    }

    public Kind kind() {
        return kind;
    }

    /** @return the setting the problem is about, or null */
    public String setting() {
        return setting;
    }
}
