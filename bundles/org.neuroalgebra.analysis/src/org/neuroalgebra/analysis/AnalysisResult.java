// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;

import com.google.gson.JsonObject;

/**
 * The outcome of an analysis. Results are plain objects: the headless application serializes
 * them to JSON field by field (via {@link #toJson()}), and views render the same objects.
 * Every result says how it was obtained.
 */
public interface AnalysisResult {

    /** @return the id of the analysis that produced this result */
    String analysisId();

    /** @return the name of the subject (architecture or variety) analysed */
    String subject();

    /**
     * What {@link #certified()} means for every analysis, in words for the help (the same text as
     * docs/CERTIFICATES.md).
     */
    String CERTIFIED_DEFINITION = "certified: a count is certified when (a) every reported solution has a " //$NON-NLS-1$
            + "certificate (Krawczyk: a unique true solution in a small box), the boxes are pairwise disjoint, and " //$NON-NLS-1$
            + "their number equals an exact count modulo two different primes that agree, or (b) a proven lower " //$NON-NLS-1$
            + "bound meets a proven upper bound (dimension); anything else is numerical, with the evidence"; //$NON-NLS-1$

    /** @return true only when the main figure is proven in the sense of {@link #CERTIFIED_DEFINITION} */
    boolean certified();

    /** @return how the result was computed, for humans */
    String method();

    /** @return the seed of every randomized step */
    long seed();

    /** @return wall-clock seconds spent */
    double seconds();

    /** @return a few human-readable lines summarizing the result, for terminals and views */
    List<String> summary();

    /** @return the result as a JSON object (its documented fields) */
    JsonObject toJson();

    /** @return numeric series worth plotting (may be empty) */
    default List<ResultSeries> series() {
        return List.of();
    }

    /** @return pictures with their own x values: scatter plots, curves, bar charts (may be empty) */
    default List<ResultPicture> pictures() {
        return List.of();
    }

    /**
     * @return how the result was obtained; results will own one {@link Provenance} value instead of
     *         the separate accessors above, which then delegate to it
     */
    default Provenance provenance() {
        return Provenance.of(certified(), method(), seed(), seconds());
    }

    /**
     * @return the values a person reads first, main figure first, each with its label, unit and
     *         evidence; the workbench's summary, comparisons and reports show these instead of
     *         knowing the analysis. Empty means the result declares none (views fall back to
     *         {@link #summary()}).
     */
    default List<ResultFigure> figures() {
        return List.of();
    }

    /** @return the tables of the result (critical points, strata, runs); may be empty */
    default List<ResultTable> tables() {
        return List.of();
    }

    /**
     * @return the charts of the result, with their axes, scales, markers and legends declared; the
     *         workbench and the headless renderer draw exactly these
     */
    default List<ResultChart> charts() {
        return List.of();
    }
}
