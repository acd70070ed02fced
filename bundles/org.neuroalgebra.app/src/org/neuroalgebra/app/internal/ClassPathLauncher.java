// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * The JVM's entry point of the {@code neuroalgebra} script: starts Equinox from the class path,
 * runs the application the command line names and exits with its exit code. Not an OSGi class:
 * the script puts this bundle's jar next to the framework's jar on the class path, so that the
 * JVM's application class loader loads the framework, and the JVM's ahead-of-time cache keeps
 * its classes loaded and linked from one run to the next; the Equinox launcher loads them
 * through a class loader of its own, for which the cache can do less (docs/BUILD.md,
 * "Start-up of the headless product").
 * <p>
 * What the launcher would do besides is done by the script ({@code osgi.install.area}) or not
 * needed headless (splash screen, restarts, framework extensions: the script uses the launcher
 * when the installation names any).
 */
public final class ClassPathLauncher {

    /** The framework's property for the application's exit code (set from its result). */
    static final String EXIT_CODE_PROPERTY = "eclipse.exitcode"; //$NON-NLS-1$

    /** The framework's property for a message about why it could not run the application. */
    static final String EXIT_DATA_PROPERTY = "eclipse.exitdata"; //$NON-NLS-1$

    /** The framework's exit code for "the platform did not start", as the launcher reports it. */
    static final int EXIT_STARTUP_FAILED = 13;

    private ClassPathLauncher() {
    }

    /**
     * @param args the framework's options ({@code -configuration}, {@code -application},
     *            {@code -data}) followed by the application's arguments
     */
    public static void main(String[] args) throws Exception {
        // Starts the framework, runs the application on this thread and stops the framework.
        EclipseStarter.run(args, null);
        int exit = exitCode(System.getProperty(EXIT_CODE_PROPERTY));
        reportFailure(exit, System.getProperty(EXIT_DATA_PROPERTY), System.err);
        // Threads a command leaves (pools, timers) must not keep the JVM alive, as with the launcher.
        System.exit(exit);
    }

    /** @return the process's exit code for the framework's exit code property, as the launcher reads it */
    static int exitCode(String property) {
        if (property == null) {
            return 0;
        }
        try {
            return Integer.parseInt(property.trim());
        } catch (NumberFormatException e) {
            return EXIT_STARTUP_FAILED;
        }
    }

    /**
     * The framework leaves a message when it could not run the application at all (the
     * application reports its own failures). The launcher prints it on stdout; here it goes to
     * stderr, so that stdout holds only what the command printed (its JSON, say).
     */
    static void reportFailure(int exit, String exitData, PrintStream err) {
        if (exit != 0 && exitData != null && !exitData.isBlank()) {
            err.println("neuroalgebra: " + exitData.strip()); //$NON-NLS-1$
            err.flush();
        }
    }
}
