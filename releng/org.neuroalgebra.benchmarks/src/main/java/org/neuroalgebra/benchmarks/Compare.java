// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuroalgebra.benchmarks.Problem.External;

/**
 * The side-by-side benchmark: every problem of {@link ProblemCatalog} through Neuroalgebra
 * in-process ({@link InProcessRun}) and as a whole headless process, through Macaulay2 over
 * ZZ/32003 (the fastest of its formulations) and through {@code phc -b} where a square system
 * applies; checks that the answers agree and writes a Markdown report (the table, the cost
 * growth with fitted exponents and charts, the parallel speed-up). Missing tools are reported,
 * never fatal; every step has a time limit.
 * <p>
 * Run by {@code releng/org.neuroalgebra.benchmarks/compare.sh}, which builds what is missing;
 * {@code --help} lists the options.
 */
public final class Compare {

    private static final Pattern M2_ANSWER = Pattern.compile("ANSWER (\\d+)"); //$NON-NLS-1$
    private static final Pattern M2_DIM = Pattern.compile("DIM (-?\\d+)"); //$NON-NLS-1$
    private static final Pattern M2_SECONDS = Pattern.compile("SECONDS ([0-9.e-]+)"); //$NON-NLS-1$
    private static final Pattern PHC_REGULAR = Pattern.compile("Number of regular solutions\\s*:\\s*(\\d+)"); //$NON-NLS-1$

    private static final String HISTORY = "\n## History"; //$NON-NLS-1$

    private final CompareOptions options;
    private final Path work;
    private final PrintStream log = System.err;

