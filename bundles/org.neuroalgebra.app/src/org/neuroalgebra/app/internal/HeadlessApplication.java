// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.cluster.TaskHandlers;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless {@code neuroalgebra} application: hands the command line to {@link CommandLine}
 * and returns its exit code to the launcher.
 */
public class HeadlessApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_SECONDS = 30;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Thread.setDefaultUncaughtExceptionHandler(HeadlessApplication::uncaught);
        try {
            return Integer.valueOf(run(args == null ? new String[0] : args));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Integer.valueOf(CommandLine.EXIT_CANCELED);
        } catch (Throwable e) { // NOSONAR: anything the launcher sees it logs to the install and exits with 0
            return Integer.valueOf(Failures.report(e, System.err, Failures.debugFromEnvironment()));
        }
    }

    private int run(String[] args) throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> analyses = new ServiceTracker<>(bundleContext,
                AnalysisRegistry.class, null);
        ServiceTracker<SolverRegistry, SolverRegistry> solvers = new ServiceTracker<>(bundleContext,
                SolverRegistry.class, null);
        ServiceTracker<TaskHandlers, TaskHandlers> handlers = new ServiceTracker<>(bundleContext,
                TaskHandlers.class, null);
        analyses.open();
        solvers.open();
        handlers.open();
        try {
            long timeout = TimeUnit.SECONDS.toMillis(SERVICE_TIMEOUT_SECONDS);
            AnalysisRegistry analysisRegistry = analyses.waitForService(timeout);
            SolverRegistry solverRegistry = solvers.waitForService(timeout);
            TaskHandlers taskHandlers = handlers.waitForService(timeout);
            if (analysisRegistry == null || solverRegistry == null || taskHandlers == null) {
                System.err.println("neuroalgebra: the analysis, solver or task handler registry did not start; is Declarative Services (Felix SCR) installed?"); //$NON-NLS-1$
                return CommandLine.EXIT_FAILED;
            }
            boolean progress = "1".equals(System.getenv("NEUROALGEBRA_PROGRESS")); //$NON-NLS-1$ //$NON-NLS-2$
            CommandLine commandLine = new CommandLine(analysisRegistry, solverRegistry, taskHandlers, System.out,
                    System.err, progress);
            // Ctrl-C and SIGTERM run shutdown hooks: print what is finished, then let the JVM end
            // with its own status for the signal (130, 143).
            Thread onSignal = new Thread(commandLine::interrupt, "neuroalgebra interrupt"); //$NON-NLS-1$
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                int exit = commandLine.execute(args);
                commandLine.finish();
                System.out.flush();
                return exit;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException e) {
                    // shutting down already: the hook is running or has run
                }
            }
        } finally {
            handlers.close();
            solvers.close();
            analyses.close();
        }
    }

    /**
     * A full heap is felt by every thread at once (the framework's too); the command reports it
     * once, as its own failure, so other threads stay silent about it instead of printing the
     * JVM's "Exception in thread" lines before the one line that counts.
     */
    private static void uncaught(Thread thread, Throwable failure) {
        if (failure instanceof OutOfMemoryError && !Failures.debugFromEnvironment()) {
            return;
        }
        System.err.println("neuroalgebra: in thread '" + thread.getName() + "': " + Failures.describe(failure)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void stop() {
        // the command runs to completion; nothing to interrupt
    }
}
