// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.Decomposition;
import org.neuroalgebra.solver.DecompositionSolver;
import org.neuroalgebra.solver.IrreducibleComponent;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.WitnessSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The part of {@code neuroalgebra solve} for solution sets of positive dimension (or of unknown
 * dimension when there are fewer equations than unknowns): a numerical irreducible decomposition
 * by a {@link DecompositionSolver}.
 * <p>
 * JSON fields added to the report: {@code dimension}; {@code components}, one entry per positive
 * dimension {@code {dimension, degree, irreducible: [{degree, traceTest, traceDefect,
 * witnessPoints}]}} where {@code degree} of a dimension is its number of witness points and the
 * witness points are lists of {@code [re, im]} coordinates; {@code solutions}, the isolated
 * points in the format of a zero-dimensional solve; {@code witnessSets}, per dimension the paths
 * tracked, failed and excess and the junk points removed; {@code certified} (always false: a
 * decomposition is numerical) and {@code complete}. Each exact cross-check entry gains
 * {@code agrees}: its dimension and degree (mod p) equal the top dimension and its number of
 * witness points.
 * <p>
 * The status is {@link SolveCommand#SOLVED} (exit 0) when the decomposition is complete (no path
 * failed, every trace test passed) and agrees with the exact counts; otherwise
 * {@link SolveCommand#INCOMPLETE} or {@link SolveCommand#DISAGREES} with one line on stderr (exit 1).
 */
final class SolveDecomposition {

    private static final String STATUS = "status"; //$NON-NLS-1$
    private static final String MESSAGE = "message"; //$NON-NLS-1$
    private static final String COMPONENTS = "components"; //$NON-NLS-1$
    private static final String DEGREE = "degree"; //$NON-NLS-1$
    private static final String DIMENSION = "dimension"; //$NON-NLS-1$

    private final DecompositionSolver solver;
    private final PrintStream err;

    SolveDecomposition(DecompositionSolver solver, PrintStream err) {
        this.solver = solver;
        this.err = err;
    }

    /**
     * @param name
     *            the file name for messages
     * @param system
     *            the system, without parameters
     * @param topDimension
     *            the exact dimension (mod p), or -1 when unknown
     * @param seed
     *            the seed
     * @param json
     *            the report so far, with its {@code crossCheck} entries
     * @param monitor
     *            progress and cancellation
     * @return the report, or null after printing a bad-input line
     */
    JsonObject run(String name, PolynomialSystem system, int topDimension, long seed, JsonObject json,
            ProgressMonitor monitor) {
        Decomposition decomposition;
        try {
            decomposition = solver.decompose(system, topDimension, SolverOptions.defaults().withSeed(seed), monitor);
        } catch (CancellationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            err.println(Failures.oneLine(name + ": solver '" + solver.id() + "' refuses the system: " + e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        } catch (RuntimeException e) {
            String message = name + ": solver '" + solver.id() + "' failed to decompose the solution set: " + e; //$NON-NLS-1$ //$NON-NLS-2$
            err.println("neuroalgebra: " + Failures.oneLine(message)); //$NON-NLS-1$
            json.addProperty(STATUS, SolveCommand.FAILED);
            json.addProperty("error", message); //$NON-NLS-1$
            return json;
        }
        addDecomposition(json, decomposition);
        String disagreement = crossCheck(json, decomposition);
        String summary = summary(decomposition);
        json.addProperty(MESSAGE, summary);
        if (!decomposition.complete()) {
            json.addProperty(STATUS, SolveCommand.INCOMPLETE);
            err.println("neuroalgebra: " + Failures.oneLine(name + ": the decomposition is incomplete (numerical, not certified): " //$NON-NLS-1$ //$NON-NLS-2$
                    + decomposition.incompleteReason()));
        } else if (disagreement != null) {
            json.addProperty(STATUS, SolveCommand.DISAGREES);
            err.println("neuroalgebra: " + Failures.oneLine(name + ": " + disagreement + ": the decomposition is not confirmed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            json.addProperty(STATUS, SolveCommand.SOLVED);
        }
        return json;
    }

    /** @return a one-line account: the components of each dimension and the isolated points */
    static String summary(Decomposition d) {
        if (d.dimension() < 0) {
            return "no solutions (" + d.method() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        StringBuilder sb = new StringBuilder("the solution set has dimension ").append(d.dimension()).append(':'); //$NON-NLS-1$
        String separator = " "; //$NON-NLS-1$
        for (int dim = d.dimension(); dim >= 1; dim--) {
            List<IrreducibleComponent> components = d.components(dim);
            if (components.isEmpty()) {
                continue;
            }
            sb.append(separator).append("dimension ").append(dim).append(" degree ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(d.witnessSet(dim).degree()).append(" (").append(components.size()) //$NON-NLS-1$
                    .append(components.size() == 1 ? " irreducible component of degree " : " irreducible components of degrees ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(String.join(", ", components.stream().map(c -> Integer.toString(c.degree())).toList())) //$NON-NLS-1$
                    .append(')');
            separator = "; "; //$NON-NLS-1$
        }
        int isolated = d.isolated().size();
        sb.append(separator).append(isolated).append(isolated == 1 ? " isolated point" : " isolated points"); //$NON-NLS-1$ //$NON-NLS-2$
        sb.append(" (numerical: witness sets, monodromy, trace test; not certified)"); //$NON-NLS-1$
        return sb.toString();
    }

    private static void addDecomposition(JsonObject json, Decomposition d) {
        json.addProperty(DIMENSION, d.dimension());
        JsonArray byDimension = new JsonArray();
        for (int dim = d.dimension(); dim >= 1; dim--) {
            List<IrreducibleComponent> components = d.components(dim);
            if (components.isEmpty()) {
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty(DIMENSION, dim);
            entry.addProperty(DEGREE, d.witnessSet(dim).degree());
            JsonArray irreducible = new JsonArray();
            for (IrreducibleComponent c : components) {
                JsonObject component = new JsonObject();
                component.addProperty(DEGREE, c.degree());
                component.addProperty("traceTest", c.traceTest().name()); //$NON-NLS-1$
                if (Double.isFinite(c.traceDefect())) {
                    component.addProperty("traceDefect", c.traceDefect()); //$NON-NLS-1$
                }
                JsonArray points = new JsonArray();
                c.witnessPoints().forEach(p -> points.add(coordinates(p)));
                component.add("witnessPoints", points); //$NON-NLS-1$
                irreducible.add(component);
            }
            entry.add("irreducible", irreducible); //$NON-NLS-1$
            byDimension.add(entry);
        }
        json.add(COMPONENTS, byDimension);
        JsonArray solutions = new JsonArray();
        for (Solution s : d.isolated()) {
            JsonObject entry = new JsonObject();
            entry.add("coordinates", coordinates(s)); //$NON-NLS-1$
            entry.addProperty("real", s.real()); //$NON-NLS-1$
            entry.addProperty("multiplicity", s.multiplicity()); //$NON-NLS-1$
            entry.addProperty("singular", s.singular()); //$NON-NLS-1$
            if (Double.isFinite(s.residual())) {
                entry.addProperty("residual", s.residual()); //$NON-NLS-1$
            }
            solutions.add(entry);
        }
        json.add("solutions", solutions); //$NON-NLS-1$
        json.addProperty("isolatedSolutions", d.isolated().size()); //$NON-NLS-1$
        JsonArray witnessSets = new JsonArray();
        for (WitnessSet w : d.witnessSets()) {
            JsonObject entry = new JsonObject();
            entry.addProperty(DIMENSION, w.dimension());
            entry.addProperty("witnessPoints", w.points().size()); //$NON-NLS-1$
            entry.addProperty("pathsTracked", w.pathsTracked()); //$NON-NLS-1$
            entry.addProperty("failedPaths", w.pathsFailed()); //$NON-NLS-1$
            entry.addProperty("excessPaths", w.pathsExcess()); //$NON-NLS-1$
            entry.addProperty("junkPoints", w.junkPoints()); //$NON-NLS-1$
            witnessSets.add(entry);
        }
        json.add("witnessSets", witnessSets); //$NON-NLS-1$
        json.addProperty("complete", d.complete()); //$NON-NLS-1$
        if (!d.complete()) {
            json.addProperty("incompleteReason", d.incompleteReason()); //$NON-NLS-1$
        }
        json.addProperty("certified", false); //$NON-NLS-1$
        json.addProperty("method", d.method()); //$NON-NLS-1$
        json.addProperty("seconds", d.seconds()); //$NON-NLS-1$
    }

    private static JsonArray coordinates(Solution s) {
        JsonArray coordinates = new JsonArray();
        for (Complex z : s.coordinates()) {
            JsonArray pair = new JsonArray();
            pair.add(z.re());
            pair.add(z.im());
            coordinates.add(pair);
        }
        return coordinates;
    }

    /**
     * Compares every exact count with the top dimension and its degree (the counter's degree counts
     * with multiplicity, as the witness set's degree does).
     *
     * @return the first disagreement, or null
     */
    private static String crossCheck(JsonObject json, Decomposition d) {
        if (!json.has("crossCheck")) { //$NON-NLS-1$
            return null;
        }
        String disagreement = null;
        int degree = d.dimension() < 0 ? 0 : d.witnessSet(d.dimension()).degree();
        for (JsonElement element : json.getAsJsonArray("crossCheck")) { //$NON-NLS-1$
            JsonObject entry = element.getAsJsonObject();
            if (!entry.has(DIMENSION)) {
                continue;
            }
            boolean agrees = entry.get(DIMENSION).getAsInt() == d.dimension() && entry.get(DEGREE).getAsLong() == degree;
            entry.addProperty("agrees", agrees); //$NON-NLS-1$
            entry.addProperty("numericalDimension", d.dimension()); //$NON-NLS-1$
            entry.addProperty("numericalDegree", degree); //$NON-NLS-1$
            if (!agrees && disagreement == null) {
                disagreement = "the decomposition has dimension " + d.dimension() + " and degree " + degree + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + entry.get("counter").getAsString() + " mod " + entry.get("prime").getAsLong() //$NON-NLS-1$ //$NON-NLS-2$
                        + " finds dimension " + entry.get(DIMENSION).getAsInt() + " and degree " //$NON-NLS-1$ //$NON-NLS-2$
                        + entry.get(DEGREE).getAsLong();
            }
        }
        return disagreement;
    }

    /** Prints the components and isolated points of a decomposition report, one line each. */
    static void print(JsonObject json, PrintStream out) {
        for (JsonElement element : json.getAsJsonArray(COMPONENTS)) {
            JsonObject entry = element.getAsJsonObject();
            for (JsonElement c : entry.getAsJsonArray("irreducible")) { //$NON-NLS-1$
                JsonObject component = c.getAsJsonObject();
                out.println("  component of dimension " + entry.get(DIMENSION).getAsInt() + ", degree " //$NON-NLS-1$ //$NON-NLS-2$
                        + component.get(DEGREE).getAsInt() + ", trace test " + component.get("traceTest").getAsString() //$NON-NLS-1$ //$NON-NLS-2$
                        + ", witness points " + component.get("witnessPoints")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        json.getAsJsonArray("solutions").forEach(s -> out.println("  isolated " + s)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
