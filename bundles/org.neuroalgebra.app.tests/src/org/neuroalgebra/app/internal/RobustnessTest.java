// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.bias.BiasAnalysis;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.analysis.fiber.FiberAnalysis;
import org.neuroalgebra.analysis.implicitize.ImplicitizeAnalysis;
import org.neuroalgebra.analysis.loss.LossAnalysis;
import org.neuroalgebra.analysis.membership.MembershipAnalysis;
import org.neuroalgebra.analysis.singular.SingularAnalysis;
import org.neuroalgebra.analysis.train.TrainAnalysis;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * Malformed and extreme input through the real command line: each case of
 * {@code robustness-cases.txt} runs {@link CommandLine#execute} with every built-in analysis
 * installed, and asserts the exit code, the first line on stderr, and that the folder holding the
 * case's files is unchanged afterwards except for the files the case says it writes. The cases
 * file is the list of what was tried; its format is described at its top.
 */
class RobustnessTest {

    @TempDir
    Path directory;

    @Test
    void theSuiteTriesAtLeastAHundredInputs() throws IOException {
        List<RobustnessCase> cases = RobustnessCase.parse(resource("robustness-cases.txt")); //$NON-NLS-1$
        assertTrue(cases.size() >= 100, "at least 100 cases, found " + cases.size()); //$NON-NLS-1$
        assertEquals(cases.size(), cases.stream().map(RobustnessCase::name).distinct().count(), "case names are unique"); //$NON-NLS-1$
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        return RobustnessCase.parse(resource("robustness-cases.txt")).stream() //$NON-NLS-1$
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(RobustnessCase robustnessCase) throws IOException {
        Path folder = Files.createDirectory(directory.resolve(robustnessCase.name().replaceAll("[^A-Za-z0-9_-]", "_"))); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Path> files = new TreeMap<>();
        files.put("talk", copyExample(folder, Examples.TALK, "talk.nalg")); //$NON-NLS-1$ //$NON-NLS-2$
        for (Map.Entry<String, byte[]> file : robustnessCase.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            files.put(file.getKey(), path);
        }
        for (String made : robustnessCase.directories()) {
            files.put(made, Files.createDirectories(folder.resolve(made)));
        }
        Map<String, String> before = snapshot(folder);
        String[] args = robustnessCase.arguments(files, folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine commandLine = new CommandLine(registry(), solvers(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int exit = commandLine.execute(args);
        String errText = err.toString(StandardCharsets.UTF_8);
        String report = robustnessCase.name() + ": " + String.join(" ", args) + "\n--- stdout\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + out.toString(StandardCharsets.UTF_8) + "\n--- stderr\n" + errText; //$NON-NLS-1$
        assertEquals(robustnessCase.exit(), exit, report);
        String firstLine = errText.lines().findFirst().orElse(""); //$NON-NLS-1$
        if (robustnessCase.stderr() != null) {
            assertTrue(firstLine.startsWith(robustnessCase.stderr(folder)),
                    "first line of stderr starts with '" + robustnessCase.stderr(folder) + "'\n" + report); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertFalse(errText.contains("\tat "), "no stack trace\n" + report); //$NON-NLS-1$ //$NON-NLS-2$
        if (exit == CommandLine.EXIT_BAD_INPUT) {
            // Bad input is found before any work: nothing was computed, so nothing is printed.
            assertEquals("", out.toString(StandardCharsets.UTF_8), "no output for bad input\n" + report); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertFalse(errText.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'),
                "no raw control character on stderr\n" + report); //$NON-NLS-1$
        Map<String, String> after = snapshot(folder);
        for (String written : robustnessCase.writes()) {
            assertTrue(after.containsKey(written), written + " was written\n" + report); //$NON-NLS-1$
            after.remove(written);
            before.remove(written);
        }
        assertEquals(before, after, "nothing else in the folder changed\n" + report); //$NON-NLS-1$
    }

    private static AnalysisRegistry registry() {
        SolverRegistry solvers = solvers();
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new DimensionAnalysis(solvers));
        registry.add(new EddAnalysis(solvers));
        registry.add(new MembershipAnalysis(solvers));
        registry.add(new FiberAnalysis(solvers));
        registry.add(new ImplicitizeAnalysis());
        registry.add(new LossAnalysis());
        registry.add(new TrainAnalysis());
        registry.add(new SingularAnalysis(solvers));
        registry.add(new BiasAnalysis(solvers));
        return registry;
    }

    private static SolverRegistry solvers() {
        SolverRegistry solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
        return solvers;
    }

    private static Path copyExample(Path folder, String example, String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = Examples.url(example).openStream()) {
            Files.copy(in, target);
        }
        return target;
    }

    /** @return each file and folder under {@code folder} with its content's hash, or "dir" */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String key = folder.relativize(path).toString();
                state.put(key, Files.isDirectory(path) ? "dir" //$NON-NLS-1$
                        : Files.size(path) + ":" + Arrays.hashCode(Files.readAllBytes(path))); //$NON-NLS-1$
            }
        }
        return state;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RobustnessTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name); //$NON-NLS-1$
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
