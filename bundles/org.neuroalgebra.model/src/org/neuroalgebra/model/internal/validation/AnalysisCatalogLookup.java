// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.Optional;

import org.neuroalgebra.model.validation.AnalysisCatalog;

/**
 * Holds the catalog set by plain Java code and finds the {@link AnalysisCatalog} service when the
 * model bundle runs in OSGi. The OSGi
 * packages are optional imports: a plain EMF user has neither them nor a catalog, and ids are
 * then not checked. The OSGi types are only named in {@link Tracker}, so this class loads
 * without them.
 */
public final class AnalysisCatalogLookup {

    private static volatile AnalysisCatalog set;
    private static volatile boolean unavailable;

    private AnalysisCatalogLookup() {
    }

    /** @see AnalysisCatalog#setDefault(AnalysisCatalog) */
    public static void set(AnalysisCatalog catalog) {
        set = catalog;
    }

    /** @return the catalog set by plain Java code, else the catalog service, else empty */
    public static Optional<AnalysisCatalog> find() {
        AnalysisCatalog given = set;
        if (given != null) {
            return Optional.of(given);
        }
        if (unavailable) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Tracker.service());
        } catch (NoClassDefFoundError e) {
            // not in OSGi: remember, so that the failed class load is not repeated per object
            unavailable = true;
            return Optional.empty();
        }
    }

    /** The service tracker, opened on first use and kept open while the bundle is active. */
    private static final class Tracker {

        private static org.osgi.util.tracker.ServiceTracker<AnalysisCatalog, AnalysisCatalog> tracker;

        static synchronized AnalysisCatalog service() {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(AnalysisCatalog.class);
            org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return null;
            }
            try {
                if (tracker == null) {
                    tracker = new org.osgi.util.tracker.ServiceTracker<>(context, AnalysisCatalog.class, null);
                    tracker.open();
                }
                return tracker.getService();
            } catch (IllegalStateException e) {
                // the bundle was stopped (and perhaps started again): track anew next time
                tracker = null;
                return null;
            }
        }
    }
}
