// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal keeps finished members across restarts, detects torn and corrupt lines, and refuses what is not its own. */
class SweepJournalTest {

    private static final String FINGERPRINT = "f00d"; //$NON-NLS-1$

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("squares.rows"); //$NON-NLS-1$
    }

    private SweepJournal open() throws IOException, SweepJournalException {
        return SweepJournal.open(file(), FakeMembers.SWEEP, FINGERPRINT);
    }

    private void appendMembers(int... members) throws IOException, SweepJournalException {
        try (SweepJournal journal = open()) {
            for (int member : members) {
                journal.append(member, FakeMembers.rows(member));
            }
        }
    }

    @Test
    void reopeningResumesTheFinishedMembers() throws Exception {
        appendMembers(3, 0);
        try (SweepJournal journal = open()) {
            assertEquals(Set.of(0, 3), journal.finished().keySet());
            assertEquals(FakeMembers.rows(3), journal.finished().get(3));
            assertEquals(List.of(), journal.warnings());
            journal.append(1, FakeMembers.rows(1));
            // a member is recorded once
            journal.append(1, FakeMembers.rows(1));
        }
        try (SweepJournal journal = open()) {
            assertEquals(Set.of(0, 1, 3), journal.finished().keySet());
        }
        // header and three members
        assertEquals(4, Files.readAllLines(file()).size());
    }

    @Test
    void aTornLastLineIsCutOffReportedAndItsMemberRedone() throws Exception {
        appendMembers(0, 1);
        long size = Files.size(file());
        // the process died while writing member 1's line: half of it reached the disk
        int lastLine = Files.readAllLines(file()).get(2).length() + 1;
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.truncate(size - lastLine / 2);
        }
        try (SweepJournal journal = open()) {
            assertEquals(Set.of(0), journal.finished().keySet());
            assertEquals(1, journal.warnings().size());
            assertTrue(journal.warnings().get(0).contains("torn"), journal.warnings()::toString); //$NON-NLS-1$
            journal.append(1, FakeMembers.rows(1));
        }
        try (SweepJournal journal = open()) {
            assertEquals(Set.of(0, 1), journal.finished().keySet());
            assertEquals(FakeMembers.rows(1), journal.finished().get(1));
            assertEquals(List.of(), journal.warnings());
        }
        assertEquals(size, Files.size(file()));
    }

    @Test
    void aLineWithABadChecksumIsReportedAndItsMemberRedone() throws Exception {
        appendMembers(0, 1, 2);
        List<String> lines = Files.readAllLines(file());
        // one bit of member 1's rows flipped on the disk: '1' (0x31) became '0' (0x30) somewhere in the JSON
        String damaged = lines.get(2).replace("\"square\",\"value\":1,", "\"square\",\"value\":0,"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!damaged.equals(lines.get(2)));
        Files.write(file(), List.of(lines.get(0), lines.get(1), damaged, lines.get(3)), StandardCharsets.UTF_8);
        try (SweepJournal journal = open()) {
            assertEquals(Set.of(0, 2), journal.finished().keySet());
            assertTrue(journal.warnings().get(0).contains(":3: checksum mismatch"), journal.warnings()::toString); //$NON-NLS-1$
            journal.append(1, FakeMembers.rows(1));
        }
        try (SweepJournal journal = open()) {
            assertEquals(FakeMembers.rows(1), journal.finished().get(1));
        }
    }

    @Test
    void theJournalOfAnotherSweepIsRefusedAndKept() throws Exception {
        appendMembers(0);
        byte[] before = Files.readAllBytes(file());
        SweepJournalException other = assertThrows(SweepJournalException.class,
                () -> SweepJournal.open(file(), FakeMembers.SWEEP, "beef")); //$NON-NLS-1$
        assertTrue(other.getMessage().contains("another sweep"), other::getMessage); //$NON-NLS-1$
        assertThrows(SweepJournalException.class, () -> SweepJournal.open(file(), "cubes", FINGERPRINT)); //$NON-NLS-1$
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aFileThatIsNoJournalIsRefusedAndKept() throws Exception {
        Files.writeString(file(), "my notes\nabout squares\n"); //$NON-NLS-1$
        assertThrows(SweepJournalException.class, this::open);
        Files.writeString(file(), "no line end"); //$NON-NLS-1$
        assertThrows(SweepJournalException.class, this::open);
        assertEquals("no line end", Files.readString(file())); //$NON-NLS-1$
    }

    @Test
    void aJournalInUseIsRefused() throws Exception {
        try (SweepJournal journal = open()) {
            SweepJournalException busy = assertThrows(SweepJournalException.class, this::open);
            assertTrue(busy.getMessage().contains("in use"), busy::getMessage); //$NON-NLS-1$
        }
    }

    @Test
    void finalTablesReplaceOnlyTheirOwn() throws Exception {
        List<SweepRow> rows = new java.util.ArrayList<>();
        try (SweepJournal journal = open()) {
            for (int member = 0; member < 3; member++) {
                journal.append(member, FakeMembers.rows(member));
                rows.addAll(FakeMembers.rows(member));
            }
            List<Path> tables = SweepTableFiles.write(journal, FakeMembers.SWEEP, rows);
            assertEquals(SweepTable.deterministic(rows).csv(), Files.readString(tables.get(0)));
            assertEquals(SweepTable.deterministic(rows).jsonLines(), Files.readString(tables.get(1)));
        }
        try (SweepJournal journal = open()) {
            // written by this sweep: may be written again
            SweepTableFiles.write(journal, FakeMembers.SWEEP, rows);
            // edited by the user: kept, and the other table is not touched either
            Path csv = directory.resolve("squares.csv"); //$NON-NLS-1$
            Path jsonl = directory.resolve("squares.jsonl"); //$NON-NLS-1$
            Files.writeString(csv, "my own table\n"); //$NON-NLS-1$
            byte[] json = Files.readAllBytes(jsonl);
            assertThrows(SweepJournalException.class, () -> SweepTableFiles.write(journal, FakeMembers.SWEEP, rows));
            assertEquals("my own table\n", Files.readString(csv)); //$NON-NLS-1$
            assertArrayEquals(json, Files.readAllBytes(jsonl));
        }
        try (var files = Files.list(directory)) {
            assertEquals(3, files.count(), "no temporary file is left behind"); //$NON-NLS-1$
        }
    }
}