    private Compare(CompareOptions options) throws IOException {
        this.options = options;
        this.work = Files.createTempDirectory("neuroalgebra-compare"); //$NON-NLS-1$
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage()); //$NON-NLS-1$
            System.err.println(CompareOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(CompareOptions.USAGE);
            return;
        }
        new Compare(options).run();
    }

    private void run() throws IOException, InterruptedException {
        List<Problem> problems = ProblemCatalog.all().stream().filter(options::selects).toList();
        StringBuilder report = new StringBuilder();
        report.append(MachineDescription.header(options, work));
        List<Row> rows = new ArrayList<>();
        if (options.selectsStartup()) {
            rows.add(startup());
        }
        int index = 0;
        for (Problem problem : problems) {
            index++;
            log.printf(Locale.ROOT, "[%d/%d] %s%n", index, problems.size(), problem.id()); //$NON-NLS-1$
            rows.add(measure(problem));
        }
        report.append(Table.markdown(rows));
        if (options.growth()) {
            report.append(Growth.section(rows, options.imageDirectory()));
        }
        if (options.parallel()) {
            report.append(parallel(problems));
        }
        System.out.print(report);
        if (options.out() != null) {
            // Earlier measurements, kept by hand under "## History", survive a new run.
            String previous = Files.exists(options.out()) ? Files.readString(options.out()) : ""; //$NON-NLS-1$
            int history = previous.indexOf(HISTORY);
            if (history >= 0) {
                report.append('\n').append(previous.substring(history));
            }
            Files.writeString(options.out(), report.toString(), StandardCharsets.UTF_8);
            log.println("compare: wrote " + options.out()); //$NON-NLS-1$
        }
    }

    /** Start-up alone: {@code neuroalgebra help}, an empty Macaulay2 script, PHCpack on x = 1. */
    private Row startup() throws IOException, InterruptedException {
        log.println("[start-up] neuroalgebra help, M2 on an empty script, phc -b on x - 1 = 0"); //$NON-NLS-1$
        Row row = new Row(null, "`neuroalgebra help` (start-up alone)"); //$NON-NLS-1$
        row.process = median(5, () -> TimedProcess.run(List.of(options.product().toString(), "help"), work, //$NON-NLS-1$
                options.timeout(), Map.of()));
        Path empty = work.resolve("empty.m2"); //$NON-NLS-1$
        Files.writeString(empty, "\n"); //$NON-NLS-1$
        row.macaulay2 = median(3, () -> TimedProcess.run(List.of("M2", "--script", empty.toString()), work, //$NON-NLS-1$ //$NON-NLS-2$
                options.timeout(), Map.of()));
        Path trivial = work.resolve("trivial.phc"); //$NON-NLS-1$
        Files.writeString(trivial, "1\n x - 1;\n"); //$NON-NLS-1$
        row.phc = median(3, () -> {
            Files.deleteIfExists(work.resolve("trivial.out")); //$NON-NLS-1$
            return TimedProcess.run(List.of("phc", "-b", trivial.toString(), work.resolve("trivial.out").toString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    work, options.timeout(), Map.of());
        });
        return row;
    }

    private interface Step {
        TimedProcess run() throws IOException, InterruptedException;
    }

    /** @return the run of median wall time among n (the first failure is returned at once) */
    private static TimedProcess median(int n, Step step) throws IOException, InterruptedException {
        List<TimedProcess> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TimedProcess run = step.run();
            if (!run.ok()) {
                return run;
            }
            runs.add(run);
        }
        runs.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        return runs.get(runs.size() / 2);
    }

    private Row measure(Problem problem) throws IOException, InterruptedException {
        Row row = new Row(problem, problem.label());
        Path input = work.resolve(problem.fileName());
        Files.writeString(input, problem.fileText(), StandardCharsets.UTF_8);
        List<String> arguments = problem.arguments().stream().map(a -> a.equals("FILE") ? input.toString() : a).toList(); //$NON-NLS-1$

        row.inProcess = InProcessMeasurement.run(options, work, arguments, problem.answerKey(), 0);
        log.println("    in-process: " + row.inProcess.summary()); //$NON-NLS-1$

        if (!options.noProcess()) {
            List<String> command = new ArrayList<>();
            command.add(options.product().toString());
            command.addAll(arguments);
            command.add("--json"); //$NON-NLS-1$
            int runs = row.inProcess.ok() && row.inProcess.median < 2 && !options.quick() ? 3 : 1;
            row.process = median(runs, () -> TimedProcess.run(command, work, options.timeout(), Map.of()));
            row.processAnswer = row.process.ok() ? InProcessMeasurement.answer(row.process.out(), problem.answerKey()) : null;
            log.printf(Locale.ROOT, "    process: %s%n", describe(row.process, row.processAnswer)); //$NON-NLS-1$
        }
        if (!options.noExternal()) {
            List<External> scripts = options.quick() ? problem.macaulay2().subList(0, 1) : problem.macaulay2();
            for (External script : scripts) {
                Path file = work.resolve(problem.id() + "-" + scripts.indexOf(script) + ".m2"); //$NON-NLS-1$ //$NON-NLS-2$
                Files.writeString(file, script.text(), StandardCharsets.UTF_8);
                TimedProcess m2 = TimedProcess.run(List.of("M2", "--script", file.toString()), work, options.timeout(), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
                Integer answer = m2.ok() ? find(M2_ANSWER, m2.out()) : null;
                Integer dimension = m2.ok() ? find(M2_DIM, m2.out()) : null;
                String compute = m2.ok() ? group(M2_SECONDS, m2.out()) : null;
                log.printf(Locale.ROOT, "    Macaulay2 (%s): %s%s%n", script.formulation(), describe(m2, answer), //$NON-NLS-1$
                        dimension != null && dimension != 0 ? ", NOT FINITE (dim " + dimension + ")" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (dimension != null && dimension != 0) {
                    answer = null; // a positive-dimensional answer is no count
                }
                if (row.macaulay2 == null || (m2.ok() && answer != null
                        && (row.macaulay2Answer == null || m2.seconds() < row.macaulay2.seconds()))) {
                    row.macaulay2 = m2;
                    row.macaulay2Answer = answer;
                    row.macaulay2Formulation = script.formulation();
                    row.macaulay2Compute = compute;
                }
            }
            if (problem.phc() != null) {
                Path in = work.resolve(problem.id() + ".phc"); //$NON-NLS-1$
                Path out = work.resolve(problem.id() + ".phc.out"); //$NON-NLS-1$
                Files.writeString(in, problem.phc().text(), StandardCharsets.UTF_8);
                Files.deleteIfExists(out);
                row.phc = TimedProcess.run(List.of("phc", "-b", in.toString(), out.toString()), work, options.timeout(), //$NON-NLS-1$ //$NON-NLS-2$
                        Map.of());
                row.phcAnswer = row.phc.ok() && Files.exists(out) ? regularSolutions(Files.readString(out)) : null;
                row.phcFormulation = problem.phc().formulation();
                log.printf(Locale.ROOT, "    phc -b (%s): %s%n", row.phcFormulation, describe(row.phc, row.phcAnswer)); //$NON-NLS-1$
            }
        }
        if (!row.agree()) {
            log.println("    DISAGREEMENT: " + row.answers()); //$NON-NLS-1$
        }
        return row;
    }

    /** Threads 1 against 2 (the JVM told it has one or two processors), in-process, on the selected problems. */
    private String parallel(List<Problem> selected) throws IOException, InterruptedException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("quadrics10", "path tracking: total-degree solve, 1024 paths"); //$NON-NLS-1$ //$NON-NLS-2$
        cases.put("katsura7", "path tracking: total-degree solve, 128 paths"); //$NON-NLS-1$ //$NON-NLS-2$
        cases.put("rank1-3x3", "ED degree as the engine chooses (monodromy where it is used)"); //$NON-NLS-1$ //$NON-NLS-2$
        cases.put("veronese-identity", "ED degree as the engine chooses (monodromy where it is used)"); //$NON-NLS-1$ //$NON-NLS-2$
        cases.put("dim-6-10-10-1-x2", "dimension: Jacobian rank modulo two primes"); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder text = new StringBuilder("\n## Parallel speed-up\n\n"); //$NON-NLS-1$
        text.append("In-process median wall time with the JVM limited to one processor (`-XX:ActiveProcessorCount=1`) ") //$NON-NLS-1$
                .append("and to two (the engine sizes its thread pools from the processor count; it has no thread ") //$NON-NLS-1$
                .append("setting of its own for these analyses). Paths per second per core: paths ÷ time ÷ processors.\n\n"); //$NON-NLS-1$
        text.append("| problem | what runs in parallel | 1 processor | 2 processors | speed-up | paths/s/core (1 / 2) |\n"); //$NON-NLS-1$
        text.append("|---|---|---|---|---|---|\n"); //$NON-NLS-1$
        for (Problem problem : selected) {
            if (!cases.containsKey(problem.id())) {
                continue;
            }
            log.println("[parallel] " + problem.id()); //$NON-NLS-1$
            Path input = work.resolve(problem.fileName());
            Files.writeString(input, problem.fileText(), StandardCharsets.UTF_8);
            List<String> arguments = problem.arguments().stream().map(a -> a.equals("FILE") ? input.toString() : a).toList(); //$NON-NLS-1$
            InProcessMeasurement one = InProcessMeasurement.run(options, work, arguments, problem.answerKey(), 1);
            InProcessMeasurement two = InProcessMeasurement.run(options, work, arguments, problem.answerKey(), 2);
            log.println("    1: " + one.summary() + "; 2: " + two.summary()); //$NON-NLS-1$ //$NON-NLS-2$
            String paths = "—"; //$NON-NLS-1$
            if (problem.family().equals("katsura") || problem.family().equals("quadrics")) { //$NON-NLS-1$ //$NON-NLS-2$
                double count = problem.expected();
                paths = (one.ok() ? String.format(Locale.ROOT, "%.0f", count / one.median) : "—") + " / " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (two.ok() ? String.format(Locale.ROOT, "%.0f", count / two.median / 2) : "—"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            text.append("| ").append(problem.label()).append(" | ").append(cases.get(problem.id())).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(one.time()).append(" | ").append(two.time()).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(one.ok() && two.ok() ? String.format(Locale.ROOT, "%.2f×", one.median / two.median) : "—") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(" | ").append(paths).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    /**
     * @return the regular solutions phc -b reports, summed over its stages (it solves the
     *         solutions with zero coordinates, the stable mixed volume, separately), or null
     */
    static Integer regularSolutions(String output) {
        Matcher matcher = PHC_REGULAR.matcher(output);
        Integer total = null;
        while (matcher.find()) {
            total = Integer.valueOf((total == null ? 0 : total.intValue()) + Integer.parseInt(matcher.group(1)));
        }
        return total;
    }

    static String describe(TimedProcess run, Integer answer) {
        if (run == null) {
            return "not run"; //$NON-NLS-1$
        }
        if (run.timedOut()) {
            return "timeout"; //$NON-NLS-1$
        }
        if (run.exitCode() != 0) {
            return "failed (" + run.firstErrorLine() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.format(Locale.ROOT, "%s in %.2f s", answer, run.seconds()); //$NON-NLS-1$
    }

    static Integer find(Pattern pattern, String text) {
        String value = group(pattern, text);
        return value == null ? null : Integer.valueOf(value);
    }

    static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }
}
