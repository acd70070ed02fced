// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.launch.AnalysisJob;

import com.google.gson.JsonObject;

/** The history store as plain Java: save, reload, delete, stale check. No workbench needed. */
class ResultsHistoryTest {

    @TempDir
    Path directory;

    private ResultsHistory store() {
        return new ResultsHistory(new ResultsHistory.Locations() {
            @Override
            public Path directoryFor(String modelFile) {
                return directory.resolve(".results"); //$NON-NLS-1$
            }

            @Override
            public List<Path> directories() {
                return List.of(directory.resolve(".results")); //$NON-NLS-1$
            }
        });
    }

    /** An edd-like result whose values exercise every kind: integers beyond long, unknowns, infinity. */
    static Presentation presentation(long edDegree) {
        JsonObject json = new JsonObject();
        json.addProperty("edDegree", edDegree); //$NON-NLS-1$
        List<ResultFigure> figures = List.of(ResultFigure.of("edDegree", "ED degree", edDegree, Evidence.CERTIFIED), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("bound", "Bézout bound", new BigInteger("123456789012345678901234567890"), "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        Evidence.NONE),
                ResultFigure.of("gap", "Gap ratio", null, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", 0.25, "s", Evidence.NONE), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ResultFigure.info("metric", "Metric", "random")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ResultTable points = new ResultTable("criticalPoints", "Critical points", List.of("#", "loss", "real"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of(List.of(1L, 0.0, true), java.util.Arrays.asList(2L, null, false)));
        ResultChart spectrum = new ResultChart("spectrum", "Singular values", Axis.integer("index"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Axis.log("singular value"), List.of(PictureLayer.points("σ", new double[] { 1, 2 }, //$NON-NLS-1$ //$NON-NLS-2$
                        new double[] { 3, 1e-15 })),
                List.of(new ResultChart.Marker("numerical rank 1", ResultChart.Orientation.VERTICAL, 1.5))); //$NON-NLS-1$
        ResultChart strata = new ResultChart("strata", "End strata", Axis.categorical("stratum", List.of("a", "b")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                Axis.linear("runs"), List.of(PictureLayer.bars("runs", new double[] { 0, 1 }, new double[] { 2, 3 }, //$NON-NLS-1$ //$NON-NLS-2$
                        new double[] { 1, 2 }, new double[] { 3, Double.POSITIVE_INFINITY })),
                List.of());
        return new Presentation("edd", "lsa_quartic", new Provenance(true, "homotopy", 3, 1.5, List.of("a note")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of("ED degree: " + edDegree), figures, List.of(points), List.of(spectrum, strata), json); //$NON-NLS-1$
    }

    static HistoryEntry entry(Instant started, String file, String hash, Presentation presentation) {
        return new HistoryEntry(started, 1.5, file, "quartic_edd", "lsa_quartic", "edd", "ED degree", 3, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                presentation == null ? HistoryEntry.Status.CANCELED : HistoryEntry.Status.CERTIFIED,
                presentation == null ? "canceled by the user" : "", hash, presentation, null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void entriesSurviveAReloadWithEveryValueAsItWas() throws IOException {
        ResultsHistory history = store();
        Instant first = Instant.parse("2026-01-02T03:04:05.006Z"); //$NON-NLS-1$
        history.add(entry(first, "/nowhere/talk.nalg", "abc", presentation(14))); //$NON-NLS-1$ //$NON-NLS-2$
        history.add(entry(first.plusSeconds(60), null, null, null));

        ResultsHistory reloaded = store();
        reloaded.reload();
        assertEquals(List.of(), reloaded.problems());
        List<HistoryEntry> entries = reloaded.entries();
        assertEquals(2, entries.size());
        assertEquals(HistoryEntry.Status.CANCELED, entries.get(0).status(), "newest first"); //$NON-NLS-1$
        assertNull(entries.get(0).presentation());
        assertEquals("canceled: canceled by the user", entries.get(0).statusText()); //$NON-NLS-1$
        HistoryEntry kept = entries.get(1);
        assertEquals(first, kept.started());
        assertEquals("/nowhere/talk.nalg", kept.file()); //$NON-NLS-1$
        assertEquals("quartic_edd", kept.block()); //$NON-NLS-1$
        assertEquals(3, kept.seed());
        assertEquals("abc", kept.contentHash()); //$NON-NLS-1$
        assertEquals(directory.resolve(".results/20260102-030405-006-quartic_edd.json"), kept.storedAt()); //$NON-NLS-1$
        Presentation original = presentation(14);
        Presentation restored = kept.presentation();
        assertEquals(original.figures(), restored.figures(), "Long, BigInteger, null, Double, String come back as such"); //$NON-NLS-1$
        assertEquals(original.tables(), restored.tables());
        assertEquals(original.provenance(), restored.provenance());
        assertEquals(original.summary(), restored.summary());
        assertEquals(original.json(), restored.json());
        assertEquals(2, restored.charts().size());
        ResultChart spectrum = restored.charts().get(0);
        assertEquals(ResultChart.Scale.LOG, spectrum.y().scale());
        assertEquals(ResultChart.Scale.INTEGER, spectrum.x().scale());
        assertEquals(original.charts().get(0).markers(), spectrum.markers());
        assertEquals(PictureLayer.Kind.POINTS, spectrum.layers().get(0).kind());
        assertArrayEquals(new double[] { 3, 1e-15 }, spectrum.layers().get(0).y());
        ResultChart strata = restored.charts().get(1);
        assertEquals(List.of("a", "b"), strata.x().categories()); //$NON-NLS-1$ //$NON-NLS-2$
        assertArrayEquals(new double[] { 3, Double.POSITIVE_INFINITY }, strata.layers().get(0).high(),
                "infinity, which JSON lacks, survives"); //$NON-NLS-1$
    }

    @Test
    void aRunningEntryIsReplacedInItsOwnFileAndReadsBackAsCanceledIfTheWorkbenchStopped() throws IOException {
        ResultsHistory history = store();
        Instant now = Instant.parse("2026-01-02T03:04:05Z"); //$NON-NLS-1$
        HistoryEntry running = history.add(new HistoryEntry(now, 0.5, null, "squares", "squares", "sweep", "Sweep", 1, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                HistoryEntry.Status.RUNNING, "", null, presentation(3), null)); //$NON-NLS-1$
        assertEquals("running, partial result", running.statusText()); //$NON-NLS-1$
        Path unrelated = Files.writeString(directory.resolve(".results/notes.txt"), "mine"); //$NON-NLS-1$ //$NON-NLS-2$

        // a workbench that stopped while the sweep ran: its last state reads back as canceled
        ResultsHistory afterCrash = store();
        afterCrash.reload();
        assertEquals(HistoryEntry.Status.CANCELED, afterCrash.entries().get(0).status());
        assertEquals("canceled, partial result: the workbench stopped while it ran", afterCrash.entries().get(0).statusText()); //$NON-NLS-1$

        HistoryEntry later = history.replace(running, new HistoryEntry(now, 0.9, null, "squares", "squares", "sweep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "Sweep", 1, HistoryEntry.Status.RUNNING, "", null, presentation(5), null)); //$NON-NLS-1$ //$NON-NLS-2$
        HistoryEntry ended = history.replace(later, entry(now, null, null, presentation(7)));
        assertEquals(running.storedAt(), ended.storedAt(), "one file for the run"); //$NON-NLS-1$
        assertEquals(List.of(ended), history.entries());
        assertTrue(Files.exists(unrelated));
        try (var files = Files.list(directory.resolve(".results"))) { //$NON-NLS-1$
            assertEquals(2, files.count(), "the entry and the user's file, no scratch file left"); //$NON-NLS-1$
        }
        ResultsHistory reloaded = store();
        reloaded.reload();
        assertEquals(HistoryEntry.Status.CERTIFIED, reloaded.entries().get(0).status());
        assertEquals(7L, reloaded.entries().get(0).presentation().json().get("edDegree").getAsLong()); //$NON-NLS-1$
    }

    @Test
    void deletingAnEntryDeletesOnlyItsOwnFile() throws IOException {
        ResultsHistory history = store();
        Instant now = Instant.parse("2026-01-02T03:04:05Z"); //$NON-NLS-1$
        HistoryEntry a = history.add(entry(now, null, null, presentation(14)));
        HistoryEntry b = history.add(entry(now, null, null, presentation(14)));
        assertEquals(directory.resolve(".results/20260102-030405-000-quartic_edd-2.json"), b.storedAt(), //$NON-NLS-1$
                "two runs in the same millisecond get two files"); //$NON-NLS-1$
        Path unrelated = Files.writeString(directory.resolve(".results/notes.txt"), "mine"); //$NON-NLS-1$ //$NON-NLS-2$
        history.delete(a);
        assertFalse(Files.exists(a.storedAt()));
        assertTrue(Files.exists(b.storedAt()));
        assertTrue(Files.exists(unrelated));
        assertEquals(List.of(b), history.entries());
        ResultsHistory reloaded = store();
        reloaded.reload();
        assertEquals(1, reloaded.entries().size());
    }

    @Test
    void anUnreadableFileIsReportedNotFatal() throws IOException {
        ResultsHistory history = store();
        history.add(entry(Instant.now(), null, null, presentation(14)));
        Files.writeString(directory.resolve(".results/broken.json"), "{\"entry\": 3}"); //$NON-NLS-1$ //$NON-NLS-2$
        history.reload();
        assertEquals(1, history.entries().size());
        assertEquals(1, history.problems().size());
        assertTrue(history.problems().get(0).contains("broken.json: not a results history entry"), //$NON-NLS-1$
                history.problems()::toString);
    }

    @Test
    void anEntryIsStaleOnceItsModelFileChangesOrGoes() throws IOException {
        Path model = Files.writeString(directory.resolve("talk.nalg"), "variety v { coordinates x }\n"); //$NON-NLS-1$ //$NON-NLS-2$
        String hash = AnalysisJob.contentHash(model.toString());
        assertEquals(64, hash.length(), "SHA-256 in hexadecimal"); //$NON-NLS-1$
        HistoryEntry entry = entry(Instant.now(), model.toString(), hash, presentation(14));
        assertFalse(ResultsHistory.isStale(entry));
        Files.writeString(model, "variety v { coordinates x y }\n"); //$NON-NLS-1$
        assertTrue(ResultsHistory.isStale(entry));
        Files.delete(model);
        assertTrue(ResultsHistory.isStale(entry), "a deleted model is stale too"); //$NON-NLS-1$
        assertFalse(ResultsHistory.isStale(entry(Instant.now(), null, null, null)), "no file, nothing to compare"); //$NON-NLS-1$
    }

    @Test
    void exportNamesFilesByAnalysisSubjectAndKeyAndNeverOverwrites() throws IOException {
        Presentation presentation = presentation(14);
        List<Path> first = EntryExport.write(presentation, directory, (chart, file) -> Files.writeString(file, chart.key()),
                ".png"); //$NON-NLS-1$
        assertEquals(List.of("edd-lsa_quartic.json", "edd-lsa_quartic-criticalPoints.csv", //$NON-NLS-1$ //$NON-NLS-2$
                "edd-lsa_quartic-spectrum.png", "edd-lsa_quartic-spectrum.svg", //$NON-NLS-1$ //$NON-NLS-2$
                "edd-lsa_quartic-strata.png", "edd-lsa_quartic-strata.svg"), //$NON-NLS-1$ //$NON-NLS-2$
                first.stream().map(path -> path.getFileName().toString()).toList());
        assertEquals("#,loss,real\r\n1,0.0,true\r\n2,,false\r\n", Files.readString(first.get(1)), //$NON-NLS-1$
                "raw values, unknown empty"); //$NON-NLS-1$
        List<Path> second = EntryExport.write(presentation, directory, null, ".png"); //$NON-NLS-1$
        assertEquals(List.of("edd-lsa_quartic-2.json", "edd-lsa_quartic-criticalPoints-2.csv"), //$NON-NLS-1$ //$NON-NLS-2$
                second.stream().map(path -> path.getFileName().toString()).toList());
        assertEquals("{\n  \"edDegree\": 14\n}", Files.readString(first.get(0))); //$NON-NLS-1$
    }

    @Test
    void csvQuotesCellsWithCommasAndQuotes() {
        ResultTable table = new ResultTable("t", "t", List.of("name", "value"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of(List.of("a, b", "say \"hi\""))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("name,value\r\n\"a, b\",\"say \"\"hi\"\"\"\r\n", EntryExport.csv(table)); //$NON-NLS-1$
    }

    @Test
    void comparisonMarksDifferingFiguresAndOverlaysChartsOfTheSameKey() {
        Comparison comparison = Comparison.of(presentation(14), presentation(12));
        Comparison.Row degree = comparison.rows().get(0);
        assertEquals(new Comparison.Row("ED degree", "14", "12", true), degree); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(new Comparison.Row("Time", "0.25 s", "0.25 s", false), comparison.rows().get(3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(new Comparison.Row("Gap ratio", "unknown", "unknown", false), comparison.rows().get(2)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("A: σ", "B: σ"), //$NON-NLS-1$ //$NON-NLS-2$
                comparison.charts().get(0).layers().stream().map(PictureLayer::name).toList());
        assertEquals(List.of("A: numerical rank 1", "B: numerical rank 1"), //$NON-NLS-1$ //$NON-NLS-2$
                comparison.charts().get(0).markers().stream().map(ResultChart.Marker::label).toList());
        assertTrue(comparison.charts().get(0).hasLegend());
        Comparison withFailed = Comparison.of(presentation(14), null);
        assertEquals(new Comparison.Row("ED degree", "14", "—", true), withFailed.rows().get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(), withFailed.charts());
    }
}
