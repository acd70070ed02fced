// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import org.neuroalgebra.model.internal.text.TextEscapes;
import org.neuroalgebra.model.text.NalgDiagnostic;

/**
 * One problem of a model file, syntax or validation.
 *
 * @param severity
 *            how bad it is
 * @param location
 *            the URI of the file (may be null)
 * @param line
 *            1-based line, or 0 if the model was not parsed from text
 * @param column
 *            1-based column, or 0 if unknown
 * @param message
 *            what is wrong; control characters in it are escaped, since it may quote the
 *            file
 */
public record ModelProblem(Severity severity, String location, int line, int column, String message) {

    /** Escapes the message: a problem is printed, and must not print raw control characters. */
    public ModelProblem {
        message = TextEscapes.escapeControls(message);
    }

    /** Problem severities. */
    public enum Severity {
        /** the model cannot be used */
        ERROR,
        /** the model can be used, but probably not as intended */
        WARNING
    }

    /**
     * @return {@code file:line:column: message} ({@code file: message} without a position), with
     *         "warning: " before the message of a warning, as compilers print them
     */
    public String format() {
        String file = NalgDiagnostic.fileName(location);
        String where = line > 0 ? file + ':' + line + ':' + column : file;
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public String toString() {
        return format();
    }
}
