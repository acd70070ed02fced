// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The member list of {@code --join} and the other options: what is accepted, and the messages of what is not. */
class ClusterOptionsTest {

    @Test
    void aMemberListIsSplitAtCommas() {
        ClusterOptions options = ClusterOptions.joining("10.0.0.5:5701, node2:5702", 0, 3); //$NON-NLS-1$
        assertEquals(List.of("10.0.0.5:5701", "node2:5702"), options.join()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(options.loopbackOnly());
        assertTrue(ClusterOptions.joining("127.0.0.1:5801,localhost:5802", 5801, 1).loopbackOnly()); //$NON-NLS-1$
        assertTrue(ClusterOptions.alone(1).loopbackOnly());
    }

    @Test
    void malformedOptionsAreNamedInTheMessage() {
        assertEquals("'node2' is not a member address HOST:PORT", //$NON-NLS-1$
                assertThrows(IllegalArgumentException.class, () -> ClusterOptions.joining("node1:5701,node2", 0, 1)).getMessage()); //$NON-NLS-1$
        assertEquals("'' is not a member address HOST:PORT", //$NON-NLS-1$
                assertThrows(IllegalArgumentException.class, () -> ClusterOptions.joining("node1:5701,", 0, 1)).getMessage()); //$NON-NLS-1$
        assertEquals("'node1:70000': the port must be a number from 1 to 65535", //$NON-NLS-1$
                assertThrows(IllegalArgumentException.class, () -> ClusterOptions.joining("node1:70000", 0, 1)).getMessage()); //$NON-NLS-1$
        assertEquals("a member needs at least one worker, found 0", //$NON-NLS-1$
                assertThrows(IllegalArgumentException.class, () -> ClusterOptions.alone(0)).getMessage());
        assertEquals("port 65536 is neither 0 (the default) nor in 1..65535", //$NON-NLS-1$
                assertThrows(IllegalArgumentException.class, () -> ClusterOptions.joining("a:1", 65536, 1)).getMessage()); //$NON-NLS-1$
    }
}
