// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.ResultFigure;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * One row of a sweep's table: one run of one member. Rows travel between JVMs and are kept in the
 * journal as JSON, so a row is plain data: its figures keep the JSON value the result declared.
 *
 * @param member
 *            the member's index, 0-based, in the sweep's fixed order
 * @param key
 *            the member's chosen values, space separated
 * @param architecture
 *            the member's expanded architecture on one line
 * @param run
 *            the run's position in the sweep, 1-based
 * @param analysis
 *            the run's analysis id
 * @param status
 *            what became of the run
 * @param figures
 *            the result's figures (empty unless {@link Status#DONE}), without its time, which is {@code seconds}
 * @param certified
 *            the result's own flag; false unless done
 * @param method
 *            how the result was computed, empty unless done
 * @param seed
 *            the seed of the run
 * @param seconds
 *            wall-clock seconds of the run (of the whole member for a member refused, invalid or out of time)
 * @param message
 *            the error, refusal or time limit in one line; empty when done
 */
public record SweepRow(int member, String key, String architecture, int run, String analysis, Status status,
        List<Figure> figures, boolean certified, String method, long seed, double seconds, String message) {

    /** What became of a run. */
    public enum Status {
        DONE("done"), //$NON-NLS-1$
        FAILED("failed"), //$NON-NLS-1$
        TIMED_OUT("timed out"), //$NON-NLS-1$
        REFUSED("refused"), //$NON-NLS-1$
        INVALID("invalid"); //$NON-NLS-1$

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** @return the word written in tables */
        public String word() {
            return word;
        }

        /** @return the status written as {@code word} */
        public static Status of(String word) {
            for (Status status : values()) {
                if (status.word.equals(word)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown row status '" + word + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * One figure of a result as a row keeps it.
     *
     * @param key
     *            the figure's key ({@link ResultFigure#key()})
     * @param value
     *            its value as JSON: a number, a boolean, a text or null
     * @param evidence
     *            {@code certified}, {@code numerical} or {@code info}
     */
    public record Figure(String key, JsonElement value, String evidence) {

        /** @return the figure of a result */
        public static Figure of(ResultFigure figure) {
            return new Figure(figure.key(), json(figure.value()), evidence(figure.evidence()));
        }

        /** @return the value as a table cell: full precision, empty when unknown */
        public String cell() {
            return value.isJsonNull() ? "" : value.getAsString(); //$NON-NLS-1$
        }

        private static String evidence(ResultFigure.Evidence evidence) {
            return switch (evidence) {
                case CERTIFIED -> "certified"; //$NON-NLS-1$
                case NUMERICAL -> "numerical"; //$NON-NLS-1$
                case NONE -> "info"; //$NON-NLS-1$
            };
        }

        private static JsonElement json(Object value) {
            if (value instanceof Number number) {
                String raw = FigureFormat.raw(number);
                return raw.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(number);
            }
            if (value instanceof Boolean bool) {
                return new JsonPrimitive(bool);
            }
            return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value.toString());
        }
    }

    /** The figure that repeats the run's time: the row has it as {@code seconds}. */
    private static final String TIME_FIGURE = "seconds"; //$NON-NLS-1$

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** Copies the figures and refuses missing fields, so that every row can be written. */
    public SweepRow {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(architecture, "architecture"); //$NON-NLS-1$
        Objects.requireNonNull(analysis, "analysis"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        Objects.requireNonNull(method, "method"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        figures = List.copyOf(figures);
    }

    /** @return the row of a finished run */
    public static SweepRow done(int member, String key, String architecture, int run, AnalysisResult result) {
        List<Figure> figures = new ArrayList<>();
        for (ResultFigure figure : result.figures()) {
            if (!figure.key().equals(TIME_FIGURE)) {
                figures.add(Figure.of(figure));
            }
        }
        return new SweepRow(member, key, architecture, run, result.analysisId(), Status.DONE, figures,
                result.certified(), result.method(), result.seed(), result.seconds(), ""); //$NON-NLS-1$
    }

    /** @return the row of a run that gave no result, with why in one line */
    public static SweepRow without(int member, String key, String architecture, int run, String analysis,
            Status status, long seed, double seconds, String message) {
        return new SweepRow(member, key, architecture, run, analysis, status, List.of(), false, "", seed, //$NON-NLS-1$
                seconds, oneLine(message));
    }

    /** @return this row with another time: the deterministic tables write every row with 0 */
    public SweepRow withSeconds(double newSeconds) {
        return new SweepRow(member, key, architecture, run, analysis, status, figures, certified, method, seed,
                newSeconds, message);
    }

    /** @return the row as a JSON object, fields in the documented order */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("member", member); //$NON-NLS-1$
        json.addProperty("key", key); //$NON-NLS-1$
        json.addProperty("architecture", architecture); //$NON-NLS-1$
        json.addProperty("run", run); //$NON-NLS-1$
        json.addProperty("analysis", analysis); //$NON-NLS-1$
        json.addProperty("status", status.word()); //$NON-NLS-1$
        JsonArray figureArray = new JsonArray();
        for (Figure figure : figures) {
            JsonObject entry = new JsonObject();
            entry.addProperty("key", figure.key()); //$NON-NLS-1$
            entry.add("value", figure.value()); //$NON-NLS-1$
            entry.addProperty("evidence", figure.evidence()); //$NON-NLS-1$
            figureArray.add(entry);
        }
        json.add("figures", figureArray); //$NON-NLS-1$
        json.addProperty("certified", certified); //$NON-NLS-1$
        json.addProperty("method", method); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        json.add("seconds", Double.isFinite(seconds) ? new JsonPrimitive(seconds) : JsonNull.INSTANCE); //$NON-NLS-1$
        json.addProperty("message", message); //$NON-NLS-1$
        return json;
    }

    /** @return the row on one line of JSON */
    public String toJsonLine() {
        return GSON.toJson(toJson());
    }

    /** @return the row a {@link #toJson()} object describes */
    public static SweepRow fromJson(JsonObject json) {
        List<Figure> figures = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("figures")) { //$NON-NLS-1$
            JsonObject entry = element.getAsJsonObject();
            figures.add(new Figure(entry.get("key").getAsString(), entry.get("value"), //$NON-NLS-1$ //$NON-NLS-2$
                    entry.get("evidence").getAsString())); //$NON-NLS-1$
        }
        JsonElement seconds = json.get("seconds"); //$NON-NLS-1$
        return new SweepRow(json.get("member").getAsInt(), json.get("key").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                json.get("architecture").getAsString(), json.get("run").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$
                json.get("analysis").getAsString(), Status.of(json.get("status").getAsString()), figures, //$NON-NLS-1$ //$NON-NLS-2$
                json.get("certified").getAsBoolean(), json.get("method").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                json.get("seed").getAsLong(), seconds == null || seconds.isJsonNull() ? Double.NaN : seconds.getAsDouble(), //$NON-NLS-1$
                json.get("message").getAsString()); //$NON-NLS-1$
    }

    /** @return the rows as one line of JSON: an array of {@link #toJson()} objects */
    public static String toJsonArray(List<SweepRow> rows) {
        JsonArray array = new JsonArray();
        rows.forEach(row -> array.add(row.toJson()));
        return GSON.toJson(array);
    }

    /**
     * @return the rows of a {@link #toJsonArray} text
     * @throws IllegalArgumentException
     *             when the text is not such an array
     */
    public static List<SweepRow> fromJsonArray(String text) {
        try {
            List<SweepRow> rows = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(text).getAsJsonArray()) {
                rows.add(fromJson(element.getAsJsonObject()));
            }
            return rows;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an array of sweep rows: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @return the row for people on one line: member, key, run and analysis, status, then the
     *         figures or the message
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "#%d [%s] %d %s: %s", Integer.valueOf(member), key, //$NON-NLS-1$
                Integer.valueOf(run), analysis, status.word()));
        if (status == Status.DONE) {
            for (Figure figure : figures) {
                text.append("; ").append(figure.key()).append(' ').append(figure.value().isJsonNull() ? "unknown" //$NON-NLS-1$ //$NON-NLS-2$
                        : figure.cell());
                if (!figure.evidence().equals("info")) { //$NON-NLS-1$
                    text.append(" (").append(figure.evidence()).append(')'); //$NON-NLS-1$
                }
            }
            text.append(String.format(Locale.ROOT, "; seed %d; %.3f s", Long.valueOf(seed), Double.valueOf(seconds))); //$NON-NLS-1$
        } else {
            text.append(": ").append(message); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
