// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The one writer of results' JSON: it owns the head ({@code analysis}, {@code subject}), the tail
 * ({@code certified}, {@code method}, {@code seed}, {@code seconds}, {@code notes}, from the
 * result's {@link Provenance}) and the conventions every field follows, so that no analysis can
 * drift from them:
 * <ul>
 * <li>an unknown value is {@code null}, never a sentinel such as −1;</li>
 * <li>an infinite or NaN number is {@code null} (JSON has neither);</li>
 * <li>counts are integers, reals are written in full precision.</li>
 * </ul>
 * An analysis writes its own fields between head and tail:
 *
 * <pre>
 * ResultJson json = ResultJson.begin(this);
 * json.integer("dimension", dimension);
 * json.number("gapRatio", gapRatio);
 * return json.end();
 * </pre>
 *
 * docs/RESULTS.md lists the fields of every built-in analysis.
 */
public final class ResultJson {

    private final AnalysisResult result;
    private final JsonObject json = new JsonObject();

    private ResultJson(AnalysisResult result) {
        this.result = result;
        json.addProperty("analysis", result.analysisId()); //$NON-NLS-1$
        json.addProperty("subject", result.subject()); //$NON-NLS-1$
    }

    /** @return a writer holding the head of the result's JSON */
    public static ResultJson begin(AnalysisResult result) {
        return new ResultJson(result);
    }

    /** @return the JSON with the provenance tail appended */
    public JsonObject end() {
        Provenance provenance = result.provenance();
        json.addProperty("certified", provenance.certified()); //$NON-NLS-1$
        json.addProperty("method", provenance.method()); //$NON-NLS-1$
        json.addProperty("seed", provenance.seed()); //$NON-NLS-1$
        json.add("seconds", number(provenance.seconds())); //$NON-NLS-1$
        json.add("notes", texts(provenance.notes())); //$NON-NLS-1$
        return json;
    }

    /** Writes a text, {@code null} when unknown. */
    public ResultJson text(String name, String value) {
        json.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
        return this;
    }

    /** Writes an integer that is always known. */
    public ResultJson integer(String name, long value) {
        json.addProperty(name, value);
        return this;
    }

    /** Writes an integer, {@code null} when {@code known} is false. */
    public ResultJson integer(String name, long value, boolean known) {
        json.add(name, known ? new JsonPrimitive(value) : JsonNull.INSTANCE);
        return this;
    }

    /** Writes a real number; infinite and NaN values are {@code null}. */
    public ResultJson number(String name, double value) {
        json.add(name, number(value));
        return this;
    }

    /** Writes a yes/no answer, {@code null} when unknown. */
    public ResultJson flag(String name, Boolean value) {
        json.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
        return this;
    }

    /** Writes real numbers (see {@link #numbers(double[])}). */
    public ResultJson numbers(String name, double[] values) {
        json.add(name, numbers(values));
        return this;
    }

    /** Writes texts. */
    public ResultJson texts(String name, List<String> values) {
        json.add(name, texts(values));
        return this;
    }

    /** Writes a nested value built with the static helpers; {@code null} writes JSON null. */
    public ResultJson element(String name, JsonElement value) {
        json.add(name, value == null ? JsonNull.INSTANCE : value);
        return this;
    }

    /** @return a real number as JSON: {@code null} when infinite or NaN */
    public static JsonElement number(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    /** @return an integer as JSON, {@code null} when not known */
    public static JsonElement integer(long value, boolean known) {
        return known ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    /** @return the numbers as a JSON array, infinite and NaN entries {@code null} */
    public static JsonArray numbers(double[] values) {
        JsonArray array = new JsonArray();
        for (double value : values) {
            array.add(number(value));
        }
        return array;
    }

    /** @return the texts as a JSON array */
    public static JsonArray texts(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
