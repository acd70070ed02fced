// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/** Rows survive JSON, and the CSV has a column per figure key with its evidence. */
class SweepRowTest {

    @Test
    void jsonRoundTripKeepsEveryField() {
        for (int member = 0; member < 3; member++) {
            List<SweepRow> rows = FakeMembers.rows(member);
            assertEquals(rows, SweepRow.fromJsonArray(SweepRow.toJsonArray(rows)));
        }
    }

    @Test
    void aMessageIsOneLine() {
        assertEquals("odd, \"not\" even second line", FakeMembers.rows(1).get(1).message()); //$NON-NLS-1$
    }

    @Test
    void csvHasTheUnionOfFigureKeysInFirstSeenOrderWithTheirEvidence() {
        String csv = SweepTable.deterministic(List.of(FakeMembers.rows(1).get(1), FakeMembers.rows(1).get(0),
                FakeMembers.rows(0).get(1), FakeMembers.rows(0).get(0))).csv();
        String[] lines = csv.split("\n"); //$NON-NLS-1$
        assertEquals("member,key,architecture,run,analysis,status,certified,method,seed,message," //$NON-NLS-1$
                + "square,square.evidence,half,half.evidence", lines[0]); //$NON-NLS-1$
        // sorted by member, then run; member 0's second run is the first to have 'half'
        assertEquals("0,0,input 0,1,square,done,true,multiplication,1,,0,certified,,", lines[1]); //$NON-NLS-1$
        assertEquals("0,0,input 0,2,even,done,false,division,2,,,,0,info", lines[2]); //$NON-NLS-1$
        assertEquals("1,1,input 1,1,square,done,true,multiplication,1,,1,certified,,", lines[3]); //$NON-NLS-1$
        assertEquals("1,1,input 1,2,even,failed,false,,2,\"odd, \"\"not\"\" even second line\",,,,", lines[4]); //$NON-NLS-1$
        assertEquals(5, lines.length);
    }

    @Test
    void aFigureNamedLikeARowFieldGetsItsOwnColumn() {
        SweepRow row = new SweepRow(0, "2", "input 2", 1, "membership", Status.DONE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of(new Figure("member", new JsonPrimitive(Boolean.TRUE), "numerical"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Figure("residual", JsonNull.INSTANCE, "numerical")), //$NON-NLS-1$ //$NON-NLS-2$
                false, "homotopy", 3, 1.5, ""); //$NON-NLS-1$ //$NON-NLS-2$
        String[] lines = SweepTable.of(List.of(row)).csv().split("\n"); //$NON-NLS-1$
        assertEquals("member,key,architecture,run,analysis,status,certified,method,seed,seconds,message," //$NON-NLS-1$
                + "result.member,result.member.evidence,residual,residual.evidence", lines[0]); //$NON-NLS-1$
        assertEquals("0,2,input 2,1,membership,done,false,homotopy,3,1.5,,true,numerical,,numerical", lines[1]); //$NON-NLS-1$
    }

    @Test
    void theDeterministicJsonLinesHaveNoTimes() {
        String lines = SweepTable.deterministic(FakeMembers.rows(0)).jsonLines();
        assertEquals(2, lines.split("\n").length); //$NON-NLS-1$
        assertEquals(-1, lines.indexOf("seconds")); //$NON-NLS-1$
        assertEquals(FakeMembers.rows(0).get(0).toJsonLine().replace(",\"seconds\":0.001", ""), //$NON-NLS-1$ //$NON-NLS-2$
                lines.split("\n")[0]); //$NON-NLS-1$
        // a table's line reads back as the row, its time unknown
        SweepRow read = SweepRow.fromJson(com.google.gson.JsonParser.parseString(lines.split("\n")[0]).getAsJsonObject()); //$NON-NLS-1$
        assertEquals(FakeMembers.rows(0).get(0).withSeconds(Double.NaN), read);
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Status.of("finished")); //$NON-NLS-1$
        assertEquals(Status.TIMED_OUT, Status.of("timed out")); //$NON-NLS-1$
    }

    @Test
    void aWorkUnitSurvivesJson() {
        WorkUnit unit = new WorkUnit("a b.nalg", "sweep s {\n}\n", "s", 7, 1000, 2.5, Long.valueOf(9)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(unit, WorkUnit.fromJson(unit.toJson()));
        assertThrows(IllegalArgumentException.class, () -> WorkUnit.fromJson("{\"file\": 1}")); //$NON-NLS-1$
    }
}
