// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.ResultTable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A {@link DimensionResult} as an analysis result. JSON fields: {@code subject},
 * {@code architecture} (description), {@code dimension}, {@code ambientDimension},
 * {@code parameterDimension}, {@code expectedDimension}, {@code lowerBound}, {@code upperBound},
 * {@code certified}, {@code filling}, {@code defective}, {@code genericFiberDimension},
 * {@code numericalRank}, {@code gapRatio} (null when infinite), {@code singularValues},
 * {@code primeRanks} ({@code [{prime, rank}]}), and the provenance tail (docs/RESULTS.md).
 */
public record DimensionAnalysisResult(String subject, String description, DimensionResult result)
        implements AnalysisResult {

    @Override
    public String analysisId() {
        return DimensionAnalysis.ID;
    }

    @Override
    public Provenance provenance() {
        return new Provenance(result.certified(), result.method(), result.seed(), result.seconds(), result.notes());
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add(result.toString());
        lines.add(String.format("bounds: %d ≤ dim M ≤ %d; numerical rank %d (gap ratio %.3g); generic fibre dimension %d", //$NON-NLS-1$
                result.lowerBound(), result.upperBound(), result.numericalRank(), result.gapRatio(),
                result.genericFiberDimension()));
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonArray primes = new JsonArray();
        for (PrimeRank rank : result.primeRanks()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("prime", rank.prime()); //$NON-NLS-1$
            entry.addProperty("rank", rank.rank()); //$NON-NLS-1$
            primes.add(entry);
        }
        // An all-zero Jacobian has an infinite gap ratio: null, as every non-finite number.
        return ResultJson.begin(this).text("architecture", description) //$NON-NLS-1$
                .integer("dimension", result.dimension()) //$NON-NLS-1$
                .integer("ambientDimension", result.ambientDimension()) //$NON-NLS-1$
                .integer("parameterDimension", result.parameterDimension()) //$NON-NLS-1$
                .integer("expectedDimension", result.expectedDimension()) //$NON-NLS-1$
                .integer("lowerBound", result.lowerBound()) //$NON-NLS-1$
                .integer("upperBound", result.upperBound()) //$NON-NLS-1$
                .flag("filling", result.filling()) //$NON-NLS-1$
                .flag("defective", result.defective()) //$NON-NLS-1$
                .integer("genericFiberDimension", result.genericFiberDimension()) //$NON-NLS-1$
                .integer("numericalRank", result.numericalRank()) //$NON-NLS-1$
                .number("gapRatio", result.gapRatio()) //$NON-NLS-1$
                .numbers("singularValues", result.singularValues()) //$NON-NLS-1$
                .element("primeRanks", primes) //$NON-NLS-1$
                .end();
    }

    /**
     * dim M first, certified when the proven bounds meet; the bounds themselves are proven (exact
     * ranks modulo primes, and counting), the numerical rank and gap are floating point.
     */
    @Override
    public List<ResultFigure> figures() {
        Evidence dimension = result.certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        return List.of(ResultFigure.of("dimension", "Dimension of M", (long) result.dimension(), dimension), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("ambientDimension", "Ambient dimension", (long) result.ambientDimension()), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("parameterDimension", "Number of parameters", (long) result.parameterDimension()), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("expectedDimension", "Expected dimension", (long) result.expectedDimension()), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("lowerBound", "Lower bound (exact rank modulo a prime)", (long) result.lowerBound(), //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.CERTIFIED),
                ResultFigure.of("upperBound", "Upper bound", (long) result.upperBound(), Evidence.CERTIFIED), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("genericFiberDimension", "Generic fibre dimension", //$NON-NLS-1$ //$NON-NLS-2$
                        (long) result.genericFiberDimension(), dimension),
                ResultFigure.of("defective", "Defective", result.defective(), dimension), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("numericalRank", "Numerical rank of the Jacobian", (long) result.numericalRank(), //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.NUMERICAL),
                ResultFigure.of("gapRatio", "Gap ratio at the rank", finite(result.gapRatio()), Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", result.seconds(), "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public List<ResultTable> tables() {
        List<List<Object>> rows = new ArrayList<>();
        for (PrimeRank rank : result.primeRanks()) {
            rows.add(List.<Object>of(rank.prime(), (long) rank.rank()));
        }
        return List.of(new ResultTable("primeRanks", "Jacobian rank modulo each prime", List.of("prime", "rank"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The singular values on a log axis, with the numerical rank marked. */
    @Override
    public List<ResultChart> charts() {
        return List.of(ResultChart.spectrum("singularValues", "Singular values of the Jacobian at a random point", //$NON-NLS-1$ //$NON-NLS-2$
                "singular value", result.singularValues(), result.numericalRank())); //$NON-NLS-1$
    }

    /** @deprecated use {@link #charts()} */
    @Deprecated(forRemoval = true)
    @Override
    public List<ResultSeries> series() {
        return List.of(new ResultSeries("Singular values of the Jacobian", "index", "singular value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                result.singularValues(), true, result.numericalRank()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
