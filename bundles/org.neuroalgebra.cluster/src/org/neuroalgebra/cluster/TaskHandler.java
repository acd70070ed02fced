// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

/**
 * Work that a cluster member can do on request: turns a work unit (a string, usually JSON) into
 * its result (a string). Registered under its {@link #id()} on every member, as an OSGi service
 * picked up by {@link TaskHandlers} or with {@link TaskHandlers#add(TaskHandler)}. Only the id
 * and the two strings travel between members, so no class of the caller is ever deserialized.
 * <p>
 * A handler is called from several worker threads at once and must be thread-safe. It must be
 * deterministic when results are to be reproducible: a unit whose member leaves is computed again
 * on another member, and the first result to arrive is the one delivered.
 */
public interface TaskHandler {

    /** @return the name under which callers ask for this handler, the same on every member */
    String id();

    /**
     * @param workUnit
     *            the unit, as the caller wrote it
     * @return the result
     * @throws RuntimeException
     *             when the unit cannot be computed; the caller receives the message as the
     *             unit's failure (the unit is not tried again)
     */
    String handle(String workUnit);
}
