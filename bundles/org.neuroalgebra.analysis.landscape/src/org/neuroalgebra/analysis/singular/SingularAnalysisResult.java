// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;

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
 * the set cut out by the inequalities, each {@code {point, description}}); {@code certified} (always
 * false: modular ranks and counts at random points are not proofs, see {@link #certified()}), {@code seed},
 * {@code method}, {@code seconds}.
 */
public record SingularAnalysisResult(String subject, List<String> parameterNames, List<SparseStratum> strata,
        PointClassification point, SingularLocus locus, CurveStrata curve, long seed, double seconds)
        implements AnalysisResult {

    @Override
    public String analysisId() {
        return SingularAnalysis.ID;
    }

    /**
     * Never: strata dimensions are Jacobian ranks modulo a prime at a random point, lower bounds
     * that equal the truth for all but finitely many primes and points but prove no upper bound;
     * singular loci are Gröbner counts modulo primes; points are located numerically.
     */
    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public String method() {
        if (locus != null) {
            return "Gröbner count of F and its partials modulo two primes: " + locus.method() //$NON-NLS-1$
                    + (curve == null ? "" : "; real singular and end points located by homotopy continuation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "exact Jacobian ranks modulo a prime at random integer points (lower bounds, equal to the " //$NON-NLS-1$
                + "dimensions for all but finitely many primes and points; not a proof)" //$NON-NLS-1$
                + (point == null ? "" : "; the point by the numerical rank of its Jacobian"); //$NON-NLS-1$ //$NON-NLS-2$
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
        lines.add(String.format("method: %s; seed %d; %.3f s", method(), seed, seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        if (locus != null) {
            JsonObject entry = new JsonObject();
            entry.addProperty("dimension", locus.dimension()); //$NON-NLS-1$
            entry.addProperty("degree", locus.degree()); //$NON-NLS-1$
            entry.addProperty("distinctPoints", locus.distinctPoints()); //$NON-NLS-1$
            JsonArray primes = new JsonArray();
            locus.primes().forEach(primes::add);
            entry.add("primes", primes); //$NON-NLS-1$
            json.add("singularLocus", entry); //$NON-NLS-1$
            if (curve != null) {
                json.add("singularPoints", points(curve.singularPoints())); //$NON-NLS-1$
                json.add("boundaryPoints", points(curve.boundaryPoints())); //$NON-NLS-1$
            }
        } else {
            json.addProperty("dimension", dimension()); //$NON-NLS-1$
            JsonArray array = new JsonArray();
            for (SparseStratum stratum : strata) {
                JsonObject entry = new JsonObject();
                entry.add("zeroNeurons", names(stratum.zeroNeurons())); //$NON-NLS-1$
                entry.add("constantNeurons", names(stratum.constantNeurons())); //$NON-NLS-1$
                entry.addProperty("dimension", stratum.dimension()); //$NON-NLS-1$
                entry.addProperty("codimension", dimension() - stratum.dimension()); //$NON-NLS-1$
                array.add(entry);
            }
            json.add("strata", array); //$NON-NLS-1$
            if (point != null) {
                JsonObject entry = new JsonObject();
                entry.addProperty("stratum", point.stratum().label()); //$NON-NLS-1$
                entry.addProperty("jacobianRank", point.jacobianRank()); //$NON-NLS-1$
                entry.addProperty("gapRatio", Double.isFinite(point.gapRatio()) ? point.gapRatio() : -1); //$NON-NLS-1$
                entry.addProperty("genericRank", point.genericRank()); //$NON-NLS-1$
                entry.add("zeroNeurons", names(point.zeroNeurons())); //$NON-NLS-1$
                entry.add("sparse", names(point.sparseDescription())); //$NON-NLS-1$
                json.add("point", entry); //$NON-NLS-1$
            }
        }
        json.addProperty("certified", certified()); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
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

    private static JsonArray names(List<String> names) {
        JsonArray array = new JsonArray();
        names.forEach(array::add);
        return array;
    }
}
