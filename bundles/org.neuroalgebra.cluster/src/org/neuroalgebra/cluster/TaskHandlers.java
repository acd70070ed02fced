// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of task handlers on this JVM's member: collects every {@link TaskHandler}
 * service and looks them up by id when a unit arrives. The first handler registered under an id
 * serves it; a later one with the same id waits until the first is removed.
 * <p>
 * Outside OSGi (tests, plain Java), create an instance and {@link #add(TaskHandler)} handlers.
 */
@Component(service = TaskHandlers.class)
public class TaskHandlers {

    private final Map<String, TaskHandler> handlers = new ConcurrentHashMap<>();

    /** Creates an empty whiteboard; Declarative Services adds the installed handlers. */
    public TaskHandlers() {
        // the handlers arrive through add(TaskHandler)
    }

    /**
     * @param handler
     *            a handler, served under its id unless another one has that id already
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void add(TaskHandler handler) {
        handlers.putIfAbsent(handler.id(), handler);
    }

    /**
     * @param handler
     *            a handler to stop serving (its bundle stopped)
     */
    public void remove(TaskHandler handler) {
        handlers.remove(handler.id(), handler);
    }

    /** @return the handler serving this id, if any */
    public Optional<TaskHandler> find(String id) {
        return Optional.ofNullable(handlers.get(id));
    }
}
