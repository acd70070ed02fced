// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.implicitize;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;

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
 * {@code onlyTopComponent} (several equations: whether M is proven to be the only
 * top-dimensional component of their zero set, null when not checked; the account is in
 * {@code completeness}), and the provenance tail (docs/RESULTS.md; {@code certified} =
 * {@code complete}).
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
 * @param onlyTopComponent
 *            whether M is proven to be the only top-dimensional component of V(F), null when not
 *            checked
 * @param seconds
 *            wall-clock time
 */
public record ImplicitizeResult(String subject, String description, List<String> coordinateNames,
        ImplicitEquations equations, boolean complete, String completeness, Boolean onlyTopComponent, double seconds)
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
    public Provenance provenance() {
        return Provenance.of(complete, "interpolation: kernel of monomials evaluated at random points c_{f_θ} modulo " //$NON-NLS-1$
                + equations.primes() + ", " + blocks() + ", rational reconstruction, verified at " + equations.verifiedPoints() //$NON-NLS-1$
                + " fresh rational points (every equation vanishes exactly there); " + completeness, //$NON-NLS-1$
                equations.seed(), seconds);
    }

    private String blocks() {
        return equations.gradings().isEmpty() ? "all monomials of a degree at once (no grading found)" //$NON-NLS-1$
                : "each degree split into blocks by " + equations.gradings().size() //$NON-NLS-1$
                        + " gradings from weighted scalings of the parameters (largest block " //$NON-NLS-1$
                        + equations.largestBlock() + " monomials)"; //$NON-NLS-1$
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
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        List<String> names = variables();
        JsonArray coordinates = new JsonArray();
        for (int k = 0; k < names.size(); k++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("variable", names.get(k)); //$NON-NLS-1$
            entry.addProperty("coordinate", coordinateNames.get(k)); //$NON-NLS-1$
            coordinates.add(entry);
        }
        List<String> all = new ArrayList<>();
        JsonArray degrees = new JsonArray();
        for (Polynomial f : equations.all()) {
            all.add(f.toString(names));
            degrees.add(f.degree());
        }
        JsonArray primes = new JsonArray();
        equations.primes().forEach(primes::add);
        return ResultJson.begin(this).text("architecture", description) //$NON-NLS-1$
                .integer("degree", equations.maxDegree()) //$NON-NLS-1$
                .flag("cone", equations.cone()) //$NON-NLS-1$
                .integer("spanDimension", equations.spanDimension()) //$NON-NLS-1$
                .element("coordinates", coordinates) //$NON-NLS-1$
                .texts("chart", equations.chartCoordinates().stream().map(names::get).toList()) //$NON-NLS-1$
                .texts("linearEquations", equations.linearEquations().stream().map(f -> f.toString(names)).toList()) //$NON-NLS-1$
                .texts("equations", all) //$NON-NLS-1$
                .element("equationDegrees", degrees) //$NON-NLS-1$
                .element("primes", primes) //$NON-NLS-1$
                .integer("verifiedPoints", equations.verifiedPoints()) //$NON-NLS-1$
                .flag("complete", complete) //$NON-NLS-1$
                .text("completeness", completeness) //$NON-NLS-1$
                .flag("onlyTopComponent", onlyTopComponent) //$NON-NLS-1$
                .end();
    }

    /**
     * The number of equations first, certified when they are proven complete; the span is exact
     * linear algebra modulo primes, evidence like the equations themselves.
     */
    @Override
    public List<ResultFigure> figures() {
        Evidence evidence = complete ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        List<ResultFigure> figures = new ArrayList<>(List.of(
                ResultFigure.of("equations", "Equations up to degree " + equations.maxDegree(), //$NON-NLS-1$ //$NON-NLS-2$
                        (long) equations.all().size(), evidence),
                ResultFigure.of("linearEquations", "Linear equations", (long) equations.linearEquations().size(), evidence), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("spanDimension", "Dimension of the linear span", (long) equations.spanDimension(), //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.NUMERICAL),
                ResultFigure.of("cone", "A cone", equations.cone(), Evidence.NUMERICAL))); //$NON-NLS-1$ //$NON-NLS-2$
        if (onlyTopComponent != null) {
            figures.add(ResultFigure.of("onlyTopComponent", "M the only top-dimensional component of V(F)", //$NON-NLS-1$ //$NON-NLS-2$
                    onlyTopComponent, onlyTopComponent ? Evidence.CERTIFIED : Evidence.NUMERICAL));
        }
        figures.add(ResultFigure.info("degree", "Largest degree searched", (long) equations.maxDegree())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("verifiedPoints", "Rational points verified", (long) equations.verifiedPoints())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return figures;
    }

    /** The equations with their degrees, and the variables with the coordinates they stand for. */
    @Override
    public List<ResultTable> tables() {
        List<String> names = variables();
        List<List<Object>> rows = new ArrayList<>();
        for (Polynomial f : equations.all()) {
            rows.add(List.<Object>of(f.toString(names) + " = 0", (long) f.degree())); //$NON-NLS-1$
        }
        List<List<Object>> variables = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            variables.add(List.<Object>of(names.get(k), coordinateNames.get(k)));
        }
        return List.of(new ResultTable("equations", "Equations of M", List.of("equation", "degree"), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new ResultTable("coordinates", "Variables and the coordinates they stand for", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of("variable", "coordinate"), variables)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
