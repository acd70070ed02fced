// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * The sweep executor over a member alone: every unit's rows reach the sink under the unit's
 * index, and a unit that produced no rows is an error naming it, after the others were delivered.
 */
class ClusterSweepExecutorTest {

    private static ClusterMember member;

    @BeforeAll
    static void startMember() {
        TaskHandlers handlers = new TaskHandlers();
        // The unit "n" stands for a sweep member; its "rows" are the squares 1..n.
        handlers.add(Handlers.of(ClusterSweepExecutor.HANDLER_ID, workUnit -> {
            int n = Integer.parseInt(workUnit);
            if (n < 0) {
                throw new IllegalArgumentException("no member " + n); //$NON-NLS-1$
            }
            StringBuilder rows = new StringBuilder("["); //$NON-NLS-1$
            for (int i = 1; i <= n; i++) {
                rows.append(i == 1 ? "" : ",").append(i * i); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return rows.append(']').toString();
        }));
        member = ClusterMember.start(ClusterOptions.alone(2), handlers);
    }

    @AfterAll
    static void closeMember() {
        member.close();
    }

    @Test
    void eachUnitsRowsReachTheSinkUnderItsIndex() throws InterruptedException {
        Map<Integer, String> rows = new TreeMap<>();
        new ClusterSweepExecutor(member).execute(List.of("3", "0", "1"), rows::put, ProgressMonitor.NULL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Map.of(0, "[1,4,9]", 1, "[]", 2, "[1]"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aUnitWithoutRowsIsAnErrorNamingIt() {
        Map<Integer, String> rows = new TreeMap<>();
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new ClusterSweepExecutor(member)
                .execute(List.of("2", "-5"), rows::put, ProgressMonitor.NULL)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("1 sweep member(s) produced no rows: unit 1 on " + member.address() + ": no member -5", //$NON-NLS-1$ //$NON-NLS-2$
                error.getMessage());
        assertEquals(Map.of(0, "[1,4]"), rows); //$NON-NLS-1$
    }
}
