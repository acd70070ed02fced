// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.sweep.SweepRow.Status;

/** The runner on the executor: same tables for any number of workers, stop and resume lose nothing. */
class SweepRunnerTest {

    private static final int MEMBERS = 12;

    @TempDir
    Path directory;

    private static SweepRunner runner(int workers) {
        return new SweepRunner(FakeMembers.SWEEP, MEMBERS, 2, FakeMembers::unit,
                new LocalSweepExecutor(workers, new FakeMembers(MEMBERS)));
    }

    private byte[][] tables(Path out, int workers) throws Exception {
        Files.createDirectories(out);
        try (SweepJournal journal = SweepJournal.open(out.resolve("squares.rows"), FakeMembers.SWEEP, "1")) { //$NON-NLS-1$ //$NON-NLS-2$
            SweepRunner.Outcome outcome = runner(workers).run(journal, (rows, progress) -> {
                // streamed rows are not needed here
            }, ProgressMonitor.NULL);
            assertTrue(outcome.complete());
            List<Path> written = SweepTableFiles.write(journal, FakeMembers.SWEEP, outcome.rows());
            return new byte[][] { Files.readAllBytes(written.get(0)), Files.readAllBytes(written.get(1)) };
        }
    }

    @Test
    void oneAndTwoWorkersGiveByteIdenticalTables() throws Exception {
        byte[][] one = tables(directory.resolve("one"), 1); //$NON-NLS-1$
        byte[][] two = tables(directory.resolve("two"), 2); //$NON-NLS-1$
        assertArrayEquals(one[0], two[0]);
        assertArrayEquals(one[1], two[1]);
        // every member's two rows, the odd members' second run failed without stopping the sweep
        String csv = new String(one[0], java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1 + 2 * MEMBERS, csv.split("\n").length); //$NON-NLS-1$
        assertEquals(MEMBERS / 2, csv.lines().filter(line -> line.contains(",failed,")).count()); //$NON-NLS-1$
    }

    @Test
    void rowsStreamAsMembersFinishWithProgress() throws Exception {
        List<SweepRow> streamed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        SweepRunner.Outcome outcome = runner(2).run(null, (rows, progress) -> {
            streamed.addAll(rows);
            lines.add(progress.line());
        }, ProgressMonitor.NULL);
        assertEquals(2 * MEMBERS, streamed.size());
        assertEquals(outcome.rows().size(), streamed.size());
        assertTrue(lines.get(lines.size() - 1).startsWith("sweep squares: 24/24 rows, 0 running, about 0 s left"), //$NON-NLS-1$
                lines::toString);
    }

    @Test
    void aStoppedSweepResumesToTheSameTables() throws Exception {
        byte[][] uninterrupted = tables(directory.resolve("whole"), 2); //$NON-NLS-1$
        Path out = directory.resolve("stopped"); //$NON-NLS-1$
        Files.createDirectories(out);
        AtomicBoolean stop = new AtomicBoolean();
        try (SweepJournal journal = SweepJournal.open(out.resolve("squares.rows"), FakeMembers.SWEEP, "1")) { //$NON-NLS-1$ //$NON-NLS-2$
            SweepRunner.Outcome outcome = runner(2).run(journal, (rows, progress) -> stop.set(progress.doneRows() >= 6),
                    ProgressMonitor.cancellationOf(stop::get));
            assertFalse(outcome.complete());
            assertTrue(journal.finished().size() >= 3 && journal.finished().size() < MEMBERS, journal.finished()::toString);
        }
        assertArrayEquals(uninterrupted[0], tables(out, 1)[0]);
        assertArrayEquals(uninterrupted[1], tables(out, 1)[1]);
    }

    @Test
    void aDefectInAnEvaluationIsReportedAfterTheOthersFinished() throws Exception {
        List<SweepRow> rows = new ArrayList<>();
        SweepRunner broken = new SweepRunner(FakeMembers.SWEEP, 4, 2, FakeMembers::unit, new LocalSweepExecutor(2, unit -> {
            if (WorkUnit.fromJson(unit).member() == 1) {
                throw new IllegalStateException("defect"); //$NON-NLS-1$
            }
            return new FakeMembers(4).evaluate(unit);
        }));
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> broken.run(null, (finished, progress) -> rows.addAll(finished), ProgressMonitor.NULL));
        assertTrue(failure.getMessage().contains("work unit 1"), failure::getMessage); //$NON-NLS-1$
        assertEquals(6, rows.size());
        assertEquals(Status.FAILED, rows.stream().filter(row -> row.member() == 3 && row.run() == 2).findFirst()
                .orElseThrow().status());
    }

    @Test
    void theEstimateIsTheMeanMemberTimeTimesTheRoundsLeft() {
        SweepProgress progress = new SweepProgress("s", 10, 2, 3); //$NON-NLS-1$
        progress.resumed(2, 4);
        assertTrue(progress.line().endsWith("4/20 rows, 3 running, time left unknown yet"), progress::line); //$NON-NLS-1$
        progress.finished(2, 10);
        progress.finished(2, 20);
        // 6 members left on 3 workers: two rounds of the mean 15 s
        assertEquals(30, progress.secondsLeft(), 1e-12);
        assertEquals("sweep s: 8/20 rows, 3 running, about 30 s left", progress.line()); //$NON-NLS-1$
        assertEquals("2 min 5 s", SweepProgress.duration(125)); //$NON-NLS-1$
    }
}
