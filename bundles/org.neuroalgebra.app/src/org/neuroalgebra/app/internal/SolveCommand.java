// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.SystemSyntaxException;
import org.neuroalgebra.solver.SystemTextFormat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code neuroalgebra solve FILE [--solver ID] [--seed N] [--json]}: solves a square system in
 * the solver text format with a registered solver, and cross-checks the number of solutions
 * with every registered exact counter when the system has no parameters.
 */
final class SolveCommand {

    private final SolverRegistry solvers;
    private final PrintStream out;
    private final PrintStream err;

    SolveCommand(SolverRegistry solvers, PrintStream out, PrintStream err) {
        this.solvers = solvers;
        this.out = out;
        this.err = err;
    }

    /** @return the JSON report, or null after printing a bad-input message */
    JsonObject run(Arguments arguments, ProgressMonitor monitor) throws UsageException {
        Path file = Path.of(arguments.file());
        PolynomialSystem system;
        try {
            system = SystemTextFormat.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage()); //$NON-NLS-1$
        } catch (SystemSyntaxException e) {
            err.println(file.getFileName() + ":" + e.getMessage()); //$NON-NLS-1$
            return null;
        }
        if (system.parameterCount() > 0) {
            throw new UsageException(file + " declares parameters; 'solve' needs numeric equations"); //$NON-NLS-1$
        }
        String solverId = arguments.option("solver") == null ? "homotopy" : arguments.option("solver"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        PolynomialSystemSolver solver = solvers.solver(solverId).orElseThrow(() -> new UsageException(
                "no solver '" + solverId + "'; installed: " + solvers.solvers().stream().map(PolynomialSystemSolver::id).toList())); //$NON-NLS-1$ //$NON-NLS-2$
        long seed = arguments.longOption("seed", 1); //$NON-NLS-1$
        SolveResult result = solver.solve(system, new Complex[0], SolverOptions.defaults().withSeed(seed), monitor);
        JsonObject json = toJson(system, solverId, result);
        json.add("crossCheck", crossCheck(system, result, seed)); //$NON-NLS-1$
        return json;
    }

    private JsonArray crossCheck(PolynomialSystem system, SolveResult result, long seed) {
        JsonArray checks = new JsonArray();
        int numerical = 0;
        for (Solution s : result.finiteSolutions()) {
            numerical += s.multiplicity();
        }
        for (SolutionCounter counter : solvers.counters()) {
            JsonObject check = new JsonObject();
            check.addProperty("counter", counter.id()); //$NON-NLS-1$
            try {
                CountResult count = counter.count(system.equations(), system.variableCount(), List.of(), ModP.PRIME_1, seed,
                        ProgressMonitor.NULL);
                check.addProperty("dimension", count.dimension()); //$NON-NLS-1$
                check.addProperty("degree", count.degree()); //$NON-NLS-1$
                check.addProperty("prime", count.prime()); //$NON-NLS-1$
                boolean agrees = count.dimension() == 0 && count.degree() == numerical && result.failedPathCount() == 0;
                check.addProperty("agrees", agrees); //$NON-NLS-1$
                check.addProperty("numericalCount", numerical); //$NON-NLS-1$
            } catch (RuntimeException e) {
                check.addProperty("error", e.getMessage()); //$NON-NLS-1$
            }
            checks.add(check);
        }
        return checks;
    }

    static JsonObject toJson(PolynomialSystem system, String solverId, SolveResult result) {
        JsonObject json = new JsonObject();
        json.addProperty("solver", solverId); //$NON-NLS-1$
        json.addProperty("variables", String.join(" ", system.variables())); //$NON-NLS-1$ //$NON-NLS-2$
        JsonArray solutions = new JsonArray();
        for (Solution s : result.solutions()) {
            JsonObject entry = new JsonObject();
            JsonArray coordinates = new JsonArray();
            for (Complex z : s.coordinates()) {
                JsonArray pair = new JsonArray();
                pair.add(z.re());
                pair.add(z.im());
                coordinates.add(pair);
            }
            entry.add("coordinates", coordinates); //$NON-NLS-1$
            entry.addProperty("real", s.real()); //$NON-NLS-1$
            entry.addProperty("multiplicity", s.multiplicity()); //$NON-NLS-1$
            entry.addProperty("atInfinity", s.atInfinity()); //$NON-NLS-1$
            entry.addProperty("singular", s.singular()); //$NON-NLS-1$
            if (Double.isFinite(s.residual())) {
                entry.addProperty("residual", s.residual()); //$NON-NLS-1$
            }
            if (Double.isFinite(s.conditionNumber())) {
                entry.addProperty("conditionNumber", s.conditionNumber()); //$NON-NLS-1$
            }
            solutions.add(entry);
        }
        json.add("solutions", solutions); //$NON-NLS-1$
        json.addProperty("finiteSolutions", result.finiteSolutions().size()); //$NON-NLS-1$
        json.addProperty("realSolutions", result.realSolutions().size()); //$NON-NLS-1$
        json.addProperty("pathsTracked", result.pathsTracked()); //$NON-NLS-1$
        json.addProperty("failedPaths", result.failedPathCount()); //$NON-NLS-1$
        JsonObject failures = new JsonObject();
        for (Map.Entry<FailureReason, Integer> failure : result.failures().entrySet()) {
            failures.addProperty(failure.getKey().name(), failure.getValue());
        }
        json.add("failures", failures); //$NON-NLS-1$
        json.addProperty("certified", result.certified()); //$NON-NLS-1$
        json.addProperty("method", result.method()); //$NON-NLS-1$
        json.addProperty("seed", result.seed()); //$NON-NLS-1$
        json.addProperty("seconds", result.seconds()); //$NON-NLS-1$
        return json;
    }

    /** Prints a human-readable report. */
    void print(JsonObject json) {
        out.println(json.get("finiteSolutions").getAsInt() + " finite solutions (" + json.get("realSolutions").getAsInt() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " real), " + json.get("pathsTracked").getAsInt() + " paths, " + json.get("failedPaths").getAsInt() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " failed " + json.get("failures") + "; " + json.get("method").getAsString() + ", seed " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + json.get("seed").getAsLong()); //$NON-NLS-1$
        json.getAsJsonArray("solutions").forEach(s -> out.println("  " + s)); //$NON-NLS-1$ //$NON-NLS-2$
        json.getAsJsonArray("crossCheck").forEach(c -> out.println("cross-check: " + c)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
