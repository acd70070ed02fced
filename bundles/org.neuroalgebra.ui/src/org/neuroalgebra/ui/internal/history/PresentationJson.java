// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultTable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes a {@link Presentation} as JSON and reads it back, value for value: integers stay
 * integers, unknown values {@code null}, and non-finite reals (which JSON lacks) are written as the
 * strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"} inside charts.
 */
public final class PresentationJson {

    private PresentationJson() {
    }

    public static JsonObject write(Presentation presentation) {
        JsonObject json = new JsonObject();
        json.addProperty("analysisId", presentation.analysisId()); //$NON-NLS-1$
        json.addProperty("subject", presentation.subject()); //$NON-NLS-1$
        Provenance provenance = presentation.provenance();
        JsonObject p = new JsonObject();
        p.addProperty("certified", provenance.certified()); //$NON-NLS-1$
        p.addProperty("method", provenance.method()); //$NON-NLS-1$
        p.addProperty("seed", provenance.seed()); //$NON-NLS-1$
        p.addProperty("seconds", provenance.seconds()); //$NON-NLS-1$
        p.add("notes", strings(provenance.notes())); //$NON-NLS-1$
        json.add("provenance", p); //$NON-NLS-1$
        json.add("summary", strings(presentation.summary())); //$NON-NLS-1$
        JsonArray figures = new JsonArray();
        for (ResultFigure figure : presentation.figures()) {
            JsonObject f = new JsonObject();
            f.addProperty("key", figure.key()); //$NON-NLS-1$
            f.addProperty("label", figure.label()); //$NON-NLS-1$
            f.add("value", value(figure.value())); //$NON-NLS-1$
            f.addProperty("unit", figure.unit()); //$NON-NLS-1$
            f.addProperty("evidence", figure.evidence().name()); //$NON-NLS-1$
            figures.add(f);
        }
        json.add("figures", figures); //$NON-NLS-1$
        JsonArray tables = new JsonArray();
        for (ResultTable table : presentation.tables()) {
            JsonObject t = new JsonObject();
            t.addProperty("key", table.key()); //$NON-NLS-1$
            t.addProperty("title", table.title()); //$NON-NLS-1$
            t.add("columns", strings(table.columns())); //$NON-NLS-1$
            JsonArray rows = new JsonArray();
            for (List<Object> row : table.rows()) {
                JsonArray r = new JsonArray();
                row.forEach(cell -> r.add(value(cell)));
                rows.add(r);
            }
            t.add("rows", rows); //$NON-NLS-1$
            tables.add(t);
        }
        json.add("tables", tables); //$NON-NLS-1$
        JsonArray charts = new JsonArray();
        presentation.charts().forEach(chart -> charts.add(chart(chart)));
        json.add("charts", charts); //$NON-NLS-1$
        json.add("result", presentation.json()); //$NON-NLS-1$
        return json;
    }

    public static Presentation read(JsonObject json) {
        JsonObject p = json.getAsJsonObject("provenance"); //$NON-NLS-1$
        Provenance provenance = new Provenance(p.get("certified").getAsBoolean(), p.get("method").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                p.get("seed").getAsLong(), p.get("seconds").getAsDouble(), strings(p.getAsJsonArray("notes"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<ResultFigure> figures = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("figures")) { //$NON-NLS-1$
            JsonObject f = element.getAsJsonObject();
            figures.add(new ResultFigure(f.get("key").getAsString(), f.get("label").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                    value(f.get("value")), f.get("unit").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                    ResultFigure.Evidence.valueOf(f.get("evidence").getAsString()))); //$NON-NLS-1$
        }
        List<ResultTable> tables = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("tables")) { //$NON-NLS-1$
            JsonObject t = element.getAsJsonObject();
            List<List<Object>> rows = new ArrayList<>();
            for (JsonElement row : t.getAsJsonArray("rows")) { //$NON-NLS-1$
                List<Object> cells = new ArrayList<>();
                row.getAsJsonArray().forEach(cell -> cells.add(value(cell)));
                rows.add(cells);
            }
            tables.add(new ResultTable(t.get("key").getAsString(), t.get("title").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                    strings(t.getAsJsonArray("columns")), rows)); //$NON-NLS-1$
        }
        List<ResultChart> charts = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("charts")) { //$NON-NLS-1$
            charts.add(chart(element.getAsJsonObject()));
        }
        return new Presentation(json.get("analysisId").getAsString(), json.get("subject").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                provenance, strings(json.getAsJsonArray("summary")), figures, tables, charts, //$NON-NLS-1$
                json.getAsJsonObject("result")); //$NON-NLS-1$
    }

