// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultSeries;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * A {@link DimensionResult} as an analysis result. JSON fields: {@code subject},
 * {@code architecture} (description), {@code dimension}, {@code ambientDimension},
 * {@code parameterDimension}, {@code expectedDimension}, {@code lowerBound}, {@code upperBound},
 * {@code certified}, {@code filling}, {@code defective}, {@code genericFiberDimension},
 * {@code numericalRank}, {@code gapRatio}, {@code singularValues}, {@code primeRanks}
 * ({@code [{prime, rank}]}), {@code notes}, {@code seed}, {@code method}, {@code seconds}.
 */
public record DimensionAnalysisResult(String subject, String description, DimensionResult result)
        implements AnalysisResult {

    @Override
    public String analysisId() {
        return DimensionAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return result.certified();
    }

    @Override
    public String method() {
        return result.method();
    }

    @Override
    public long seed() {
        return result.seed();
    }

    @Override
    public double seconds() {
        return result.seconds();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add(result.toString());
        lines.add(String.format("bounds: %d ≤ dim M ≤ %d; numerical rank %d (gap ratio %.3g); generic fibre dimension %d", //$NON-NLS-1$
                result.lowerBound(), result.upperBound(), result.numericalRank(), result.gapRatio(),
                result.genericFiberDimension()));
        result.notes().forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", result.method(), result.seed(), result.seconds())); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("architecture", description); //$NON-NLS-1$
        json.addProperty("dimension", result.dimension()); //$NON-NLS-1$
        json.addProperty("ambientDimension", result.ambientDimension()); //$NON-NLS-1$
        json.addProperty("parameterDimension", result.parameterDimension()); //$NON-NLS-1$
        json.addProperty("expectedDimension", result.expectedDimension()); //$NON-NLS-1$
        json.addProperty("lowerBound", result.lowerBound()); //$NON-NLS-1$
        json.addProperty("upperBound", result.upperBound()); //$NON-NLS-1$
        json.addProperty("certified", result.certified()); //$NON-NLS-1$
        json.addProperty("filling", result.filling()); //$NON-NLS-1$
        json.addProperty("defective", result.defective()); //$NON-NLS-1$
        json.addProperty("genericFiberDimension", result.genericFiberDimension()); //$NON-NLS-1$
        json.addProperty("numericalRank", result.numericalRank()); //$NON-NLS-1$
        // An all-zero Jacobian has an infinite gap; JSON has no infinity, so it is written as null.
        if (Double.isFinite(result.gapRatio())) {
            json.addProperty("gapRatio", result.gapRatio()); //$NON-NLS-1$
        } else {
            json.add("gapRatio", JsonNull.INSTANCE); //$NON-NLS-1$
        }
        JsonArray singular = new JsonArray();
        for (double s : result.singularValues()) {
            singular.add(s);
        }
        json.add("singularValues", singular); //$NON-NLS-1$
        JsonArray primes = new JsonArray();
        for (PrimeRank rank : result.primeRanks()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("prime", rank.prime()); //$NON-NLS-1$
            entry.addProperty("rank", rank.rank()); //$NON-NLS-1$
            primes.add(entry);
        }
        json.add("primeRanks", primes); //$NON-NLS-1$
        JsonArray notes = new JsonArray();
        result.notes().forEach(notes::add);
        json.add("notes", notes); //$NON-NLS-1$
        json.addProperty("seed", result.seed()); //$NON-NLS-1$
        json.addProperty("method", result.method()); //$NON-NLS-1$
        json.addProperty("seconds", result.seconds()); //$NON-NLS-1$
        return json;
    }

    @Override
    public List<ResultSeries> series() {
        return List.of(new ResultSeries("Singular values of the Jacobian", "index", "singular value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                result.singularValues(), true, result.numericalRank()));
    }
}
