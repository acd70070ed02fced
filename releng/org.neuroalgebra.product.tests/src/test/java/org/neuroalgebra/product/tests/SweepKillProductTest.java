// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neuroalgebra sweep FILE --sweep S --out DIR} killed with SIGKILL halfway, as a crash or a
 * power cut stops it: the journal {@code DIR/S.rows} keeps the finished members, no table is
 * written, and the same command run again resumes, runs only the missing members and writes the
 * tables of an uninterrupted run, byte for byte, also when the kill left a torn last line.
 */
class SweepKillProductTest {

    private static final String MEMBER_LINE = "{\"member\":"; //$NON-NLS-1$

    @TempDir
    Path directory;

    @Test
    void aSweepKilledHalfwayResumesToTheTablesOfAnUninterruptedRun() throws Exception {
        Path model = LinearSweep.write(directory);
        Product.Run whole = Product.run(sweep(model, "whole")); //$NON-NLS-1$
        assertEquals(0, whole.exit(), whole::toString);
        LinearSweep.assertRankOneDimensions(directory.resolve("whole").resolve(LinearSweep.NAME + ".jsonl")); //$NON-NLS-1$ //$NON-NLS-2$

        Path out = directory.resolve("killed"); //$NON-NLS-1$
        Path journal = out.resolve(LinearSweep.NAME + ".rows"); //$NON-NLS-1$
        Process killed = sweep(model, "killed").redirectOutput(directory.resolve("killed.out").toFile()) //$NON-NLS-1$ //$NON-NLS-2$
                .redirectError(directory.resolve("killed.err").toFile()).start(); //$NON-NLS-1$
        try {
            Product.await(journal, text -> finishedMembers(text) > 0, "the first finished members"); //$NON-NLS-1$
            Product.signal(killed, "KILL"); //$NON-NLS-1$
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS), "the sweep did not stop after SIGKILL"); //$NON-NLS-1$
        } finally {
            killed.destroyForcibly();
        }
        assertEquals(128 + 9, killed.exitValue());
        int kept = finishedMembers(Files.readString(journal, StandardCharsets.UTF_8));
        assertTrue(kept > 0 && kept < LinearSweep.MEMBERS, "killed halfway, but the journal holds " + kept + " members"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String table : tables()) {
            assertFalse(Files.exists(out.resolve(table)), table + " written by a sweep that did not finish"); //$NON-NLS-1$
        }

        // Half a line, as a process stopped while appending leaves it: cut off and its member redone.
        Files.writeString(journal, "1c0ffee5 {\"member\":" + kept + ",\"rows\":[{\"mem", StandardCharsets.UTF_8, //$NON-NLS-1$ //$NON-NLS-2$
                StandardOpenOption.APPEND);
        Product.Run resumed = Product.run(sweep(model, "killed")); //$NON-NLS-1$
        assertEquals(0, resumed.exit(), resumed::toString);
        assertTrue(resumed.err().contains(journal + ": the last line was torn ("), resumed::toString); //$NON-NLS-1$
        assertTrue(resumed.err().contains("neuroalgebra: resuming sweep '" + LinearSweep.NAME + "': " + kept + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + LinearSweep.MEMBERS + " members finished before"), resumed::toString); //$NON-NLS-1$
        assertEquals(LinearSweep.MEMBERS - kept, resumed.out().lines().count(), "a row for each member not in the journal"); //$NON-NLS-1$
        for (String table : tables()) {
            assertArrayEquals(Files.readAllBytes(directory.resolve("whole").resolve(table)), //$NON-NLS-1$
                    Files.readAllBytes(out.resolve(table)), table);
        }
    }

    /** One worker, so that the members finish one after the other and the kill comes between two of them. */
    private ProcessBuilder sweep(Path model, String out) {
        return Product.builder(directory.resolve("configuration-" + out), "sweep", model.toString(), "--sweep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                LinearSweep.NAME, "--out", directory.resolve(out).toString(), "--workers", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<String> tables() {
        return List.of(LinearSweep.NAME + ".csv", LinearSweep.NAME + ".jsonl"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the members on complete lines of a journal's text (see SweepJournal for its format) */
    private static int finishedMembers(String journal) {
        int complete = journal.lastIndexOf('\n') + 1;
        return (int) journal.substring(0, complete).lines().filter(line -> line.contains(MEMBER_LINE)).count();
    }
}
