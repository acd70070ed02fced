// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The dimension and degree of a variety given by equations, from Gröbner bases modulo two
 * primes. JSON fields: {@code subject}, {@code dimension}, {@code ambientDimension},
 * {@code degree}, {@code primes}, {@code certified} (false: a result modulo p equals the one
 * over Q for all but finitely many p, and two primes agreeing makes a bad prime unlikely, but it
 * is not a proof), and the provenance tail (docs/RESULTS.md).
 */
public record VarietyDimensionResult(String subject, int dimension, int ambientDimension, long degree,
        List<Long> primes, long seed, String method, double seconds) implements AnalysisResult {

    @Override
    public String analysisId() {
        return DimensionAnalysis.ID;
    }

    /** Not certified: modular Gröbner results are not a proof over Q. */
    @Override
    public Provenance provenance() {
        return Provenance.of(false, method, seed, seconds);
    }

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: dimension %d in C^%d, degree %d (exact modulo the primes %s; not a proof over Q)", //$NON-NLS-1$
                subject, dimension, ambientDimension, degree, primes));
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonArray primeList = new JsonArray();
        primes.forEach(primeList::add);
        return ResultJson.begin(this).integer("dimension", dimension) //$NON-NLS-1$
                .integer("ambientDimension", ambientDimension) //$NON-NLS-1$
                .integer("degree", degree) //$NON-NLS-1$
                .element("primes", primeList) //$NON-NLS-1$
                .end();
    }

    /** Exact modulo two primes that agree: numerical evidence in the sense of the certificate. */
    @Override
    public List<ResultFigure> figures() {
        return List.of(ResultFigure.of("dimension", "Dimension of the variety", (long) dimension, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("degree", "Degree of the variety", degree, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("ambientDimension", "Ambient dimension", (long) ambientDimension), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
