// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

/** The command line itself is wrong; the application prints the message and exits with 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
