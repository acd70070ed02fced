// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;

import com.google.gson.JsonPrimitive;

/**
 * Test double of {@link MemberEvaluation}: member i of a sweep of "squares" has two runs, the first
 * gives the figure {@code square} = i² (certified), the second fails for odd i. Later members
 * finish first (they sleep less), so that the order of finishing is not the order of members.
 */
final class FakeMembers implements WorkUnitEvaluator {

    static final String SWEEP = "squares"; //$NON-NLS-1$

    private final int members;

    FakeMembers(int members) {
        this.members = members;
    }

    static String unit(int member) {
        return new WorkUnit("squares.nalg", "", SWEEP, member, 1000, 0, null).toJson(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String evaluate(String workUnitJson) {
        int member = WorkUnit.fromJson(workUnitJson).member();
        try {
            Thread.sleep(2L * (members - member));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted"); //$NON-NLS-1$
        }
        return SweepRow.toJsonArray(rows(member));
    }

    static List<SweepRow> rows(int member) {
        String key = Integer.toString(member);
        String architecture = "input " + member; //$NON-NLS-1$
        SweepRow square = new SweepRow(member, key, architecture, 1, "square", Status.DONE, //$NON-NLS-1$
                List.of(new Figure("square", new JsonPrimitive(Long.valueOf((long) member * member)), "certified")), //$NON-NLS-1$ //$NON-NLS-2$
                true, "multiplication", 1, 0.001 * (member + 1), ""); //$NON-NLS-1$ //$NON-NLS-2$
        SweepRow odd = member % 2 == 0
                ? new SweepRow(member, key, architecture, 2, "even", Status.DONE, //$NON-NLS-1$
                        List.of(new Figure("half", new JsonPrimitive(Long.valueOf(member / 2)), "info")), false, //$NON-NLS-1$ //$NON-NLS-2$
                        "division", 2, 0.002, "") //$NON-NLS-1$ //$NON-NLS-2$
                : SweepRow.without(member, key, architecture, 2, "even", Status.FAILED, 2, 0.002, //$NON-NLS-1$
                        "odd, \"not\" even\nsecond line"); //$NON-NLS-1$
        return List.of(square, odd);
    }
}
