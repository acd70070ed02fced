// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.PrintStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what escapes a computation (an unexpected exception, a full heap, a stack overflow) into
 * one line a user can act on. A stack trace is printed only on request ({@code --debug} or
 * {@code NEUROALGEBRA_DEBUG=1}): the line is the product's answer, the trace is for developers.
 */
final class Failures {

    /**
     * Kept allocated so that, when the heap is full, releasing it leaves room to build and print
     * the message; without it the report of an OutOfMemoryError could itself fail.
     */
    private static volatile byte[] reserve = new byte[4 << 20];

    private Failures() {
    }

    /** @return the one-line description of a failure, without the program name */
    static String describe(Throwable failure) {
        Throwable cause = root(failure);
        if (cause instanceof OutOfMemoryError) {
            reserve = null;
            return "out of memory: " + (cause.getMessage() == null ? "the Java heap is full" : cause.getMessage()) //$NON-NLS-1$ //$NON-NLS-2$
                    + " (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); try a smaller problem or " //$NON-NLS-1$ //$NON-NLS-2$
                    + "more memory with NEUROALGEBRA_VMARGS=-Xmx..."; //$NON-NLS-1$
        }
        if (cause instanceof StackOverflowError) {
            return "internal error: stack overflow (the input is nested too deeply for this computation)"; //$NON-NLS-1$
        }
        String message = cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        return "internal error: " + cause.getClass().getSimpleName() + message; //$NON-NLS-1$
    }

    /** Prints the failure as one line (and its trace when debugging); @return the exit code for it */
    static int report(Throwable failure, PrintStream err, boolean debug) {
        err.println("neuroalgebra: " + describe(failure)); //$NON-NLS-1$
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return CommandLine.EXIT_FAILED;
    }

    /** @return whether debugging output was asked for in the environment */
    static boolean debugFromEnvironment() {
        return "1".equals(System.getenv("NEUROALGEBRA_DEBUG")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Wrappers of thread pools and futures hide the real failure: report what happened inside. */
    private static Throwable root(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < 20; depth++) {
            if (current instanceof OutOfMemoryError || current instanceof StackOverflowError) {
                return current;
            }
            Throwable cause = current.getCause();
            boolean wrapper = current instanceof ExecutionException || current instanceof CompletionException
                    || (current.getClass() == RuntimeException.class && cause != null);
            if (cause == null || cause == current) {
                break;
            }
            if (!wrapper && !(cause instanceof VirtualMachineError)) {
                break;
            }
            current = cause;
        }
        return current;
    }

    /** Control characters of a message must not reach a terminal raw. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line.append(' ');
            } else if (Character.isISOControl(c)) {
                line.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
