// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Adds every {@link LayerKind} service to the shared {@link LayerKindRegistry} and removes it
 * when the service goes. Immediate, so that kinds are installed before the first model is read.
 */
@Component(immediate = true)
public final class LayerKindWhiteboard {

    private static final Logger LOG = Logger.getLogger(LayerKindWhiteboard.class.getName());

    private final Map<LayerKind, LayerKindRegistry.Registration> registrations = new ConcurrentHashMap<>();

    /** @param kind a contributed kind */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addKind(LayerKind kind) {
        try {
            registrations.put(kind, LayerKindRegistry.shared().register(kind));
        } catch (IllegalArgumentException e) {
            // a second kind with a taken keyword is refused, the first one stays usable
            LOG.log(Level.WARNING, "layer kind " + kind.getClass().getName() + " not installed: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @param kind a kind going away */
    public void removeKind(LayerKind kind) {
        LayerKindRegistry.Registration registration = registrations.remove(kind);
        if (registration != null) {
            registration.close();
        }
    }
}
