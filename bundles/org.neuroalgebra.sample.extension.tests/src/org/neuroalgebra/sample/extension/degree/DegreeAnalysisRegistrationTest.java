// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.IAnalysis;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The suite finds the sample's analysis by its id, as it finds its own: through Declarative Services. */
class DegreeAnalysisRegistrationTest {

    @Test
    void theAnalysisRegistryListsTheContributedAnalysis() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DegreeAnalysis.class).getBundleContext();
        assertNotNull(context, "the sample bundle is active"); //$NON-NLS-1$
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(context,
                AnalysisRegistry.class, null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertNotNull(registry, "Declarative Services registered the analysis registry"); //$NON-NLS-1$
            long deadline = System.currentTimeMillis() + 10_000;
            while (registry.find(DegreeAnalysis.ID).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            IAnalysis degree = registry.find(DegreeAnalysis.ID).orElseThrow(() -> new AssertionError(
                    "not registered; registered: " + registry.all().stream().map(IAnalysis::id).toList())); //$NON-NLS-1$
            assertEquals("Degree of a variety or neuromanifold", degree.label()); //$NON-NLS-1$
            assertTrue(registry.find("dimension").isPresent(), "the built-in analyses are there too"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(registry.conflicts().isEmpty(), () -> "id conflicts: " + registry.conflicts()); //$NON-NLS-1$
        } finally {
            tracker.close();
        }
    }
}
