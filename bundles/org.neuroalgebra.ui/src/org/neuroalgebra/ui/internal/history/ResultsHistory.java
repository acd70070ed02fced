// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neuroalgebra.launch.AnalysisJob;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The results history: entries saved one file each (the entry's metadata, the result's JSON and
 * its presentation), loaded back after a restart, newest first. Where files go is decided by a
 * {@link Locations}; the store itself knows nothing of the workspace, so it is tested as plain Java.
 * Thread-safe: runs end on job threads while views read on the display thread.
 */
public class ResultsHistory {

    /** Where entry files are written and from where they are loaded. */
    public interface Locations {

        /** @return the directory an entry of a run on {@code modelFile} (may be null) is saved in */
        Path directoryFor(String modelFile);

        /** @return every directory entries are loaded from */
        List<Path> directories();
    }

    /** The name of the directory of entries inside a project. */
    public static final String FOLDER = ".results"; //$NON-NLS-1$

    private static final String SUFFIX = ".json"; //$NON-NLS-1$
    private static final int FORMAT = 1;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);

    private final Locations locations;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public ResultsHistory(Locations locations) {
        this.locations = Objects.requireNonNull(locations);
    }

    /** Tells {@code listener} (on any thread) whenever entries are added, deleted or reloaded. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** @return the entries, newest first */
    public synchronized List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return one line for each entry file that could not be read at the last reload */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Saves an entry in a file of its own and adds it.
     *
     * @return the entry as saved
     * @throws IOException
     *             when the file cannot be written; the entry is then not added
     */
    public HistoryEntry add(HistoryEntry entry) throws IOException {
        Path directory = locations.directoryFor(entry.file());
        Files.createDirectories(directory);
        String name = STAMP.format(entry.started()) + "-" + slug(entry.block() != null ? entry.block() //$NON-NLS-1$
                : entry.analysisId() + "-" + entry.subject()); //$NON-NLS-1$
        Path file = directory.resolve(name + SUFFIX);
        for (int i = 2; Files.exists(file); i++) {
            file = directory.resolve(name + "-" + i + SUFFIX); //$NON-NLS-1$
        }
        HistoryEntry stored = entry.storedAt(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(write(stored), out);
        }
        synchronized (this) {
            entries.add(0, stored);
            entries.sort(NEWEST_FIRST);
        }
        fire();
        return stored;
    }

    /**
     * Replaces an entry by a newer state of the same run (a running sweep's rows so far, then its
     * end), in the entry's own file.
     *
     * @return the new entry as saved
     * @throws IOException
     *             when the file cannot be written; the old entry then stays
     */
    public HistoryEntry replace(HistoryEntry old, HistoryEntry entry) throws IOException {
        if (old.storedAt() == null) {
            return add(entry);
        }
        HistoryEntry stored = entry.storedAt(old.storedAt());
        Path scratch = Files.createTempFile(old.storedAt().getParent(), ".entry-", SUFFIX); //$NON-NLS-1$
        try {
            try (Writer out = Files.newBufferedWriter(scratch, StandardCharsets.UTF_8)) {
                new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(write(stored), out);
            }
            // the file is never half written: a reader sees the old state or the new one
            Files.move(scratch, old.storedAt(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(scratch);
        }
        synchronized (this) {
            int index = entries.indexOf(old);
            if (index >= 0) {
                entries.set(index, stored);
            } else {
                entries.add(0, stored);
                entries.sort(NEWEST_FIRST);
            }
        }
        fire();
        return stored;
    }

    /** Deletes the entry and its file, nothing else. */
    public void delete(HistoryEntry entry) throws IOException {
        if (entry.storedAt() != null) {
            Files.deleteIfExists(entry.storedAt());
        }
        synchronized (this) {
            entries.remove(entry);
        }
        fire();
    }

    /** Forgets the entries and loads them again from every directory. */
    public void reload() {
        List<HistoryEntry> loaded = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path directory : locations.directories()) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) { //$NON-NLS-1$
                for (Path file : files) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        loaded.add(read(JsonParser.parseReader(in).getAsJsonObject(), file));
                    } catch (IOException | JsonParseException | IllegalStateException | IllegalArgumentException
                            | NullPointerException | UnsupportedOperationException | ClassCastException
                            | java.time.format.DateTimeParseException e) {
                        unreadable.add(file + ": not a results history entry (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            } catch (IOException e) {
                unreadable.add(directory + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
        loaded.sort(NEWEST_FIRST);
        synchronized (this) {
            entries.clear();
            entries.addAll(loaded);
            problems.clear();
            problems.addAll(unreadable);
        }
        fire();
    }

    /**
     * @return whether the model file has changed (or gone) since the entry's run; an entry without
     *         file or hash is never stale, as there is nothing to compare
     */
    public static boolean isStale(HistoryEntry entry) {
        if (entry.file() == null || entry.contentHash() == null) {
            return false;
        }
        return !entry.contentHash().equals(AnalysisJob.contentHash(entry.file()));
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparing(HistoryEntry::started)
            .reversed();

    /** @return a name safe in a file name: letters, digits, '-' and '_' */
    public static String slug(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return slug.isEmpty() ? "result" : slug; //$NON-NLS-1$
    }

    static JsonObject write(HistoryEntry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT); //$NON-NLS-1$
        JsonObject e = new JsonObject();
        e.addProperty("started", entry.started().toString()); //$NON-NLS-1$
        e.addProperty("seconds", entry.seconds()); //$NON-NLS-1$
        e.addProperty("file", entry.file()); //$NON-NLS-1$
        e.addProperty("block", entry.block()); //$NON-NLS-1$
        e.addProperty("subject", entry.subject()); //$NON-NLS-1$
        e.addProperty("analysisId", entry.analysisId()); //$NON-NLS-1$
        e.addProperty("analysisLabel", entry.analysisLabel()); //$NON-NLS-1$
        e.addProperty("seed", entry.seed()); //$NON-NLS-1$
        e.addProperty("status", entry.status().name()); //$NON-NLS-1$
        e.addProperty("message", entry.message()); //$NON-NLS-1$
        e.addProperty("contentHash", entry.contentHash()); //$NON-NLS-1$
        json.add("entry", e); //$NON-NLS-1$
        json.add("presentation", entry.presentation() == null ? null : PresentationJson.write(entry.presentation())); //$NON-NLS-1$
        return json;
    }

    static HistoryEntry read(JsonObject json, Path file) {
        JsonObject e = json.getAsJsonObject("entry"); //$NON-NLS-1$
        JsonObject presentation = json.has("presentation") && json.get("presentation").isJsonObject() //$NON-NLS-1$ //$NON-NLS-2$
                ? json.getAsJsonObject("presentation") //$NON-NLS-1$
                : null;
        return new HistoryEntry(Instant.parse(e.get("started").getAsString()), e.get("seconds").getAsDouble(), //$NON-NLS-1$ //$NON-NLS-2$
                text(e, "file"), text(e, "block"), text(e, "subject"), text(e, "analysisId"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                text(e, "analysisLabel"), e.get("seed").getAsLong(), //$NON-NLS-1$ //$NON-NLS-2$
                readStatus(e), readMessage(e),
                text(e, "contentHash"), presentation == null ? null : PresentationJson.read(presentation), file); //$NON-NLS-1$
    }

    /** A run still running when the workbench stopped did not finish: it reads back as canceled. */
    private static HistoryEntry.Status readStatus(JsonObject e) {
        HistoryEntry.Status status = HistoryEntry.Status.valueOf(e.get("status").getAsString()); //$NON-NLS-1$
        return status == HistoryEntry.Status.RUNNING ? HistoryEntry.Status.CANCELED : status;
    }

    private static String readMessage(JsonObject e) {
        return HistoryEntry.Status.RUNNING.name().equals(e.get("status").getAsString()) //$NON-NLS-1$
                ? "the workbench stopped while it ran" //$NON-NLS-1$
                : text(e, "message"); //$NON-NLS-1$
    }

    private static String text(JsonObject json, String field) {
        return json.has(field) && !json.get(field).isJsonNull() ? json.get(field).getAsString() : null;
    }
}
