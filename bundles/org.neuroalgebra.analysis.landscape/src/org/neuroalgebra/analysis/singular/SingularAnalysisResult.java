// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Marker;
import org.neuroalgebra.analysis.ResultChart.Orientation;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code singular} result. JSON fields: {@code subject}; for networks {@code dimension} (dim M),
 * {@code strata} (each {@code {zeroNeurons, constantNeurons, dimension, codimension}}, codimension in
 * M, constantNeurons those emitting σ(0) ≠ 0; for CNNs the "neurons" are zero filters {@code w1} and
 * zero filter entries {@code w1[3]}; for attention the one stratum M itself), and with a
 * point {@code point} ({@code {stratum, jacobianRank, gapRatio, genericRank, zeroNeurons, sparse}},
 * {@code sparse} saying which weights of each zero neuron vanish); for
 * varieties {@code singularLocus} ({@code {dimension, degree, distinctPoints, primes}}, dimension −1:
 * smooth), and for plane curves {@code singularPoints} and {@code boundaryPoints} (the real ones in
 * the set cut out by the inequalities, each {@code {point, description}}); for hypersurfaces in 3 or
 * more coordinates {@code singularPoints} (each {@code {point, type, hessianRank, certified, description}})
 * and {@code boundaryStrata} (each {@code {active, dimension, degree}}, over C); and the provenance tail
 * (docs/RESULTS.md; {@code certified} always false: modular ranks and counts at random points are not
 * proofs, see {@link #provenance()}). Unknown values ({@code gapRatio} of an all-zero Jacobian,
 * {@code distinctPoints} of an infinite locus) are null.
 */
public record SingularAnalysisResult(String subject, List<String> parameterNames, List<SparseStratum> strata,
        PointClassification point, SingularLocus locus, CurveStrata curve, HypersurfaceStrata hypersurface, long seed,
        double seconds)
        implements AnalysisResult {

    @Override
    public String analysisId() {
        return SingularAnalysis.ID;
    }

    /**
     * Never certified: strata dimensions are Jacobian ranks modulo a prime at a random point, lower
     * bounds that equal the truth for all but finitely many primes and points but prove no upper
     * bound; singular loci are Gröbner counts modulo primes; points are located numerically.
     */
    @Override
    public Provenance provenance() {
        String method;
        if (locus != null) {
            method = "Gröbner count of F and its partials (several equations: and the minors of their Jacobian) " //$NON-NLS-1$
                    + "modulo two primes: " + locus.method() //$NON-NLS-1$
                    + (curve == null ? "" : "; real singular and end points located by homotopy continuation") //$NON-NLS-1$ //$NON-NLS-2$
                    + (hypersurface == null ? "" //$NON-NLS-1$
                            : "; real singular points located by homotopy continuation, A_1 points certified as " //$NON-NLS-1$
                                    + "regular zeros of the gradient (Krawczyk), types from the numerical Hessian rank"); //$NON-NLS-1$
        } else {
            method = "exact Jacobian ranks modulo a prime at random integer points (lower bounds, equal to the " //$NON-NLS-1$
                    + "dimensions for all but finitely many primes and points; not a proof)" //$NON-NLS-1$
                    + (point == null ? "" : "; the point by the numerical rank of its Jacobian"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Provenance.of(false, method, seed, seconds);
    }

    /** @return dim M, the dimension of the stratum without removed neurons */
    public int dimension() {
        return strata.isEmpty() ? -1 : strata.get(0).dimension();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (locus != null) {
            lines.add(subject + ": " + (locus.isEmpty() ? "smooth (no singular point over C)" //$NON-NLS-1$ //$NON-NLS-2$
                    : "singular locus of dimension " + locus.dimension() + " and degree " + locus.degree())); //$NON-NLS-1$ //$NON-NLS-2$
            if (curve != null) {
                curve.singularPoints().forEach(p -> lines.add("  " + p.description())); //$NON-NLS-1$
                curve.boundaryPoints().forEach(p -> lines.add("  " + p.description())); //$NON-NLS-1$
            }
            if (hypersurface != null) {
                hypersurface.singularPoints().forEach(p -> lines.add("  " + p.description())); //$NON-NLS-1$
                hypersurface.boundaries().forEach(b -> lines.add("  " + b.description())); //$NON-NLS-1$
            }
        } else {
            lines.add(subject + ": dim M = " + dimension()); //$NON-NLS-1$
            for (SparseStratum stratum : strata.subList(1, strata.size())) {
                lines.add(String.format("  %s: dimension %d", stratum.describe(), stratum.dimension())); //$NON-NLS-1$
            }
            if (point != null) {
                lines.add(String.format("point: %s (Jacobian rank %d of generic %d, gap %.3g; zero parts %s)", //$NON-NLS-1$
                        point.stratum().label(), point.jacobianRank(), point.genericRank(), point.gapRatio(),
                        point.sparseDescription()));
            }
        }
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        ResultJson json = ResultJson.begin(this);
        if (locus != null) {
            JsonObject entry = new JsonObject();
            entry.addProperty("dimension", locus.dimension()); //$NON-NLS-1$
            entry.addProperty("degree", locus.degree()); //$NON-NLS-1$
            entry.add("distinctPoints", ResultJson.integer(locus.distinctPoints(), locus.distinctPoints() >= 0)); //$NON-NLS-1$
            JsonArray primes = new JsonArray();
            locus.primes().forEach(primes::add);
            entry.add("primes", primes); //$NON-NLS-1$
            json.element("singularLocus", entry); //$NON-NLS-1$
            if (curve != null) {
                json.element("singularPoints", points(curve.singularPoints())); //$NON-NLS-1$
                json.element("boundaryPoints", points(curve.boundaryPoints())); //$NON-NLS-1$
            }
            if (hypersurface != null) {
                json.element("singularPoints", singularPoints(hypersurface.singularPoints())); //$NON-NLS-1$
                json.element("boundaryStrata", boundaryStrata(hypersurface.boundaries())); //$NON-NLS-1$
            }
        } else {
            json.integer("dimension", dimension()); //$NON-NLS-1$
            JsonArray array = new JsonArray();
            for (SparseStratum stratum : strata) {
                JsonObject entry = new JsonObject();
                entry.add("zeroNeurons", ResultJson.texts(stratum.zeroNeurons())); //$NON-NLS-1$
                entry.add("constantNeurons", ResultJson.texts(stratum.constantNeurons())); //$NON-NLS-1$
                entry.addProperty("dimension", stratum.dimension()); //$NON-NLS-1$
                entry.addProperty("codimension", dimension() - stratum.dimension()); //$NON-NLS-1$
                array.add(entry);
            }
            json.element("strata", array); //$NON-NLS-1$
            if (point != null) {
                JsonObject entry = new JsonObject();
                entry.addProperty("stratum", point.stratum().label()); //$NON-NLS-1$
                entry.addProperty("jacobianRank", point.jacobianRank()); //$NON-NLS-1$
                entry.add("gapRatio", ResultJson.number(point.gapRatio())); //$NON-NLS-1$
                entry.addProperty("genericRank", point.genericRank()); //$NON-NLS-1$
                entry.add("zeroNeurons", ResultJson.texts(point.zeroNeurons())); //$NON-NLS-1$
                entry.add("sparse", ResultJson.texts(point.sparseDescription())); //$NON-NLS-1$
                json.element("point", entry); //$NON-NLS-1$
            }
        }
        return json.end();
    }

    /**
     * dim M or the singular locus first; every value is a modular rank or count at random points,
     * evidence but not a proof.
     */
    @Override
    public List<ResultFigure> figures() {
        List<ResultFigure> figures = new ArrayList<>();
        if (locus != null) {
            figures.add(ResultFigure.of("singular", "Singular", !locus.isEmpty(), Evidence.NUMERICAL)); //$NON-NLS-1$ //$NON-NLS-2$
            figures.add(ResultFigure.of("singularLocusDimension", "Dimension of the singular locus", //$NON-NLS-1$ //$NON-NLS-2$
                    locus.isEmpty() ? null : (Object) (long) locus.dimension(), Evidence.NUMERICAL));
            figures.add(ResultFigure.of("singularLocusDegree", "Degree of the singular locus", //$NON-NLS-1$ //$NON-NLS-2$
                    locus.isEmpty() ? null : (Object) locus.degree(), Evidence.NUMERICAL));
            if (curve != null) {
                figures.add(ResultFigure.info("singularPoints", "Real singular points", //$NON-NLS-1$ //$NON-NLS-2$
                        (long) curve.singularPoints().size()));
            }
            if (hypersurface != null) {
                figures.add(ResultFigure.info("singularPoints", "Real singular points", //$NON-NLS-1$ //$NON-NLS-2$
                        (long) hypersurface.singularPoints().size()));
            }
        } else {
            figures.add(ResultFigure.of("dimension", "Dimension of M", (long) dimension(), Evidence.NUMERICAL)); //$NON-NLS-1$ //$NON-NLS-2$
            figures.add(ResultFigure.info("strata", "Strata", (long) strata.size())); //$NON-NLS-1$ //$NON-NLS-2$
            if (point != null) {
                figures.add(ResultFigure.of("pointStratum", "Stratum of the point", point.stratum().label(), //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.NUMERICAL));
            }
        }
        figures.add(new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return figures;
    }

    /** The strata of a network with their dimensions, or the real singular and end points of a curve. */
    @Override
    public List<ResultTable> tables() {
        if (locus != null) {
            if (hypersurface != null) {
                return hypersurfaceTables();
            }
            if (curve == null) {
                return List.of();
            }
            List<List<Object>> rows = new ArrayList<>();
            for (CurveStrata.CurvePoint p : curve.singularPoints()) {
                rows.add(List.<Object>of("singular", coordinates(p.point()), p.description())); //$NON-NLS-1$
            }
            for (CurveStrata.CurvePoint p : curve.boundaryPoints()) {
                rows.add(List.<Object>of("boundary", coordinates(p.point()), p.description())); //$NON-NLS-1$
            }
            return List.of(new ResultTable("points", "Real singular and boundary points", //$NON-NLS-1$ //$NON-NLS-2$
                    List.of("kind", "point", "description"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SparseStratum stratum : strata) {
            rows.add(List.<Object>of(stratum.describe(), String.join(", ", stratum.zeroNeurons()), //$NON-NLS-1$
                    String.join(", ", stratum.constantNeurons()), (long) stratum.dimension(), //$NON-NLS-1$
                    (long) (dimension() - stratum.dimension())));
        }
        return List.of(new ResultTable("strata", "Strata of M", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("stratum", "zero neurons", "constant neurons", "dimension", "codimension"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** The dimension of each stratum as a bar on a categorical axis. */
    @Override
    public List<ResultChart> charts() {
        if (strata.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        double[] x = new double[strata.size()];
        double[] y = new double[strata.size()];
        for (int s = 0; s < strata.size(); s++) {
            names.add(strata.get(s).describe());
            x[s] = s;
            y[s] = strata.get(s).dimension();
        }
        return List.of(new ResultChart("strata", "Dimension of each stratum of M", Axis.categorical("stratum", names), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Axis.integer("dimension"), List.of(PictureLayer.bars("dimension", x, y)), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(new Marker("dim M = " + dimension(), Orientation.HORIZONTAL, dimension())))); //$NON-NLS-1$
    }

    private List<ResultTable> hypersurfaceTables() {
        List<List<Object>> rows = new ArrayList<>();
        for (HypersurfaceStrata.SingularPoint p : hypersurface.singularPoints()) {
            rows.add(List.<Object>of("singular", coordinates(p.point()), p.type(), p.certified() ? "certified" : "numerical")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (HypersurfaceStrata.BoundaryStratum b : hypersurface.boundaries()) {
            rows.add(List.<Object>of("boundary", b.where(), "dimension " + b.dimension() + ", degree " + b.degree() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " over C", "exact modulo " + locus.primes().get(0))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return List.of(new ResultTable("strata", "Real singular points and boundary strata", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("kind", "where", "type", "evidence"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static JsonArray singularPoints(List<HypersurfaceStrata.SingularPoint> points) {
        JsonArray array = new JsonArray();
        for (HypersurfaceStrata.SingularPoint point : points) {
            JsonObject entry = new JsonObject();
            entry.add("point", ResultJson.numbers(point.point())); //$NON-NLS-1$
            entry.addProperty("type", point.type()); //$NON-NLS-1$
            entry.addProperty("hessianRank", point.hessianRank()); //$NON-NLS-1$
            entry.addProperty("certified", point.certified()); //$NON-NLS-1$
            entry.addProperty("description", point.description()); //$NON-NLS-1$
            array.add(entry);
        }
        return array;
    }

    private static JsonArray boundaryStrata(List<HypersurfaceStrata.BoundaryStratum> strata) {
        JsonArray array = new JsonArray();
        for (HypersurfaceStrata.BoundaryStratum stratum : strata) {
            JsonObject entry = new JsonObject();
            entry.add("active", ResultJson.texts(stratum.active().stream().map(PlaneCurve.Constraint::text).toList())); //$NON-NLS-1$
            entry.addProperty("dimension", stratum.dimension()); //$NON-NLS-1$
            entry.addProperty("degree", stratum.degree()); //$NON-NLS-1$
            array.add(entry);
        }
        return array;
    }

    private static String coordinates(double[] point) {
        StringBuilder text = new StringBuilder("("); //$NON-NLS-1$
        for (int i = 0; i < point.length; i++) {
            text.append(i == 0 ? "" : ", ").append(FigureFormat.real(point[i])); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.append(')').toString();
    }

    private static JsonArray points(List<CurveStrata.CurvePoint> points) {
        JsonArray array = new JsonArray();
        for (CurveStrata.CurvePoint point : points) {
            JsonObject entry = new JsonObject();
            JsonArray coordinates = new JsonArray();
            for (double value : point.point()) {
                coordinates.add(value);
            }
            entry.add("point", coordinates); //$NON-NLS-1$
            entry.addProperty("description", point.description()); //$NON-NLS-1$
            array.add(entry);
        }
        return array;
    }
}
