// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster.internal;

import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/** Creates the task objects that arrive from other members by their class id. */
final class TaskSerialization implements DataSerializableFactory {

    /** The id of this factory, the same on every member (any number unused by other factories). */
    static final int FACTORY_ID = 0x4e41; // "NA"

    @Override
    public IdentifiedDataSerializable create(int classId) {
        return classId == HandlerTask.CLASS_ID ? new HandlerTask() : null;
    }
}
