// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The analyses installed in the running platform: the {@link AnalysisRegistry} service, for the
 * launch delegate and the launch dialog, which list and run whatever analyses are registered.
 */
public final class InstalledAnalyses {

    private static final long SERVICE_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private InstalledAnalyses() {
    }

    /**
     * @return the registry, waiting a few seconds for Declarative Services to provide it
     * @throws CoreException
     *             when it does not come
     */
    public static AnalysisRegistry registry() throws CoreException {
        BundleContext context = FrameworkUtil.getBundle(InstalledAnalyses.class).getBundleContext();
        if (context == null) {
            throw new CoreException(Status.error("The launch bundle is not active")); //$NON-NLS-1$
        }
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(context, AnalysisRegistry.class,
                null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (registry == null) {
                throw new CoreException(Status.error("The analysis registry is not available")); //$NON-NLS-1$
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreException(Status.error("Interrupted while waiting for the analysis registry")); //$NON-NLS-1$
        } finally {
            tracker.close();
        }
    }
}
