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

    /** @return true only when the main figure is proven (exact arithmetic, or two methods agreeing) */
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
}
