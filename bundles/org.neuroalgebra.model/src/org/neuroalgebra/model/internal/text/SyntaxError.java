// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import org.neuroalgebra.model.text.SourcePosition;

/**
 * Thrown inside the parser to abandon the current statement; the block parser reports it
 * and resumes at the next line, so one mistake does not hide the following ones.
 */
final class SyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    SyntaxError(SourcePosition position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    SourcePosition position() {
        return position;
    }
}
