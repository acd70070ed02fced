// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.internal.layers.BuiltInLayerKinds;

/**
 * The installed layer kinds: the built-ins (dense, activation, conv, attention), then the
 * contributed ones. There is one registry per class loader ({@link #shared()}), because a model is
 * parsed wherever a resource is loaded, without access to a service registry: inside OSGi the
 * model bundle's whiteboard component adds every {@link LayerKind} service to it and removes it
 * when the service goes; outside OSGi, tests and tools call {@link #register(LayerKind)}.
 */
public final class LayerKindRegistry {

    /** The statement of an architecture that is not a layer; no kind may take it. */
    private static final String INPUT = "input"; //$NON-NLS-1$

    private static final LayerKindRegistry SHARED = new LayerKindRegistry(BuiltInLayerKinds.all());

    private final List<LayerKind> builtIns;
    private final List<LayerKind> contributed = new CopyOnWriteArrayList<>();

    private LayerKindRegistry(List<LayerKind> builtIns) {
        this.builtIns = List.copyOf(builtIns);
    }

    /** @return the registry the parser, validator, editors and analyses consult */
    public static LayerKindRegistry shared() {
        return SHARED;
    }

    /**
     * Installs a kind until the returned handle is closed.
     *
     * @throws IllegalArgumentException
     *             if its keyword is taken or not an identifier
     */
    public synchronized Registration register(LayerKind kind) {
        String keyword = kind.keyword();
        if (keyword == null || !keyword.matches("[A-Za-z_][A-Za-z0-9_]*") || INPUT.equals(keyword)) { //$NON-NLS-1$
            throw new IllegalArgumentException("layer keyword '" + keyword + "' is not usable"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (find(keyword) != null) {
            throw new IllegalArgumentException("layer keyword '" + keyword + "' is already installed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long positional = kind.attributes().stream().filter(LayerAttribute::positional).count();
        if (positional > 1) {
            throw new IllegalArgumentException("layer kind '" + keyword + "' declares " + positional //$NON-NLS-1$ //$NON-NLS-2$
                    + " positional attributes; at most one is possible"); //$NON-NLS-1$
        }
        contributed.add(kind);
        return () -> unregister(kind);
    }

    /** Removes a contributed kind (no effect if it is not installed). */
    public synchronized void unregister(LayerKind kind) {
        contributed.remove(kind);
    }

    /** @return the kind with this keyword, or null */
    public LayerKind find(String keyword) {
        for (LayerKind kind : kinds()) {
            if (kind.keyword().equals(keyword)) {
                return kind;
            }
        }
        return null;
    }

    /** @return the kind of the layer, or null if it is not installed (a contributed kind removed) */
    public LayerKind kindOf(Layer layer) {
        for (LayerKind kind : kinds()) {
            if (kind.represents(layer)) {
                return kind;
            }
        }
        return null;
    }

    /** @return the built-in kinds in their fixed order, then the contributed ones by keyword */
    public List<LayerKind> kinds() {
        List<LayerKind> all = new ArrayList<>(builtIns);
        List<LayerKind> others = new ArrayList<>(contributed);
        others.sort(Comparator.comparing(LayerKind::keyword));
        all.addAll(others);
        return all;
    }

    /** @return the keywords of {@link #kinds()} */
    public List<String> keywords() {
        return kinds().stream().map(LayerKind::keyword).toList();
    }

    /** The handle of a registration; closing it removes the kind. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
