// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisRequests;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.analysis.ModelFiles.LoadedModel;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.solver.SolverRegistry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The {@code neuroalgebra} command: parses arguments, loads and validates the model, runs
 * analyses through the {@link AnalysisRegistry} and prints text or JSON. Independent of OSGi so
 * that tests drive it directly.
 * <p>
 * Exit codes: 0 success, 1 an analysis failed, 2 bad input (usage, model errors, refused size),
 * 130 canceled.
 */
public final class CommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_CANCELED = 130;

    private static final Set<String> VALUED = Set.of("architecture", "subject", "seed", "monomial-limit", "plot"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> FLAGS = Set.of("json"); //$NON-NLS-1$

    private final AnalysisRegistry registry;
    private final SolverRegistry solvers;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean showProgress;

    public CommandLine(AnalysisRegistry registry, SolverRegistry solvers, PrintStream out, PrintStream err,
            boolean showProgress) {
        this.registry = registry;
        this.solvers = solvers;
        this.out = out;
        this.err = err;
        this.showProgress = showProgress;
    }

    /** @return the process exit code */
    public int execute(String... args) {
        try {
            String command = args.length == 0 ? "help" : args[0]; //$NON-NLS-1$
            return switch (command) {
                case "help", "--help", "-h" -> help(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "run" -> runFile(Arguments.parse(args, VALUED, FLAGS)); //$NON-NLS-1$
                case "solve" -> solve(Arguments.parse(args, Set.of("solver", "seed"), FLAGS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> runSingle(command, args);
            };
        } catch (UsageException e) {
            err.println("neuroalgebra: " + e.getMessage()); //$NON-NLS-1$
            err.println("Try 'neuroalgebra help'."); //$NON-NLS-1$
            return EXIT_BAD_INPUT;
        }
    }

    private int help() {
        out.println("usage: neuroalgebra COMMAND FILE [options]"); //$NON-NLS-1$
        out.println();
        out.println("  run FILE [--json]                 run every analysis block of FILE"); //$NON-NLS-1$
        out.println("  solve FILE [--solver ID] [--json] solve a system in the solver text format, cross-checked"); //$NON-NLS-1$
        for (IAnalysis analysis : registry.all()) {
            StringBuilder settings = new StringBuilder();
            analysis.settingNames().forEach(name -> settings.append(" [--").append(name).append(' ').append(name.toUpperCase()).append(']')); //$NON-NLS-1$
            out.printf("  %-33s %s%n", analysis.id() + " FILE --subject NAME" + settings, analysis.label()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println();
        out.println("options: --seed N, --json, --monomial-limit N (default 1000000), --plot FILE.png|FILE.svg;"); //$NON-NLS-1$
        out.println("         --architecture NAME is a synonym of --subject NAME"); //$NON-NLS-1$
        out.println("exit codes: 0 success, 1 analysis failed, 2 bad input, 130 canceled"); //$NON-NLS-1$
        return EXIT_OK;
    }

    private int runSingle(String command, String[] args) throws UsageException {
        IAnalysis analysis = registry.find(command).orElseThrow(
                () -> new UsageException("unknown command '" + command + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        Set<String> valued = new HashSet<>(VALUED);
        valued.addAll(analysis.settingNames());
        Arguments arguments = Arguments.parse(args, valued, FLAGS);
        Optional<LoadedModel> loaded = load(arguments.file());
        if (loaded.isEmpty()) {
            return EXIT_BAD_INPUT;
        }
        String subjectName = arguments.option("subject") != null ? arguments.option("subject") //$NON-NLS-1$ //$NON-NLS-2$
                : arguments.required("architecture"); //$NON-NLS-1$
        Long seed = arguments.option("seed") == null ? null //$NON-NLS-1$
                : Long.valueOf(arguments.longOption("seed", AnalysisRequest.DEFAULT_SEED)); //$NON-NLS-1$
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
        AnalysisRequest request = new AnalysisRequest(spec, monomialLimit(arguments));
        try {
            AnalysisResult result = run(analysis, request);
            if (arguments.flag("json")) { //$NON-NLS-1$
                printJson(result.toJson());
            } else {
                result.summary().forEach(out::println);
            }
            if (arguments.option("plot") != null) { //$NON-NLS-1$
                for (Path written : PlotFiles.write(result, Path.of(arguments.option("plot")))) { //$NON-NLS-1$
                    err.println("neuroalgebra: wrote " + written); //$NON-NLS-1$
                }
            }
            return EXIT_OK;
        } catch (IOException e) {
            err.println("neuroalgebra: cannot write the plot: " + e.getMessage()); //$NON-NLS-1$
            return EXIT_FAILED;
        } catch (AnalysisException e) {
            err.println("neuroalgebra: " + e.getMessage()); //$NON-NLS-1$
            return exitCode(e);
        }
    }

    private int runFile(Arguments arguments) throws UsageException {
        Optional<LoadedModel> loaded = load(arguments.file());
        if (loaded.isEmpty()) {
            return EXIT_BAD_INPUT;
        }
        BigInteger limit = monomialLimit(arguments);
        JsonArray results = new JsonArray();
        int exit = EXIT_OK;
        List<Analysis> specs = AnalysisRequests.blocks(loaded.get().model());
        if (specs.isEmpty()) {
            err.println("neuroalgebra: " + arguments.file() + " has no analysis block"); //$NON-NLS-1$ //$NON-NLS-2$
            return EXIT_BAD_INPUT;
        }
        for (Analysis spec : specs) {
            AnalysisRequest request = new AnalysisRequest(spec, limit);
            Optional<IAnalysis> analysis = registry.find(request.analysisId());
            JsonObject entry = new JsonObject();
            entry.addProperty("analysis", spec.getName()); //$NON-NLS-1$
            if (!arguments.flag("json")) { //$NON-NLS-1$
                out.println("== " + spec.getName() + ": " + request.analysisId() + " of " + request.subjectName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            try {
                if (analysis.isEmpty()) {
                    throw new AnalysisException(AnalysisException.Kind.FAILED,
                            "no analysis '" + request.analysisId() + "' is installed"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                AnalysisResult result = run(analysis.get(), request);
                entry.add("result", result.toJson()); //$NON-NLS-1$
                if (!arguments.flag("json")) { //$NON-NLS-1$
                    result.summary().forEach(line -> out.println("   " + line)); //$NON-NLS-1$
                }
            } catch (AnalysisException e) {
                entry.addProperty("error", e.getMessage()); //$NON-NLS-1$
                err.println("neuroalgebra: " + spec.getName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                exit = Math.max(exit, exitCode(e));
            } catch (RuntimeException e) {
                // A defect in one analysis must not lose the results of the others.
                entry.addProperty("error", "internal error: " + e); //$NON-NLS-1$ //$NON-NLS-2$
                err.println("neuroalgebra: " + spec.getName() + ": internal error: " + e); //$NON-NLS-1$ //$NON-NLS-2$
                exit = Math.max(exit, EXIT_FAILED);
            }
            results.add(entry);
        }
        if (arguments.flag("json")) { //$NON-NLS-1$
            JsonObject report = new JsonObject();
            report.addProperty("file", arguments.file()); //$NON-NLS-1$
            report.add("results", results); //$NON-NLS-1$
            printJson(report);
        }
        return exit;
    }

    private int solve(Arguments arguments) throws UsageException {
        SolveCommand command = new SolveCommand(solvers, out, err);
        TerminalProgress progress = showProgress ? new TerminalProgress(err) : null;
        JsonObject report;
        try {
            report = command.run(arguments, progress == null ? ProgressMonitor.NULL : progress);
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
        if (!showProgress) {
            return analysis.run(request, ProgressMonitor.NULL);
        }
        TerminalProgress progress = new TerminalProgress(err);
        try {
            return analysis.run(request, progress);
        } finally {
            progress.clear();
        }
    }

    private Optional<LoadedModel> load(String file) {
        LoadedModel loaded = ModelFiles.load(Path.of(file));
        loaded.warnings().forEach(err::println);
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(err::println);
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    private static BigInteger monomialLimit(Arguments arguments) throws UsageException {
        long limit = arguments.longOption("monomial-limit", AnalysisRequest.DEFAULT_MONOMIAL_LIMIT.longValue()); //$NON-NLS-1$
        if (limit <= 0) {
            throw new UsageException("--monomial-limit must be positive"); //$NON-NLS-1$
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
        out.println(new GsonBuilder().setPrettyPrinting().create().toJson(finite(json)));
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
