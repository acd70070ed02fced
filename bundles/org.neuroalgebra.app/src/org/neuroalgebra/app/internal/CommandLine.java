// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisRequests;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.analysis.ModelFiles.LoadedModel;
import org.neuroalgebra.analysis.plot.ChartFiles;
import org.neuroalgebra.cluster.ClusterMember;
import org.neuroalgebra.cluster.ClusterOptions;
import org.neuroalgebra.cluster.TaskHandlers;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.sweep.SweepPlan;
import org.neuroalgebra.sweep.SweepResult;
import org.neuroalgebra.sweep.SweepRow;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The {@code neuroalgebra} command: parses arguments, loads and validates the model, runs
 * analyses through the {@link AnalysisRegistry} and prints text or JSON. Independent of OSGi so
 * that tests drive it directly.
 * <p>
 * Exit codes: 0 success, 1 an analysis failed (including out of memory and internal errors, each
 * said in one line on stderr), 2 bad input (usage, model errors, refused size; all found before any
 * work starts), 130 canceled or interrupted.
 */
public final class CommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_CANCELED = 130;

    private static final Set<String> VALUED = Set.of("architecture", "subject", "seed", "monomial-limit", "plot"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> FLAGS = Set.of("json", "debug"); //$NON-NLS-1$ //$NON-NLS-2$

    private final AnalysisRegistry registry;
    private final SolverRegistry solvers;
    private final TaskHandlers taskHandlers;
    private final OutputGate gate;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean showProgress;
    private volatile boolean interrupted;
    private volatile boolean debug = Failures.debugFromEnvironment();
    private volatile RunReport report;
    private volatile SweepCommand sweeping;
    private volatile WorkerCommand worker;

    public CommandLine(AnalysisRegistry registry, SolverRegistry solvers, PrintStream out, PrintStream err,
            boolean showProgress) {
        this(registry, solvers, new TaskHandlers(), out, err, showProgress);
    }

    /**
     * @param taskHandlers
     *            what this JVM computes as a cluster member ({@code worker})
     */
    public CommandLine(AnalysisRegistry registry, SolverRegistry solvers, TaskHandlers taskHandlers, PrintStream out,
            PrintStream err, boolean showProgress) {
        this.registry = registry;
        this.solvers = solvers;
        this.taskHandlers = taskHandlers;
        this.gate = new OutputGate(out, err);
        this.out = gate.out();
        this.err = gate.err();
        this.showProgress = showProgress;
    }

    /** @return the process exit code */
    public int execute(String... args) {
        if (args.length == 0) {
            err.println("neuroalgebra: no command given"); //$NON-NLS-1$
            err.println("usage: neuroalgebra COMMAND FILE [options]; try 'neuroalgebra help'"); //$NON-NLS-1$
            return EXIT_BAD_INPUT;
        }
        debug |= List.of(args).contains("--debug"); //$NON-NLS-1$
        try {
            return switch (args[0]) {
                case "help", "--help", "-h" -> help(Arguments.parse(args, Set.of(), Set.of())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "run" -> runFile(Arguments.parse(args, VALUED, FLAGS)); //$NON-NLS-1$
                case "solve" -> solve(Arguments.parse(args, Set.of("solver", "seed"), FLAGS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "sweep" -> sweep(Arguments.parse(args, SweepCommand.VALUED, SweepCommand.FLAGS)); //$NON-NLS-1$
                case "worker" -> work(Arguments.parse(args, WorkerCommand.VALUED, Set.of("debug"))); //$NON-NLS-1$ //$NON-NLS-2$
                default -> runSingle(args[0], args);
            };
        } catch (UsageException e) {
            err.println("neuroalgebra: " + Failures.oneLine(e.getMessage())); //$NON-NLS-1$
            err.println("Try 'neuroalgebra help'."); //$NON-NLS-1$
            return EXIT_BAD_INPUT;
        } catch (RuntimeException | Error e) {
            // Whatever escapes (a defect, a full heap, a stack overflow) is a failure, said in one line.
            return interrupted ? EXIT_CANCELED : Failures.report(e, err, debug);
        }
    }

    /**
     * Stops the command as Ctrl-C or SIGTERM asks: prints what is finished (a {@code run} prints
     * its finished blocks and marks the running one canceled, its JSON stays valid), closes the
     * output so the computation still running cannot add to it, and asks the computation to stop.
     * Called by the application's shutdown hook; safe to call from any thread, any number of times.
     */
    public void interrupt() {
        // The report is written and the output closed before the computation is told to stop, so
        // the computation's own reaction to the cancel can never come first.
        RunReport running = report;
        SweepCommand sweep = sweeping;
        String clearProgress = showProgress ? TerminalProgress.CLEAR_LINE : ""; //$NON-NLS-1$
        if (running == null && sweep != null) {
            gate.closeWith(null, clearProgress + sweep.interruptedMessage());
        } else if (running != null) {
            gate.closeWith(running.interruptedOutput(), clearProgress + running.interruptedMessage());
        } else {
            gate.closeWith(null, clearProgress + "neuroalgebra: interrupted" + System.lineSeparator()); //$NON-NLS-1$
        }
        interrupted = true;
        WorkerCommand workerRunning = worker;
        if (workerRunning != null) {
            workerRunning.stop();
        }
    }

    /** Marks the end of the command: a later interrupt has nothing to add. */
    public void finish() {
        gate.closeWith(null, null);
    }

    private int help(Arguments arguments) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("'help' takes no arguments, found '" + arguments.positional().get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println("usage: neuroalgebra COMMAND FILE [options]"); //$NON-NLS-1$
        out.println();
        out.println("  run FILE [--subject NAME] [--seed N] [--plot FILE.png] [--json]"); //$NON-NLS-1$
        out.println("                                    run every analysis block of FILE (of one subject)"); //$NON-NLS-1$
        out.println("  solve FILE [--solver ID] [--json] solve a system in the solver text format, cross-checked"); //$NON-NLS-1$
        out.println("  sweep FILE --sweep NAME [--json|--csv] [--out DIR] [--workers N] [--timeout S] [--seed N]"); //$NON-NLS-1$
        out.println("                                    run every member of a sweep, a row per run; --out DIR keeps a"); //$NON-NLS-1$
        out.println("                                    journal DIR/NAME.rows to resume from and writes DIR/NAME.csv, .jsonl"); //$NON-NLS-1$
        out.println("      [--join HOST:PORT[,...] [--port P]]  run the members on a cluster of workers, this JVM too"); //$NON-NLS-1$
        out.println("      [--plot FILE.png|FILE.svg]     chart each numeric figure across the family"); //$NON-NLS-1$
        out.println("  worker --join HOST:PORT[,HOST:PORT...] [--port P] [--workers N]"); //$NON-NLS-1$
        out.println("                                    compute for a cluster (TCP, the members listed) until Ctrl-C"); //$NON-NLS-1$
        for (IAnalysis analysis : registry.all()) {
            String options = analysis.settingNames().isEmpty() ? "" : " [options]"; //$NON-NLS-1$ //$NON-NLS-2$
            out.printf("  %-33s %s%n", analysis.id() + " FILE --subject NAME" + options, analysis.label()); //$NON-NLS-1$ //$NON-NLS-2$
            for (AnalysisSetting setting : analysis.settings()) {
                out.printf("      --%-14s %s; %s%s%n", setting.name(), setting.help(), setting.range(), //$NON-NLS-1$
                        setting.defaultValue() == null ? "" : " (default " + setting.defaultValue() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        out.println();
        out.println("options: --seed N, --json, --monomial-limit N (default 1000000), --plot FILE.png|FILE.svg, --debug;"); //$NON-NLS-1$
        out.println("         --architecture NAME is a synonym of --subject NAME"); //$NON-NLS-1$
        out.println("exit codes: 0 success (sweep: every row done, timed out or refused), 1 analysis failed (also out of"); //$NON-NLS-1$
        out.println("            memory, internal errors; sweep: a row failed), 2 bad input (sweep: also an invalid member,"); //$NON-NLS-1$
        out.println("            a journal of another sweep),"); //$NON-NLS-1$
        out.println("            130 interrupted (Ctrl-C), 143 terminated (SIGTERM)"); //$NON-NLS-1$
        return EXIT_OK;
    }

    private int work(Arguments arguments) throws UsageException {
        WorkerCommand command = new WorkerCommand(taskHandlers, err);
        worker = command;
        try {
            return command.run(arguments);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_CANCELED;
        } finally {
            command.stop();
        }
    }

    private int runSingle(String command, String[] args) throws UsageException {
        IAnalysis analysis = registry.find(command).orElseThrow(
                () -> new UsageException("unknown command '" + command + "'; commands: help, run, solve, worker, " //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(", ", registry.all().stream().map(IAnalysis::id).toList()))); //$NON-NLS-1$
        Set<String> valued = new HashSet<>(VALUED);
        valued.addAll(analysis.settingNames());
        Arguments arguments = Arguments.parse(args, valued, FLAGS);
        BigInteger limit = monomialLimit(arguments);
        Path plot = plotTarget(arguments);
        Optional<LoadedModel> loaded = load(arguments.file(), limit);
        if (loaded.isEmpty()) {
            return EXIT_BAD_INPUT;
        }
        if (arguments.option("subject") != null && arguments.option("architecture") != null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException("give either --subject or --architecture, not both"); //$NON-NLS-1$
        }
        String subjectName = arguments.option("subject") != null ? arguments.option("subject") //$NON-NLS-1$ //$NON-NLS-2$
                : arguments.required("architecture"); //$NON-NLS-1$
        Long seed = seedOption(arguments);
        Analysis spec;
        try {
            spec = AnalysisRequests.specFor(loaded.get().model(), analysis.id(), subjectName, seed);
            for (String setting : analysis.settingNames()) {
                if (arguments.option(setting) != null) {
                    AnalysisRequests.applySetting(loaded.get().model(), spec, setting, arguments.option(setting));
                }
            }
        } catch (AnalysisException e) {
            throw new UsageException(e.getMessage());
        }
        AnalysisRequest request = new AnalysisRequest(spec, limit);
        if (!preflight(List.of(request))) {
            return EXIT_BAD_INPUT;
        }
        try {
            AnalysisResult result = run(analysis, request);
            if (arguments.flag("json")) { //$NON-NLS-1$
                printJson(result.toJson());
            } else {
                result.summary().forEach(out::println);
            }
            if (plot != null) {
                return writePlots(result, plot) ? EXIT_OK : EXIT_FAILED;
            }
            return EXIT_OK;
        } catch (AnalysisException e) {
            err.println("neuroalgebra: " + Failures.oneLine(e.getMessage())); //$NON-NLS-1$
            return exitCode(e);
        }
    }

    private int runFile(Arguments arguments) throws UsageException {
        BigInteger limit = monomialLimit(arguments);
        Path plot = plotTarget(arguments);
        Optional<LoadedModel> loaded = load(arguments.file(), limit);
        if (loaded.isEmpty()) {
            return EXIT_BAD_INPUT;
        }
        List<Analysis> specs = AnalysisRequests.blocks(loaded.get().model());
        List<Sweep> sweeps = SweepPlan.all(loaded.get().model());
        if (specs.isEmpty() && sweeps.isEmpty()) {
            err.println("neuroalgebra: " + arguments.file() + " has no analysis block and no sweep"); //$NON-NLS-1$ //$NON-NLS-2$
            return EXIT_BAD_INPUT;
        }
        String subject = arguments.option("subject") != null ? arguments.option("subject") : arguments.option("architecture"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (subject != null) {
            specs = specs.stream().filter(spec -> spec.getSubject() != null && subject.equals(spec.getSubject().getName()))
                    .toList();
            if (specs.isEmpty()) {
                throw new UsageException(arguments.file() + " has no analysis block of '" + subject + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Long seed = seedOption(arguments);
        if (seed != null) {
            specs.forEach(spec -> spec.setSeed(seed.longValue()));
        }
        // The sweeps run after the blocks; they have no subject, so --subject leaves them out.
        List<SweepPlan> plans = new ArrayList<>();
        for (Sweep sweep : subject == null ? sweeps : List.<Sweep> of()) {
            SweepPlan plan = plan(Path.of(arguments.file()), sweep, limit, null, seed);
            if (!runsMayRun(plan)) {
                return EXIT_BAD_INPUT;
            }
            plans.add(plan);
        }
        List<AnalysisRequest> requests = specs.stream().map(spec -> new AnalysisRequest(spec, limit)).toList();
        // Every block is checked before the first one runs: a bad last block must not cost the first one's hour.
        if (!preflight(requests)) {
            return EXIT_BAD_INPUT;
        }
        boolean json = arguments.flag("json"); //$NON-NLS-1$
        RunReport running = new RunReport(arguments.file(), json, requests.size() + plans.size());
        report = running;
        int exit = EXIT_OK;
        int charts = 0;
        for (AnalysisRequest request : requests) {
            String name = request.spec().getName();
            running.started(name);
            JsonObject entry = new JsonObject();
            entry.addProperty("analysis", name); //$NON-NLS-1$
            if (!json) {
                out.println("== " + name + ": " + request.analysisId() + " of " + request.subjectName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            try {
                IAnalysis analysis = registry.find(request.analysisId()).orElseThrow();
                AnalysisResult result = run(analysis, request);
                entry.add("result", result.toJson()); //$NON-NLS-1$
                if (!json) {
                    result.summary().forEach(line -> out.println("   " + line)); //$NON-NLS-1$
                }
                if (plot != null && ChartFiles.count(result) > 0) {
                    charts += ChartFiles.count(result);
                    if (!writePlots(result, PlotFiles.withSuffix(plot, name))) {
                        exit = Math.max(exit, EXIT_FAILED);
                    }
                }
            } catch (AnalysisException e) {
                entry.addProperty("error", e.getMessage()); //$NON-NLS-1$
                if (e.kind() == AnalysisException.Kind.CANCELED) {
                    entry.addProperty("canceled", true); //$NON-NLS-1$
                }
                err.println("neuroalgebra: " + name + ": " + Failures.oneLine(e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
                exit = Math.max(exit, exitCode(e));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // A defect or a full heap in one block must not lose the results of the others.
                String message = Failures.describe(e);
                entry.addProperty("error", message); //$NON-NLS-1$
                err.println("neuroalgebra: " + name + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
                if (debug) {
                    e.printStackTrace(err);
                }
                exit = Math.max(exit, EXIT_FAILED);
            }
            running.finished(entry);
            if (interrupted) {
                return EXIT_CANCELED;
            }
        }
        for (SweepPlan plan : plans) {
            exit = Math.max(exit, runSweep(plan, running, json));
            if (interrupted) {
                return EXIT_CANCELED;
            }
        }
        if (plot != null && charts == 0) {
            // --plot asked for a picture: saying nothing would look like success.
            err.println("neuroalgebra: no block of " + arguments.file() + " has a chart to plot; nothing written to " + plot); //$NON-NLS-1$ //$NON-NLS-2$
            exit = Math.max(exit, EXIT_FAILED);
        }
        if (json) {
            // Written and closed in one step: either this report or the interrupt's, never both.
            gate.closeWith(toJsonText(running.document(false)) + System.lineSeparator(), null);
        }
        return exit;
    }

    /** Runs a sweep of a {@code run}: its rows as text lines, or in the report's JSON as {@code {"sweep": NAME, "rows": […]}}. */
    private int runSweep(SweepPlan plan, RunReport running, boolean json) {
        running.started(plan.name());
        if (!json) {
            out.println("== sweep " + plan.name() + ": " + plan.members() + " members, " + plan.runs() + " runs each"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        List<SweepRow> rows = new ArrayList<>();
        int exit = new SweepCommand(registry, out, err, showProgress, monitor(null)).run(plan,
                json ? SweepCommand.Format.NONE : SweepCommand.Format.TEXT, null, Runtime.getRuntime().availableProcessors(),
                rows);
        JsonObject entry = new JsonObject();
        entry.addProperty("sweep", plan.name()); //$NON-NLS-1$
        entry.add("rows", JsonParser.parseString(SweepRow.toJsonArray(rows))); //$NON-NLS-1$
        running.finished(entry);
        return exit == EXIT_CANCELED ? EXIT_OK : exit;
    }

    /** @return true when every request may run; otherwise the problems are printed */
    private boolean preflight(List<AnalysisRequest> requests) {
        List<ModelProblem> problems = AnalysisPreflight.check(requests, registry);
        for (ModelProblem problem : problems) {
            err.println(problem.location() == null ? "neuroalgebra: " + Failures.oneLine(problem.message()) //$NON-NLS-1$
                    : Failures.oneLine(problem.format()));
        }
        return problems.isEmpty();
    }

    private static Path plotTarget(Arguments arguments) throws UsageException {
        String plot = arguments.option("plot"); //$NON-NLS-1$
        if (plot == null) {
            return null;
        }
        Path file;
        try {
            file = Path.of(plot);
        } catch (InvalidPathException e) {
            throw new UsageException("--plot: not a valid file name: " + e.getMessage()); //$NON-NLS-1$
        }
        PlotFiles.check(file);
        return file;
    }

    /** @return false when a chart could not be written (already said on stderr) */
    private boolean writePlots(AnalysisResult result, Path plot) {
        if (ChartFiles.count(result) == 0) {
            err.println("neuroalgebra: this result has no chart to plot"); //$NON-NLS-1$
            return false;
        }
        try {
            for (Path written : PlotFiles.write(result, plot)) {
                err.println("neuroalgebra: wrote " + written); //$NON-NLS-1$
            }
            return true;
        } catch (IOException e) {
            err.println("neuroalgebra: cannot write the plot: " + Failures.oneLine(String.valueOf(e.getMessage()))); //$NON-NLS-1$
            return false;
        }
    }

    private int sweep(Arguments arguments) throws UsageException {
        BigInteger limit = monomialLimit(arguments);
        SweepCommand.Format format = SweepCommand.format(arguments);
        int workers = SweepCommand.workers(arguments);
        ClusterOptions clusterOptions = clusterOptions(arguments, workers);
        Double timeout = SweepCommand.timeout(arguments);
        Long seed = seedOption(arguments);
        String name = arguments.required("sweep"); //$NON-NLS-1$
        Path plot = plotTarget(arguments);
        Optional<LoadedModel> loaded = load(arguments.file(), limit);
        if (loaded.isEmpty()) {
            return EXIT_BAD_INPUT;
        }
        Path file = Path.of(arguments.file());
        Optional<Sweep> sweep = SweepPlan.find(loaded.get().model(), name);
        if (sweep.isEmpty()) {
            throw new UsageException(arguments.file() + " has no sweep '" + name + "'" + sweepNames(loaded.get().model())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SweepPlan plan = plan(file, sweep.get(), limit, timeout, seed);
        if (!runsMayRun(plan)) {
            return EXIT_BAD_INPUT;
        }
        Path outDirectory = SweepCommand.outDirectory(arguments);
        SweepCommand command = new SweepCommand(registry, out, err, showProgress, monitor(null));
        sweeping = command;
        ClusterMember member = null;
        if (clusterOptions != null) {
            try {
                member = ClusterMember.start(clusterOptions, taskHandlers);
            } catch (IllegalStateException e) {
                err.println("neuroalgebra: " + Failures.oneLine(e.getMessage())); //$NON-NLS-1$
                return EXIT_FAILED;
            }
            err.println("neuroalgebra sweep: coordinating as " + member.address() + "; members: " //$NON-NLS-1$ //$NON-NLS-2$
                    + String.join(", ", member.members())); //$NON-NLS-1$
            command.onCluster(member);
        }
        try {
            long start = System.nanoTime();
            List<SweepRow> rows = new ArrayList<>();
            int exit = command.run(plan, format, outDirectory, workers, rows);
            if (interrupted) {
                return EXIT_CANCELED;
            }
            if (plot != null && !writePlots(new SweepResult(plan.name(), plan.members() * plan.runs(), rows, plan.seed(),
                    (System.nanoTime() - start) / 1e9), plot)) {
                exit = Math.max(exit, EXIT_FAILED);
            }
            return exit;
        } finally {
            if (member != null) {
                member.close();
            }
        }
    }

    /**
     * @return the cluster member of {@code --join} and {@code --port}, this JVM computing with
     *         {@code workers} threads, or null without {@code --join}
     */
    private static ClusterOptions clusterOptions(Arguments arguments, int workers) throws UsageException {
        if (arguments.option("join") == null) { //$NON-NLS-1$
            if (arguments.option("port") != null) { //$NON-NLS-1$
                throw new UsageException("--port is the port of this JVM's cluster member: it needs --join"); //$NON-NLS-1$
            }
            return null;
        }
        return WorkerCommand.clusterOptions(arguments, workers);
    }

    /** @return a plan of the sweep, carrying the file's text to the workers */
    private static SweepPlan plan(Path file, Sweep sweep, BigInteger limit, Double timeout, Long seed) throws UsageException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read: " + e.getMessage()); //$NON-NLS-1$
        }
        if (text.stripLeading().startsWith("<")) { //$NON-NLS-1$
            throw new UsageException(file + ": sweeps run from model files in the text form (.nalg), not XMI"); //$NON-NLS-1$
        }
        try {
            return SweepPlan.of(file, text, sweep, limit.longValue(), timeout, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** @return true when the sweep's runs are fine whatever the member; otherwise the problems are printed */
    private boolean runsMayRun(SweepPlan plan) {
        List<ModelProblem> problems = plan.runProblems(registry);
        problems.forEach(problem -> err.println(Failures.oneLine(problem.format())));
        return problems.isEmpty();
    }

    private static String sweepNames(NeuroalgebraModel model) {
        List<String> names = SweepPlan.all(model).stream().map(Sweep::getName).toList();
        return names.isEmpty() ? "; it has none" : " (sweeps: " + String.join(", ", names) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static Long seedOption(Arguments arguments) throws UsageException {
        return arguments.option("seed") == null ? null //$NON-NLS-1$
                : Long.valueOf(arguments.longOption("seed", AnalysisRequest.DEFAULT_SEED)); //$NON-NLS-1$
    }

    private int solve(Arguments arguments) throws UsageException {
        SolveCommand command = new SolveCommand(solvers, out, err);
        TerminalProgress progress = showProgress ? new TerminalProgress(err) : null;
        JsonObject report;
        try {
            report = command.run(arguments, monitor(progress));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        if (report == null) {
            return EXIT_BAD_INPUT;
        }
        if (arguments.flag("json")) { //$NON-NLS-1$
            printJson(report);
        } else {
            command.print(report);
        }
        return SolveCommand.exitCode(report);
    }

    private AnalysisResult run(IAnalysis analysis, AnalysisRequest request) throws AnalysisException {
        TerminalProgress progress = showProgress ? new TerminalProgress(err) : null;
        try {
            return analysis.run(request, monitor(progress));
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
    }

    /** @return a monitor that reports to the terminal (when shown) and says canceled after an interrupt */
    private ProgressMonitor monitor(ProgressMonitor progress) {
        ProgressMonitor target = progress == null ? ProgressMonitor.NULL : progress;
        return new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                target.begin(task, totalWork);
            }

            @Override
            public void worked(int units) {
                target.worked(units);
            }

            @Override
            public boolean isCanceled() {
                return interrupted || target.isCanceled();
            }
        };
    }

    private Optional<LoadedModel> load(String file, BigInteger monomialLimit) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid file name: " + e.getMessage()); //$NON-NLS-1$
        }
        LoadedModel loaded = ModelFiles.load(path, monomialLimit, registry);
        loaded.warnings().forEach(warning -> err.println(Failures.oneLine(warning)));
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(problem -> err.println(Failures.oneLine(problem)));
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    private static BigInteger monomialLimit(Arguments arguments) throws UsageException {
        long limit = arguments.longOption("monomial-limit", AnalysisRequest.DEFAULT_MONOMIAL_LIMIT.longValue()); //$NON-NLS-1$
        if (limit <= 0) {
            throw new UsageException("--monomial-limit must be positive, found " + limit); //$NON-NLS-1$
        }
        return BigInteger.valueOf(limit);
    }

    private static int exitCode(AnalysisException e) {
        return switch (e.kind()) {
            case BAD_INPUT -> EXIT_BAD_INPUT;
            case CANCELED -> EXIT_CANCELED;
            case FAILED -> EXIT_FAILED;
        };
    }

    private void printJson(JsonElement json) {
        out.println(toJsonText(json));
    }

    /** @return the JSON text the command prints, with NaN and infinities as null */
    static String toJsonText(JsonElement json) {
        // Unknown is null, written out: a missing field and an unknown value must not look alike.
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(finite(json));
    }

    /**
     * JSON has no NaN or infinity: such numbers (an undefined condition number, an infinite gap)
     * are written as null, so every consumer can parse the output.
     */
    static JsonElement finite(JsonElement json) {
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isNumber()) {
            double value = json.getAsDouble();
            return Double.isFinite(value) ? json : JsonNull.INSTANCE;
        }
        if (json.isJsonArray()) {
            JsonArray copy = new JsonArray();
            json.getAsJsonArray().forEach(element -> copy.add(finite(element)));
            return copy;
        }
        if (json.isJsonObject()) {
            JsonObject copy = new JsonObject();
            json.getAsJsonObject().entrySet().forEach(entry -> copy.add(entry.getKey(), finite(entry.getValue())));
            return copy;
        }
        return json;
    }
}
