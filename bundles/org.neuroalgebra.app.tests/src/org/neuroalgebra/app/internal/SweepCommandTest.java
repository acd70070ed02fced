// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.testing.GatedAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code neuroalgebra sweep} end to end: real dimensions, the journal and its tables, interrupt and restart. */
class SweepCommandTest {

    private static final String MODEL = ModelText.LINEAR_SWEEP + """

            # inputs 1..4 into one neuron; the gated test analysis waits from input 3 on
            sweep gates {
              architecture {
                input [1..4]
                dense 1 bias=false
              }
              run gated
              run dimension seed 2
            }
            """;

    @TempDir
    Path directory;

    private Path file;
    private GatedAnalysis gated;
    private AnalysisRegistry registry;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws IOException {
        file = directory.resolve("families.nalg"); //$NON-NLS-1$
        Files.writeString(file, MODEL);
        gated = new GatedAnalysis(3);
        registry = gated.install(new DimensionAnalysis(ModelText.solvers()));
    }

    @AfterEach
    void tearDown() {
        gated.uninstall();
    }

    private CommandLine commandLine() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new CommandLine(registry, ModelText.solvers(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private int sweep(String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "sweep"; //$NON-NLS-1$
        args[1] = file.toString();
        args[2] = "--sweep"; //$NON-NLS-1$
        System.arraycopy(options, 0, args, 3, options.length);
        return commandLine().execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linearNetworksHaveTheDimensionOfRankOneMatricesInTheCsv() {
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--csv", "--workers", "2"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<String> lines = out().lines().toList();
        List<String> header = List.of(lines.get(0).split(",")); //$NON-NLS-1$
        int key = header.indexOf("key"); //$NON-NLS-1$
        int status = header.indexOf("status"); //$NON-NLS-1$
        int certified = header.indexOf("certified"); //$NON-NLS-1$
        int dimension = header.indexOf("dimension"); //$NON-NLS-1$
        int evidence = header.indexOf("dimension.evidence"); //$NON-NLS-1$
        assertEquals(5, lines.size(), this::out);
        for (String line : lines.subList(1, 5)) {
            List<String> cells = cells(line);
            String[] nm = cells.get(key).split(" "); //$NON-NLS-1$
            // docs/MATHEMATICS.md §3: (n, 1, m) computes the rank-one m×n matrices, dimension m + n − 1
            int expected = Integer.parseInt(nm[0]) + Integer.parseInt(nm[1]) - 1;
            assertEquals(header.size(), cells.size(), line);
            assertEquals("done", cells.get(status)); //$NON-NLS-1$
            assertEquals(Integer.toString(expected), cells.get(dimension), line);
            assertEquals("certified", cells.get(evidence)); //$NON-NLS-1$
            assertEquals("true", cells.get(certified)); //$NON-NLS-1$
        }
        assertTrue(err().contains("sweep linear: 4 members, 4 rows: 4 done"), this::err); //$NON-NLS-1$
    }

    /** @return the cells of an RFC 4180 line: quoted cells may hold commas, a doubled quote is a quote */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void jsonLinesStreamOneRowPerRun() {
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--json", "--workers", "1"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size());
        for (int member = 0; member < 4; member++) {
            JsonObject row = JsonParser.parseString(lines.get(member)).getAsJsonObject();
            assertEquals(member, row.get("member").getAsInt()); //$NON-NLS-1$
            assertEquals("dimension", row.get("analysis").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(row.get("architecture").getAsString().startsWith("input "), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private byte[][] tables(Path out) throws IOException {
        return new byte[][] { Files.readAllBytes(out.resolve("linear.csv")), Files.readAllBytes(out.resolve("linear.jsonl")) }; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void oneAndTwoWorkersWriteByteIdenticalTables() throws IOException {
        Path one = directory.resolve("one"); //$NON-NLS-1$
        Path two = directory.resolve("two"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", one.toString(), "--workers", "1"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", two.toString(), "--workers", "2"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertArrayEquals(tables(one)[0], tables(two)[0]);
        assertArrayEquals(tables(one)[1], tables(two)[1]);
        // a second run finds every member in the journal and rewrites its own tables
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", one.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().contains("4 of 4 members finished before"), this::err); //$NON-NLS-1$
        assertArrayEquals(tables(two)[0], tables(one)[0]);
    }

    @Test
    void aJournalEndingInATornLineIsRepairedAndTheTablesAreTheSame() throws IOException {
        Path whole = directory.resolve("whole"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", whole.toString(), "--workers", "2"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // A crash while the third member's line was written: header, two members and half a line.
        Path torn = directory.resolve("torn"); //$NON-NLS-1$
        Files.createDirectories(torn);
        List<String> lines = Files.readAllLines(whole.resolve("linear.rows")); //$NON-NLS-1$
        String kept = String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, lines.get(3).length() / 2); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(torn.resolve("linear.rows"), kept); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", torn.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().contains("the last line was torn"), this::err); //$NON-NLS-1$
        assertTrue(err().contains("2 of 4 members finished before"), this::err); //$NON-NLS-1$
        assertArrayEquals(tables(whole)[0], tables(torn)[0]);
        assertArrayEquals(tables(whole)[1], tables(torn)[1]);
    }

    @Test
    void anInterruptedSweepKeepsItsRowsAndResumesToTheSameTables() throws Exception {
        Path stopped = directory.resolve("stopped"); //$NON-NLS-1$
        Path journal = stopped.resolve("gates.rows"); //$NON-NLS-1$
        CommandLine first = commandLine();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread running = new Thread(() -> exit.set(first.execute("sweep", file.toString(), "--sweep", "gates", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                stopped.toString(), "--workers", "1"))); //$NON-NLS-1$ //$NON-NLS-2$
        running.start();
        // inputs 1 and 2 finish, input 3 waits at the gate: header and two members in the journal
        for (int wait = 0; wait < 600 && (!Files.exists(journal) || Files.readAllLines(journal).size() < 3); wait++) {
            Thread.sleep(50);
        }
        assertEquals(3, Files.readAllLines(journal).size());
        first.interrupt();
        running.join(30_000);
        assertEquals(CommandLine.EXIT_CANCELED, exit.get(), this::err);
        assertTrue(err().contains("interrupted; 4 rows finished, kept in " + journal), this::err); //$NON-NLS-1$
        assertEquals(3, Files.readAllLines(journal).size());

        gated.open();
        assertEquals(CommandLine.EXIT_OK, sweep("gates", "--out", stopped.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().contains("2 of 4 members finished before"), this::err); //$NON-NLS-1$
        Path whole = directory.resolve("whole"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep("gates", "--out", whole.toString(), "--workers", "2"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertArrayEquals(Files.readAllBytes(whole.resolve("gates.csv")), Files.readAllBytes(stopped.resolve("gates.csv"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertArrayEquals(Files.readAllBytes(whole.resolve("gates.jsonl")), Files.readAllBytes(stopped.resolve("gates.jsonl"))); //$NON-NLS-1$ //$NON-NLS-2$
        // linear (n, 1): every 1×n matrix, dimension n
        String csv = Files.readString(whole.resolve("gates.csv")); //$NON-NLS-1$
        assertTrue(csv.contains("\n3,4,input 4; dense 1 bias=false,2,dimension,done,true,"), csv); //$NON-NLS-1$
    }

    @Test
    void membersOverTheTimeLimitAreTimedOutAndTheSweepSucceeds() {
        // the gated members wait for a gate that stays closed; the others finish well within the limit, even on a busy machine
        assertEquals(CommandLine.EXIT_OK, sweep("gates", "--timeout", "2", "--workers", "2"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(err().contains("8 rows: 4 done, 4 timed out"), this::err); //$NON-NLS-1$
        assertTrue(out().contains("#2 [3] 1 gated: timed out: the member's time limit of 2 s was reached during this run"), //$NON-NLS-1$
                this::out);
        assertTrue(out().contains("#3 [4] 2 dimension: timed out: not started"), this::out); //$NON-NLS-1$
    }

    @Test
    void theJournalOfAnotherVersionOfTheSweepIsRefusedAndKept() throws IOException {
        Path kept = directory.resolve("kept"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep("linear", "--out", kept.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] journal = Files.readAllBytes(kept.resolve("linear.rows")); //$NON-NLS-1$
        Files.writeString(file, MODEL.replace("run dimension seed 1", "run dimension seed 3")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, sweep("linear", "--out", kept.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().contains("another version of this one"), this::err); //$NON-NLS-1$
        assertArrayEquals(journal, Files.readAllBytes(kept.resolve("linear.rows"))); //$NON-NLS-1$
    }

    @Test
    void aTableTheUserOwnsIsNotReplaced() throws IOException {
        Path mine = directory.resolve("mine"); //$NON-NLS-1$
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("linear.csv"), "my table\n"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, sweep("linear", "--out", mine.toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("my table\n", Files.readString(mine.resolve("linear.csv"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().contains("was not written by this sweep"), this::err); //$NON-NLS-1$
    }

    @Test
    void anUnknownSweepIsBadInput() {
        assertEquals(CommandLine.EXIT_BAD_INPUT, sweep("cubes"), this::err); //$NON-NLS-1$
        assertTrue(err().contains("has no sweep 'cubes' (sweeps: linear, gates)"), this::err); //$NON-NLS-1$
    }

    @Test
    void runAlsoRunsTheSweepsOfTheFile() throws IOException {
        Files.writeString(file, MODEL.replace("sweep gates", "sweep single").replace("run gated\n", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(CommandLine.EXIT_OK, commandLine().execute("run", file.toString()), this::err); //$NON-NLS-1$
        assertTrue(out().contains("== sweep linear: 4 members, 1 runs each"), this::out); //$NON-NLS-1$
        assertTrue(out().contains("#3 [3 3] 1 dimension: done; dimension 5 (certified)"), this::out); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, commandLine().execute("run", file.toString(), "--json"), this::err); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject report = JsonParser.parseString(out()).getAsJsonObject();
        JsonObject sweep = report.getAsJsonArray("results").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("linear", sweep.get("sweep").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(4, sweep.getAsJsonArray("rows").size()); //$NON-NLS-1$
    }

    @Test
    void anOptionNoRunTakesIsBadInputBeforeAnyMemberRuns() throws IOException {
        Files.writeString(file, MODEL.replace("run dimension seed 1\n", "run dimension seed 1\n    samples=3\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, sweep("linear", "--out", directory.resolve("typo").toString()), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String first = err().lines().findFirst().orElse("").replace(directory.toString() + "/", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(first.startsWith("families.nalg:9:5: unknown option 'samples' for the dimension analysis"), first); //$NON-NLS-1$
        assertEquals("", out()); //$NON-NLS-1$
        assertTrue(!Files.exists(directory.resolve("typo")), "nothing is written"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void helpListsTheSweepCommand() {
        assertEquals(CommandLine.EXIT_OK, commandLine().execute("help")); //$NON-NLS-1$
        assertTrue(out().contains("sweep FILE --sweep NAME"), this::out); //$NON-NLS-1$
    }
}