    private static JsonObject chart(ResultChart chart) {
        JsonObject c = new JsonObject();
        c.addProperty("key", chart.key()); //$NON-NLS-1$
        c.addProperty("title", chart.title()); //$NON-NLS-1$
        c.add("x", axis(chart.x())); //$NON-NLS-1$
        c.add("y", axis(chart.y())); //$NON-NLS-1$
        JsonArray layers = new JsonArray();
        for (PictureLayer layer : chart.layers()) {
            JsonObject l = new JsonObject();
            l.addProperty("name", layer.name()); //$NON-NLS-1$
            l.addProperty("kind", layer.kind().name()); //$NON-NLS-1$
            l.add("x", reals(layer.x())); //$NON-NLS-1$
            l.add("y", reals(layer.y())); //$NON-NLS-1$
            l.add("low", reals(layer.low())); //$NON-NLS-1$
            l.add("high", reals(layer.high())); //$NON-NLS-1$
            layers.add(l);
        }
        c.add("layers", layers); //$NON-NLS-1$
        JsonArray markers = new JsonArray();
        for (ResultChart.Marker marker : chart.markers()) {
            JsonObject m = new JsonObject();
            m.addProperty("label", marker.label()); //$NON-NLS-1$
            m.addProperty("orientation", marker.orientation().name()); //$NON-NLS-1$
            m.add("at", real(marker.at())); //$NON-NLS-1$
            markers.add(m);
        }
        c.add("markers", markers); //$NON-NLS-1$
        return c;
    }

    private static ResultChart chart(JsonObject c) {
        List<PictureLayer> layers = new ArrayList<>();
        for (JsonElement element : c.getAsJsonArray("layers")) { //$NON-NLS-1$
            JsonObject l = element.getAsJsonObject();
            layers.add(new PictureLayer(l.get("name").getAsString(), //$NON-NLS-1$
                    PictureLayer.Kind.valueOf(l.get("kind").getAsString()), reals(l.getAsJsonArray("x")), //$NON-NLS-1$ //$NON-NLS-2$
                    reals(l.getAsJsonArray("y")), reals(l.getAsJsonArray("low")), reals(l.getAsJsonArray("high")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<ResultChart.Marker> markers = new ArrayList<>();
        for (JsonElement element : c.getAsJsonArray("markers")) { //$NON-NLS-1$
            JsonObject m = element.getAsJsonObject();
            markers.add(new ResultChart.Marker(m.get("label").getAsString(), //$NON-NLS-1$
                    ResultChart.Orientation.valueOf(m.get("orientation").getAsString()), real(m.get("at")))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ResultChart(c.get("key").getAsString(), c.get("title").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
                axis(c.getAsJsonObject("x")), axis(c.getAsJsonObject("y")), layers, markers); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static JsonObject axis(Axis axis) {
        JsonObject a = new JsonObject();
        a.addProperty("title", axis.title()); //$NON-NLS-1$
        a.addProperty("scale", axis.scale().name()); //$NON-NLS-1$
        a.add("categories", strings(axis.categories())); //$NON-NLS-1$
        return a;
    }

    private static Axis axis(JsonObject a) {
        return new Axis(a.get("title").getAsString(), ResultChart.Scale.valueOf(a.get("scale").getAsString()), //$NON-NLS-1$ //$NON-NLS-2$
                strings(a.getAsJsonArray("categories"))); //$NON-NLS-1$
    }

    private static JsonArray strings(List<String> strings) {
        JsonArray array = new JsonArray();
        strings.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }

    private static JsonArray reals(double[] values) {
        JsonArray array = new JsonArray();
        for (double value : values) {
            array.add(real(value));
        }
        return array;
    }

    private static double[] reals(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = real(array.get(i));
        }
        return values;
    }

    private static JsonElement real(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : new JsonPrimitive(Double.toString(value));
    }

    private static double real(JsonElement element) {
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.isString() ? Double.parseDouble(primitive.getAsString()) : primitive.getAsDouble();
    }

    /** A figure or cell: number, boolean, text or null; booleans and texts tagged so they read back as such. */
    private static JsonElement value(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            JsonObject special = new JsonObject();
            special.addProperty("real", d.toString()); //$NON-NLS-1$
            return special;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        return new JsonPrimitive(value.toString());
    }

    private static Object value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonObject()) {
            return Double.valueOf(element.getAsJsonObject().get("real").getAsString()); //$NON-NLS-1$
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isString()) {
            return primitive.getAsString();
        }
        BigDecimal number = primitive.getAsBigDecimal();
        String text = primitive.getAsString();
        if (text.contains(".") || text.contains("e") || text.contains("E")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return number.doubleValue();
        }
        BigInteger integer = number.toBigIntegerExact();
        return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
    }
}
