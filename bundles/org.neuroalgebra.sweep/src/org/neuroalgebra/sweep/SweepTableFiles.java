// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a finished sweep's deterministic tables, {@code NAME.csv} and {@code NAME.jsonl}, beside
 * its journal. Each is written to a temporary file and moved into place, so a reader never sees
 * half a table; a file already there is replaced only when the journal recorded it as written by
 * this sweep (its SHA-256), so a table the user made or edited is never overwritten.
 */
public final class SweepTableFiles {

    private SweepTableFiles() {
    }

    /**
     * @return the two tables written, CSV first
     * @throws SweepJournalException
     *             when a table of that name exists and was not written by this sweep (nothing is written)
     */
    public static List<Path> write(SweepJournal journal, String sweep, List<SweepRow> rows)
            throws IOException, SweepJournalException {
        SweepTable table = SweepTable.deterministic(rows);
        Path directory = journal.file().toAbsolutePath().getParent();
        Path csv = directory.resolve(sweep + ".csv"); //$NON-NLS-1$
        Path jsonl = directory.resolve(sweep + ".jsonl"); //$NON-NLS-1$
        byte[] csvBytes = table.csv().getBytes(StandardCharsets.UTF_8);
        byte[] jsonBytes = table.jsonLines().getBytes(StandardCharsets.UTF_8);
        // Both are checked before either is written: a refusal leaves no half-updated pair.
        checkReplaceable(journal, csv);
        checkReplaceable(journal, jsonl);
        // Recorded before the move, so a crash between the two leaves a table the next run may replace.
        journal.recordTable(sha256(csvBytes));
        journal.recordTable(sha256(jsonBytes));
        place(csv, csvBytes);
        place(jsonl, jsonBytes);
        return List.of(csv, jsonl);
    }

    private static void checkReplaceable(SweepJournal journal, Path table) throws IOException, SweepJournalException {
        if (Files.exists(table) && !journal.wroteTable(sha256(Files.readAllBytes(table)))) {
            throw new SweepJournalException(table + ": exists and was not written by this sweep; it is kept as it is " //$NON-NLS-1$
                    + "(move it away or choose another --out directory)"); //$NON-NLS-1$
        }
    }

    private static void place(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part"); //$NON-NLS-1$
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the SHA-256 of the bytes in lower-case hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
        }
    }
}
