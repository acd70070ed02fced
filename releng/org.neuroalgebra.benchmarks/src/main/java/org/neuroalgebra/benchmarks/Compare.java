// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.analysis.edd.EdDegreeComputation;
import org.neuroalgebra.analysis.edd.EdDegreeResult;
import org.neuroalgebra.analysis.edd.Metric;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * Side by side on the same problem (the lightning quartic, the same Q and u): Neuroalgebra
 * in-process, Macaulay2's symbolic method (Lagrange ideal saturated by the gradient, its
 * degree) and PHCpack's blackbox solver on the Lagrange system. Prints each tool's count and
 * wall time and the ratios. Macaulay2 and PHCpack are optional: missing tools are reported.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.neuroalgebra.benchmarks.Compare [timeoutSeconds]}
 */
public final class Compare {

    private static final int RUNS = 5;

    private Compare() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long timeout = args.length > 0 ? Long.parseLong(args[0]) : 600;
        Metric metric = Problems.quarticMetric();
        Path work = Files.createTempDirectory("neuroalgebra-compare"); //$NON-NLS-1$
        System.out.println("Problem: ED degree of the lightning quartic (docs/MATHEMATICS.md §6.6), " + metric.description() //$NON-NLS-1$
                + ", u = " + Arrays.toString(Problems.QUARTIC_DATA)); //$NON-NLS-1$
        List<String[]> rows = new ArrayList<>();
        double ours = timeOurs(metric, rows);
        rows.add(run("Macaulay2 (saturate, degree)", timeout, work, "m2", macaulay2Script(metric), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("M2", "--script"), Pattern.compile("DEGREE (\\d+)"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        rows.add(run("PHCpack (phc -b)", timeout, work, "phc", phcInput(metric), List.of("phc", "-b"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Pattern.compile("Number of regular solutions\\s*:\\s*(\\d+)"))); //$NON-NLS-1$
        System.out.printf("%-34s %8s %12s %10s%n", "tool", "count", "seconds", "ratio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (String[] row : rows) {
            String ratio = row[2].matches("[0-9.]+") ? String.format("%.1fx", Double.parseDouble(row[2]) / ours) : "-"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            System.out.printf("%-34s %8s %12s %10s%n", row[0], row[1], row[2], ratio); //$NON-NLS-1$
        }
        System.out.println("ratio = other tool's wall time / Neuroalgebra's median wall time (same machine, same data)"); //$NON-NLS-1$
    }

    private static double timeOurs(Metric metric, List<String[]> rows) {
        List<Double> seconds = new ArrayList<>();
        EdDegreeResult result = null;
        for (int run = 0; run < RUNS + 2; run++) {
            long start = System.nanoTime();
            result = new EdDegreeComputation(new HomotopyContinuationSolver()).compute(List.of(Problems.quartic()), 1,
                    metric, Problems.QUARTIC_DATA, 1, ProgressMonitor.NULL);
            if (run >= 2) { // the first two runs warm up the JIT
                seconds.add((System.nanoTime() - start) / 1e9);
            }
        }
        seconds.sort(Double::compare);
        double median = seconds.get(seconds.size() / 2);
        rows.add(new String[] { "Neuroalgebra (homotopy, in-process)", Integer.toString(result.edDegree()), //$NON-NLS-1$
                String.format("%.3f", median) }); //$NON-NLS-1$
        return median;
    }

    private static String[] run(String name, long timeout, Path work, String stem, String input, List<String> command,
            Pattern count) throws IOException, InterruptedException {
        Path in = work.resolve(stem + ".in"); //$NON-NLS-1$
        Path out = work.resolve(stem + ".out"); //$NON-NLS-1$
        Files.writeString(in, input);
        List<String> full = new ArrayList<>(command);
        full.add(in.toString());
        if (command.get(0).equals("phc")) { //$NON-NLS-1$
            full.add(out.toString());
        }
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(work.resolve(stem + ".log").toFile()).start(); //$NON-NLS-1$
        } catch (IOException e) {
            return new String[] { name, "-", "not installed (apt-get install macaulay2 phcpack)" }; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new String[] { name, "-", "timeout after " + timeout + " s" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(work.resolve(stem + ".log")) + (Files.exists(out) ? Files.readString(out) : ""); //$NON-NLS-1$ //$NON-NLS-2$
        Matcher matcher = count.matcher(text);
        return new String[] { name, matcher.find() ? matcher.group(1) : "?", String.format("%.3f", seconds) }; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String macaulay2Script(Metric metric) {
        StringBuilder m2 = new StringBuilder("R = QQ[y1,y2,y3,y4,y5,y6,l];\n"); //$NON-NLS-1$
        m2.append("F = ").append(Problems.QUARTIC).append(";\n"); //$NON-NLS-1$ //$NON-NLS-2$
        m2.append("y = {y1,y2,y3,y4,y5,y6};\n"); //$NON-NLS-1$
        m2.append("u = {").append(String.join(",", exact(Problems.QUARTIC_DATA))).append("};\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        m2.append("Q = {"); //$NON-NLS-1$
        for (int i = 0; i < 6; i++) {
            m2.append(i > 0 ? "," : "").append('{'); //$NON-NLS-1$ //$NON-NLS-2$
            for (int j = 0; j < 6; j++) {
                m2.append(j > 0 ? "," : "").append(metric.entry(i, j)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            m2.append('}');
        }
        m2.append("};\n"); //$NON-NLS-1$
        m2.append("I = ideal(F) + ideal apply(6, i -> sum(6, j -> Q#i#j*(y#j - u#j)) - l*diff(y#i, F));\n"); //$NON-NLS-1$
        m2.append("J = saturate(I, ideal apply(6, i -> diff(y#i, F)));\n"); //$NON-NLS-1$
        m2.append("print(\"DIMENSION \" | toString dim J);\nprint(\"DEGREE \" | toString degree J);\n"); //$NON-NLS-1$
        return m2.toString();
    }

    private static String phcInput(Metric metric) {
        List<String> equations = new ArrayList<>();
        equations.add(Problems.QUARTIC.replace("y", "x")); //$NON-NLS-1$ //$NON-NLS-2$
        String[] partials = quarticPartials();
        for (int i = 0; i < 6; i++) {
            StringBuilder e = new StringBuilder();
            for (int j = 0; j < 6; j++) {
                e.append(" + ").append(decimal(metric.entry(i, j))).append("*(x").append(j + 1).append(" - ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(decimal(Problems.QUARTIC_DATA[j])).append(')');
            }
            e.append(" - l*(").append(partials[i]).append(')'); //$NON-NLS-1$
            equations.add(e.toString());
        }
        StringBuilder phc = new StringBuilder("7\n"); //$NON-NLS-1$
        equations.forEach(e -> phc.append(' ').append(e.replace("^", "**")).append(";\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return phc.toString();
    }

    /** ∂F/∂y_i of the quartic, written in x1..x6 for PHCpack. */
    private static String[] quarticPartials() {
        var f = Problems.quartic();
        List<String> xs = List.of("x1", "x2", "x3", "x4", "x5", "x6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        String[] partials = new String[6];
        for (int i = 0; i < 6; i++) {
            partials[i] = f.derivative(i).toString(xs);
        }
        return partials;
    }

    private static String[] exact(double[] values) {
        String[] result = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Rational.of(BigDecimal.valueOf(values[i])).toString();
        }
        return result;
    }

    private static String decimal(Rational value) {
        return new BigDecimal(value.doubleValue()).toPlainString();
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
