// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.neuroalgebra.model.internal.text.TextEscapes;

/**
 * A syntax error (or warning) in a {@code .nalg} file, as found in
 * {@link Resource#getErrors()}. {@link #format()} gives the conventional
 * {@code file:line:column: message} form, e.g.
 * {@code talk.nalg:4:9: expected a positive integer after 'dense', found '-2'}.
 */
public final class NalgDiagnostic implements Resource.Diagnostic {

    private final String location;
    private final SourcePosition position;
    private final String message;
    private final int omittedCount;

    /**
     * @param location
     *            the URI of the file
     * @param position
     *            where the problem is
     * @param message
     *            what was expected and what was found; control characters in it are
     *            escaped (it may quote the file)
     */
    public NalgDiagnostic(String location, SourcePosition position, String message) {
        this(location, position, message, 0);
    }

    private NalgDiagnostic(String location, SourcePosition position, String message, int omittedCount) {
        this.location = location;
        this.position = position;
        this.message = TextEscapes.escapeControls(message);
        this.omittedCount = omittedCount;
    }

    /**
     * @param location
     *            the URI of the file
     * @param position
     *            where the first error that is not reported is
     * @param count
     *            how many errors are not reported
     * @return the line that stands for the errors left out after the first few, "... and N more
     *         errors"
     */
    public static NalgDiagnostic omitted(String location, SourcePosition position, int count) {
        return new NalgDiagnostic(location, position, "... and " + count + " more error" + (count == 1 ? "" : "s"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                count);
    }

    /** @return how many errors this diagnostic stands for when it is an {@link #omitted} line, else 0 */
    public int getOmittedCount() {
        return omittedCount;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return position.line();
    }

    @Override
    public int getColumn() {
        return position.column();
    }

    /** @return the exact place of the problem, with its offset */
    public SourcePosition getPosition() {
        return position;
    }

    /**
     * @return {@code file:line:column: message}, the file given by its last URI segment;
     *         {@code file: message} for a problem of the whole file (line 0)
     */
    public String format() {
        if (position.line() <= 0) {
            return fileName(location) + ": " + message; //$NON-NLS-1$
        }
        return fileName(location) + ':' + position.line() + ':' + position.column() + ": " + message; //$NON-NLS-1$
    }

    /**
     * @param location
     *            a URI string, possibly null
     * @return the last segment of the URI (the file name), or the whole string
     */
    public static String fileName(String location) {
        if (location == null) {
            return "<unknown>"; //$NON-NLS-1$
        }
        String last = URI.createURI(location).lastSegment();
        return last == null ? location : URI.decode(last);
    }

    @Override
    public String toString() {
        return format();
    }
}
