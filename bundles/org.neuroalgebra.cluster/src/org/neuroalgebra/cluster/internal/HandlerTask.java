// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster.internal;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.neuroalgebra.cluster.TaskHandler;
import org.neuroalgebra.cluster.TaskHandlers;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/**
 * One work unit on its way to a member: the handler's id and the unit, two strings. Serialized by
 * Hazelcast's {@link IdentifiedDataSerializable} (a factory id and a class id, then the strings),
 * never by Java serialization; the receiving member finds its own handler by id.
 */
public final class HandlerTask implements Callable<String>, IdentifiedDataSerializable, HazelcastInstanceAware {

    static final int CLASS_ID = 1;

    private String handlerId;
    private String workUnit;
    private transient TaskHandlers handlers;
    private transient String memberAddress;

    /** For deserialization: the fields are read by {@link #readData}. */
    public HandlerTask() {
        // filled by readData
    }

    HandlerTask(String handlerId, String workUnit) {
        this.handlerId = handlerId;
        this.workUnit = workUnit;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        handlers = (TaskHandlers) instance.getUserContext().get(MemberConfigs.HANDLERS_KEY);
        memberAddress = MemberAddress.of(instance.getCluster().getLocalMember());
    }

    @Override
    public String call() {
        TaskHandler handler = handlers == null ? null : handlers.find(handlerId).orElse(null);
        if (handler == null) {
            throw new IllegalStateException("no task handler '" + handlerId + "' on member " + memberAddress); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return handler.handle(workUnit);
    }

    @Override
    public int getFactoryId() {
        return TaskSerialization.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return CLASS_ID;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(handlerId);
        out.writeString(workUnit);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        handlerId = in.readString();
        workUnit = in.readString();
    }
}
