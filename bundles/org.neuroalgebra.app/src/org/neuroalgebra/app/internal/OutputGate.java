// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command's standard output and error behind one gate. When the process is interrupted, the
 * interrupt handler writes the last words (the finished part of the report) and closes the gate,
 * so the computation, which may still be running for a moment, can no longer print anything that
 * would make the report invalid (half a JSON document after a complete one).
 */
final class OutputGate {

    private final Object lock = new Object();
    private final PrintStream out;
    private final PrintStream err;
    private final PrintStream rawOut;
    private final PrintStream rawErr;
    private boolean open = true;

    OutputGate(PrintStream out, PrintStream err) {
        this.rawOut = out;
        this.rawErr = err;
        this.out = new PrintStream(new Gated(out), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(new Gated(err), true, StandardCharsets.UTF_8);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Writes the last output and closes the gate; later writes are dropped.
     *
     * @return false when the gate was closed already
     */
    boolean closeWith(String lastOut, String lastErr) {
        synchronized (lock) {
            if (!open) {
                return false;
            }
            open = false;
            if (lastOut != null) {
                rawOut.print(lastOut);
            }
            if (lastErr != null) {
                rawErr.print(lastErr);
            }
            rawOut.flush();
            rawErr.flush();
            return true;
        }
    }

    private final class Gated extends OutputStream {

        private final PrintStream target;

        Gated(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            synchronized (lock) {
                if (open) {
                    target.write(b);
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            synchronized (lock) {
                if (open) {
                    target.write(bytes, offset, length);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                if (open) {
                    target.flush();
                }
            }
        }
    }
}
