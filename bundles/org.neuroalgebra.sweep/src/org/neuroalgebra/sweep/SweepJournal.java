// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The append-only record of a sweep's finished members, so that a sweep stopped by Ctrl-C, a crash
 * or a power cut resumes where it was. The first line names the sweep and its fingerprint, so the
 * journal of another sweep (or of this sweep after its file changed) is refused, never mixed. Every
 * further line is {@code CRC32 JSON}: the CRC-32 of the JSON in eight hex digits, then
 * {@code {"member": i, "rows": […]}}. Each line is written with one call, then flushed and forced to
 * the disk before the member counts as finished.
 * <p>
 * On opening, a last line without its line end is torn (the process stopped while writing it): it
 * is cut off, reported and its member redone. A complete line whose checksum does not match is
 * reported and its member redone too; it stays in the file, since a journal is never rewritten.
 * An exclusive lock keeps two processes from appending to the same journal.
 */
public final class SweepJournal implements Closeable {

    private static final String MAGIC = "neuroalgebra-sweep-journal 1"; //$NON-NLS-1$
    private static final String MEMBER = "member"; //$NON-NLS-1$
    private static final String ROWS = "rows"; //$NON-NLS-1$
    private static final String TABLES = "tables"; //$NON-NLS-1$

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<Integer, List<SweepRow>> finished = new TreeMap<>();
    private final Set<String> tableChecksums = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();

    private SweepJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens the journal of a sweep, creating it when absent.
     *
     * @param fingerprint
     *            what identifies the sweep's members and runs (see the command's fingerprint); a
     *            journal with another one is refused
     * @throws SweepJournalException
     *             when the file is not this sweep's journal or another process has it open
     */
    public static SweepJournal open(Path file, String sweep, String fingerprint) throws IOException, SweepJournalException {
        String header = MAGIC + " sweep=" + sweep + " fingerprint=" + fingerprint; //$NON-NLS-1$ //$NON-NLS-2$
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = lock(channel);
            if (lock == null) {
                throw new SweepJournalException(file + ": in use by another running sweep"); //$NON-NLS-1$
            }
            SweepJournal journal = new SweepJournal(file, channel, lock);
            journal.read(header);
            return journal;
        } catch (IOException | SweepJournalException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the exclusive lock of the file, null when another process or channel holds it */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** @return the journal's file */
    public Path file() {
        return file;
    }

    /** @return the rows of every member the journal holds, by member index */
    public synchronized Map<Integer, List<SweepRow>> finished() {
        return Collections.unmodifiableMap(new TreeMap<>(finished));
    }

    /** @return what was found wrong on opening (a torn last line, a bad checksum) and redone */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Records a finished member: one line, flushed and forced to the disk. A member already
     * recorded is not recorded again.
     */
    public synchronized void append(int member, List<SweepRow> rows) throws IOException {
        if (finished.containsKey(Integer.valueOf(member))) {
            return;
        }
        JsonObject json = new JsonObject();
        json.addProperty(MEMBER, member);
        json.add(ROWS, JsonParser.parseString(SweepRow.toJsonArray(rows)));
        write(json.toString());
        finished.put(Integer.valueOf(member), List.copyOf(rows));
    }

    /** Records the checksum of a final table written from this journal, so that it may be replaced later. */
    public synchronized void recordTable(String sha256) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty(TABLES, sha256);
        write(json.toString());
        tableChecksums.add(sha256);
    }

    /** @return whether a table with this SHA-256 was written by this sweep */
    public synchronized boolean wroteTable(String sha256) {
        return tableChecksums.contains(sha256);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private void write(String payload) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((checksum(payload) + " " + payload + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        channel.position(channel.size());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    private void read(String header) throws IOException, SweepJournalException {
        byte[] content = new byte[(int) channel.size()];
        ByteBuffer buffer = ByteBuffer.wrap(content);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // until the whole file is read
        }
        int complete = content.length;
        while (complete > 0 && content[complete - 1] != '\n') {
            complete--;
        }
        String headerLine = checksum(header) + " " + header; //$NON-NLS-1$
        if (complete == 0) {
            // Empty, or the header itself was torn: only then is the file this sweep's to start.
            if (!headerLine.startsWith(new String(content, StandardCharsets.UTF_8))) {
                throw notAJournal();
            }
            channel.truncate(0);
            write(header);
            return;
        }
        String[] lines = new String(content, 0, complete, StandardCharsets.UTF_8).split("\n", -1); //$NON-NLS-1$
        String[] first = lines[0].split(" ", 2); //$NON-NLS-1$
        if (first.length != 2 || !first[1].startsWith(MAGIC) || !checksum(first[1]).equals(first[0])) {
            throw notAJournal();
        }
        if (!first[1].equals(header)) {
            throw new SweepJournalException(file + ": the journal of another sweep or of another version of this one (" //$NON-NLS-1$
                    + first[1].substring(MAGIC.length()).strip() + "); it is kept as it is: choose another --out directory"); //$NON-NLS-1$
        }
        if (complete < content.length) {
            warnings.add(file + ": the last line was torn (" + (content.length - complete) //$NON-NLS-1$
                    + " bytes without a line end); it is cut off and its member redone"); //$NON-NLS-1$
            channel.truncate(complete);
            channel.force(false);
        }
        // the split leaves an empty string after the last line end
        for (int i = 1; i < lines.length - 1; i++) {
            readLine(lines[i], i + 1);
        }
    }

    private SweepJournalException notAJournal() {
        return new SweepJournalException(file + ": not a sweep journal; it is kept as it is: choose another --out directory"); //$NON-NLS-1$
    }

    private void readLine(String line, int lineNumber) {
        int space = line.indexOf(' ');
        String payload = space < 0 ? "" : line.substring(space + 1); //$NON-NLS-1$
        if (space < 0 || !checksum(payload).equals(line.substring(0, space))) {
            warnings.add(file + ":" + lineNumber + ": checksum mismatch; the line is ignored and its member redone"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        try {
            JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
            if (json.has(TABLES)) {
                tableChecksums.add(json.get(TABLES).getAsString());
                return;
            }
            Integer member = Integer.valueOf(json.get(MEMBER).getAsInt());
            List<SweepRow> rows = SweepRow.fromJsonArray(json.get(ROWS).toString());
            finished.putIfAbsent(member, List.copyOf(rows));
        } catch (RuntimeException e) {
            warnings.add(file + ":" + lineNumber + ": not a journal line (" + e.getMessage() + "); its member is redone"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return the CRC-32 of the UTF-8 text in eight lower-case hex digits */
    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", Long.valueOf(crc.getValue())); //$NON-NLS-1$
    }
}
