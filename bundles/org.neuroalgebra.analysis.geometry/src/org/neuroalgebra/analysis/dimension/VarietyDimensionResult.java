// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The dimension and degree of a variety given by equations, from Gröbner bases modulo two
 * primes. JSON fields: {@code subject}, {@code dimension}, {@code ambientDimension},
 * {@code degree}, {@code primes}, {@code certified} (false: a result modulo p equals the one
 * over Q for all but finitely many p, and two primes agreeing makes a bad prime unlikely, but it
 * is not a proof), {@code seed}, {@code method}, {@code seconds}.
 */
public record VarietyDimensionResult(String subject, int dimension, int ambientDimension, long degree,
        List<Long> primes, long seed, String method, double seconds) implements AnalysisResult {

    @Override
    public String analysisId() {
        return DimensionAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public List<String> summary() {
        return List.of(String.format("%s: dimension %d in C^%d, degree %d (exact modulo the primes %s; not a proof over Q)", //$NON-NLS-1$
                subject, dimension, ambientDimension, degree, primes),
                String.format("method: %s; seed %d; %.3f s", method, seed, seconds)); //$NON-NLS-1$
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("dimension", dimension); //$NON-NLS-1$
        json.addProperty("ambientDimension", ambientDimension); //$NON-NLS-1$
        json.addProperty("degree", degree); //$NON-NLS-1$
        JsonArray primeList = new JsonArray();
        primes.forEach(primeList::add);
        json.add("primes", primeList); //$NON-NLS-1$
        json.addProperty("certified", certified()); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        json.addProperty("method", method); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }
}
