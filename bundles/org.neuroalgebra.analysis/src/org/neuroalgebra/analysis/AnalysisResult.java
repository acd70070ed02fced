// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;

import com.google.gson.JsonObject;

/**
 * The outcome of an analysis. Results are plain objects: the headless application serializes
 * them to JSON (via {@link #toJson()}, written with {@link ResultJson}), and views render the
 * declared {@link #figures()}, {@link #tables()} and {@link #charts()}. Every result says how it
 * was obtained ({@link #provenance()}).
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

    /**
     * @return how the result was obtained: whether it is certified, the method, the seed, the time
     *         and the notes; {@link ResultJson} writes it as the tail of every result's JSON
     */
    Provenance provenance();

    /** @return true only when the main figure is proven in the sense of {@link #CERTIFIED_DEFINITION} */
    default boolean certified() {
        return provenance().certified();
    }

    /** @return how the result was computed, for humans */
    default String method() {
        return provenance().method();
    }

    /** @return the seed of every randomized step */
    default long seed() {
        return provenance().seed();
    }

    /** @return wall-clock seconds spent */
    default double seconds() {
        return provenance().seconds();
    }

    /** @return a few human-readable lines summarizing the result, for terminals and views */
    List<String> summary();

    /**
     * @return the result as a JSON object (its documented fields, see docs/RESULTS.md), written
     *         with {@link ResultJson} so that the head, the tail and the conventions are shared
     */
    JsonObject toJson();

    /**
     * @return numeric series worth plotting (may be empty)
     * @deprecated use {@link #charts()}, which declares axes, scales, markers and legends
     */
    @Deprecated(forRemoval = true)
    default List<ResultSeries> series() {
        return List.of();
    }

    /**
     * @return pictures with their own x values: scatter plots, curves, bar charts (may be empty)
     * @deprecated use {@link #charts()}, which declares axes, scales, markers and legends
     */
    @Deprecated(forRemoval = true)
    default List<ResultPicture> pictures() {
        return List.of();
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
