// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.implicitize;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The equations of a neuromanifold up to a degree. Equations are written in the variables
 * {@code c1}, …, {@code cN}: c_k is the k-th ambient coordinate of the parametrization, whose
 * own name (e.g. {@code x1*x2}, {@code y[1,1]:x_{1,1}^3}) is listed in {@code coordinates}.
 * <p>
 * JSON fields: {@code analysis}, {@code subject}, {@code architecture}, {@code degree} (the
 * largest degree searched), {@code cone}, {@code spanDimension}, {@code coordinates}
 * ({@code [{variable, coordinate}]}), {@code chart} (the variables the higher degree equations
 * use), {@code linearEquations}, {@code equations} (all equations: the linear ones, then the
 * new generators of degree 2..degree), {@code equationDegrees}, {@code primes},
 * {@code verifiedPoints} (every equation vanishes exactly at that many fresh rational points of
 * M: evidence, not a proof), {@code complete} and {@code completeness} (whether and why the
 * equations are proven to be all equations of M up to {@code degree}, see {@link Completeness}),
 * {@code certified} (= {@code complete}), {@code seed}, {@code method}, {@code seconds}.
 *
 * @param subject
 *            the architecture's name
 * @param description
 *            the parametrization described
 * @param coordinateNames
 *            the ambient coordinate names
 * @param equations
 *            the equations found
 * @param complete
 *            whether the equations are proven to be all equations of M up to the degree
 * @param completeness
 *            the proof, or why there is none
 * @param seconds
 *            wall-clock time
 */
public record ImplicitizeResult(String subject, String description, List<String> coordinateNames,
        ImplicitEquations equations, boolean complete, String completeness, double seconds)
        implements AnalysisResult {

    /** Copies the names. */
    public ImplicitizeResult {
        coordinateNames = List.copyOf(coordinateNames);
    }

    /** @return c1, …, cN */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= coordinateNames.size(); k++) {
            names.add("c" + k); //$NON-NLS-1$
        }
        return names;
    }

    @Override
    public String analysisId() {
        return ImplicitizeAnalysis.ID;
    }

    /**
     * Certified only when completeness is proven: vanishing at sample points is evidence that an
     * equation holds on M, and an empty kernel at random points that none is missing, not proofs.
     */
    @Override
    public boolean certified() {
        return complete;
    }

    @Override
    public String method() {
        return "interpolation: kernel of monomials evaluated at random points c_{f_θ} modulo " //$NON-NLS-1$
                + equations.primes() + ", rational reconstruction, verified at " + equations.verifiedPoints() //$NON-NLS-1$
                + " fresh rational points (every equation vanishes exactly there); " + completeness; //$NON-NLS-1$
    }

    @Override
    public long seed() {
        return equations.seed();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add((equations.cone() ? "a cone" : "not a cone") + " spanning a linear space of dimension " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + equations.spanDimension() + "; " + equations.linearEquations().size() + " linear equations, " //$NON-NLS-1$ //$NON-NLS-2$
                + equations.equations().size() + " of degree 2.." + equations.maxDegree()); //$NON-NLS-1$
        List<String> names = variables();
        for (int k : equations.chartCoordinates()) {
            lines.add("  " + names.get(k) + " = " + coordinateNames.get(k)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Polynomial f : equations.equations()) {
            lines.add("  " + f.toString(names) + " = 0"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        lines.add(complete ? "certified: " + completeness //$NON-NLS-1$
                : "numerical: verified at " + equations.verifiedPoints() + " points; not proven complete (" //$NON-NLS-1$ //$NON-NLS-2$
                        + completeness + ")"); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", method(), seed(), seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        List<String> names = variables();
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("architecture", description); //$NON-NLS-1$
        json.addProperty("degree", equations.maxDegree()); //$NON-NLS-1$
        json.addProperty("cone", equations.cone()); //$NON-NLS-1$
        json.addProperty("spanDimension", equations.spanDimension()); //$NON-NLS-1$
        JsonArray coordinates = new JsonArray();
        for (int k = 0; k < names.size(); k++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("variable", names.get(k)); //$NON-NLS-1$
            entry.addProperty("coordinate", coordinateNames.get(k)); //$NON-NLS-1$
            coordinates.add(entry);
        }
        json.add("coordinates", coordinates); //$NON-NLS-1$
        JsonArray chart = new JsonArray();
        equations.chartCoordinates().forEach(k -> chart.add(names.get(k)));
        json.add("chart", chart); //$NON-NLS-1$
        JsonArray linear = new JsonArray();
        equations.linearEquations().forEach(f -> linear.add(f.toString(names)));
        json.add("linearEquations", linear); //$NON-NLS-1$
        JsonArray all = new JsonArray();
        JsonArray degrees = new JsonArray();
        for (Polynomial f : equations.all()) {
            all.add(f.toString(names));
            degrees.add(f.degree());
        }
        json.add("equations", all); //$NON-NLS-1$
        json.add("equationDegrees", degrees); //$NON-NLS-1$
        JsonArray primes = new JsonArray();
        equations.primes().forEach(primes::add);
        json.add("primes", primes); //$NON-NLS-1$
        json.addProperty("verifiedPoints", equations.verifiedPoints()); //$NON-NLS-1$
        json.addProperty("complete", complete); //$NON-NLS-1$
        json.addProperty("completeness", completeness); //$NON-NLS-1$
        json.addProperty("certified", certified()); //$NON-NLS-1$
        json.addProperty("seed", seed()); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }
}
