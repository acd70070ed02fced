// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.app.internal.CommandLine;
import org.neuroalgebra.model.validation.AnalysisCatalog;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One problem in-process, in a JVM of its own (started by {@link Compare}): the headless
 * application's command line ({@link CommandLine}, the code {@code neuroalgebra} runs after
 * OSGi has started) with the analyses and solvers the product registers, run repeatedly. The
 * first run warms the JIT up and is dropped when later runs fit in the time budget; the
 * median of the others is reported. Whatever formulation the engine chooses is what is timed.
 * <p>
 * Usage: {@code InProcessRun RUNS BUDGET_SECONDS neuroalgebra-arguments...}; prints one line
 * {@code RESULT {json}} with the median, the number of runs, the exit code, the last run's JSON
 * output, the peak resident set (VmHWM) and the peak heap use.
 */
public final class InProcessRun {

    private InProcessRun() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        double budget = Double.parseDouble(args[1]);
        String[] command = Arrays.copyOfRange(args, 2, args.length);
        SolverRegistry solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
        AnalysisRegistry analyses = new AnalysisRegistry();
        analyses.add(new EddAnalysis(solvers));
        analyses.add(new DimensionAnalysis(solvers));
        AnalysisCatalog.setDefault(analyses);

        List<Double> seconds = new ArrayList<>();
        long begin = System.nanoTime();
        String output = ""; //$NON-NLS-1$
        String error = ""; //$NON-NLS-1$
        int exit = 0;
        for (int run = 0; run <= runs; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine commandLine = new CommandLine(analyses, solvers, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            long start = System.nanoTime();
            exit = commandLine.execute(command);
            commandLine.finish();
            seconds.add((System.nanoTime() - start) / 1e9);
            output = out.toString(StandardCharsets.UTF_8);
            error = err.toString(StandardCharsets.UTF_8);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            // A run as long again as all so far must still fit in the budget.
            if (exit != 0 || 2 * elapsed > budget) {
                break;
            }
        }
        List<Double> measured = new ArrayList<>(seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds);
        measured.sort(Double::compare);
        JsonObject result = new JsonObject();
        result.addProperty("exit", exit); //$NON-NLS-1$
        result.addProperty("median", measured.get(measured.size() / 2)); //$NON-NLS-1$
        result.addProperty("min", measured.get(0)); //$NON-NLS-1$
        result.addProperty("first", seconds.get(0)); //$NON-NLS-1$
        result.addProperty("runs", measured.size()); //$NON-NLS-1$
        result.addProperty("warm", seconds.size() > 1); //$NON-NLS-1$
        result.addProperty("error", error.lines().filter(line -> !line.isBlank()).findFirst().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        result.addProperty("rssMb", residentPeakMegabytes()); //$NON-NLS-1$
        result.addProperty("heapMb", heapPeakMegabytes()); //$NON-NLS-1$
        try {
            result.add("output", JsonParser.parseString(output)); //$NON-NLS-1$
        } catch (RuntimeException e) {
            result.addProperty("text", output); //$NON-NLS-1$
        }
        System.out.println("RESULT " + result); //$NON-NLS-1$
        System.out.flush();
        System.exit(0); // worker pools of the engine must not keep the JVM alive
    }

    /** @return the process's peak resident set (VmHWM of /proc/self/status), or -1 where there is none */
    static double residentPeakMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
                if (line.startsWith("VmHWM:")) { //$NON-NLS-1$
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0; //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** @return the sum over heap pools of their peak use (an upper bound of the peak heap in use) */
    static double heapPeakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
