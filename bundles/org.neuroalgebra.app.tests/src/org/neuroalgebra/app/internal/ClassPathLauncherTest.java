// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The exit of the class-path launcher: the process ends with the code the application returned
 * (the framework's {@code eclipse.exitcode}), and a framework that could not run the application
 * says why on stderr, never on stdout. The whole start is tested on the built product
 * (releng/org.neuroalgebra.product.tests).
 */
class ClassPathLauncherTest {

    @Test
    void theApplicationsExitCodeIsTheProcesss() {
        assertEquals(0, ClassPathLauncher.exitCode(null), "no exit code set: the application ended normally"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_BAD_INPUT, ClassPathLauncher.exitCode(Integer.toString(CommandLine.EXIT_BAD_INPUT)));
        assertEquals(ClassPathLauncher.EXIT_STARTUP_FAILED, ClassPathLauncher.exitCode("13")); //$NON-NLS-1$
        assertEquals(ClassPathLauncher.EXIT_STARTUP_FAILED, ClassPathLauncher.exitCode("not a number"), //$NON-NLS-1$
                "an unreadable code is a failure, never a success"); //$NON-NLS-1$
    }

    @Test
    void aFrameworkFailureIsReportedOnStderrOnce() {
        assertEquals("neuroalgebra: An error has occurred. See the log file\n/tmp/x.log.\n", //$NON-NLS-1$
                reported(ClassPathLauncher.EXIT_STARTUP_FAILED, "An error has occurred. See the log file\n/tmp/x.log.\n")); //$NON-NLS-1$
        assertEquals("", reported(0, "left over"), "a success prints nothing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("", reported(CommandLine.EXIT_BAD_INPUT, null), "the application reported its own failure"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String reported(int exit, String exitData) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ClassPathLauncher.reportFailure(exit, exitData, err);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"); //$NON-NLS-1$
    }
}
