// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON of an edd result, as EddAnalysisResult documents it, for the parabola y = x² and the
 * data point u = (1, 1). The critical points of (x − 1)² + (x² − 1)² solve
 * (x − 1) + 2x(x² − 1) = (x − 1)(2x² + 2x + 1) = 0: x = 1, on the parabola, loss 0; and
 * x = (−1 ± i)/2, points (x, x²) = (−1/2 ± i/2, ∓i/2) with loss 11/4 ∓ i/2. The points are listed
 * in the order (−1 + i)/2, 1, (−1 − i)/2, so that sorting by loss moves them.
 */
public final class ParabolaEdd {

    /** The columns the edd table declares. */
    public static final String HEADERS = "#\tloss\treal\tkind\tglobal minimum\tcoordinates\n"; //$NON-NLS-1$

    private static final double[][] X = { { -0.5, 0.5 }, { 1, 0 }, { -0.5, -0.5 } };

    private ParabolaEdd() {
    }

    /** @return the result after the first {@code found} critical points (a partial result for fewer than 3) */
    public static JsonObject json(int found) {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", "edd"); //$NON-NLS-1$ //$NON-NLS-2$
        json.addProperty("edDegree", found); //$NON-NLS-1$
        JsonArray points = new JsonArray();
        for (int k = 0; k < found; k++) {
            points.add(point(X[k][0], X[k][1]));
        }
        JsonArray components = new JsonArray();
        JsonObject component = new JsonObject();
        component.addProperty("dimension", 0); //$NON-NLS-1$
        component.addProperty("degree", found); //$NON-NLS-1$
        component.addProperty("kind", "points"); //$NON-NLS-1$ //$NON-NLS-2$
        components.add(component);
        json.add("components", components); //$NON-NLS-1$
        json.add("globalMinimum", point(1, 0)); //$NON-NLS-1$
        json.add("criticalPoints", points); //$NON-NLS-1$
        json.addProperty("seed", 7); //$NON-NLS-1$
        return json;
    }

    /**
     * @return the tables the results view shows for {@link #json(int)}: the critical points with
     *         columns chosen as an edd result declares them, then the tables by rule
     */
    public static List<ResultTable> tables(int found) {
        return tables(json(found));
    }

    /** @return the tables of {@code json}, a result of the form of {@link #json(int)} */
    public static List<ResultTable> tables(JsonObject json) {
        List<ResultTable> tables = new ArrayList<>();
        if (json.has("criticalPoints")) { //$NON-NLS-1$
            JsonArray points = json.getAsJsonArray("criticalPoints"); //$NON-NLS-1$
            List<List<TableCell>> rows = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                JsonObject row = points.get(i).getAsJsonObject();
                rows.add(List.of(TableCell.integer(Integer.toString(i + 1)), JsonCells.complex(row.get("loss")), //$NON-NLS-1$
                        TableCell.text(row.get("real").getAsBoolean() ? "real" : "complex"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        JsonCells.field(row, "kind"), //$NON-NLS-1$
                        row.equals(json.get("globalMinimum")) ? TableCell.text("yes") : TableCell.EMPTY, //$NON-NLS-1$ //$NON-NLS-2$
                        JsonCells.coordinates(row.get("point")))); //$NON-NLS-1$
            }
            tables.add(new ResultTable("criticalPoints", "Critical points", //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(HEADERS.strip().split("\t")), rows)); //$NON-NLS-1$
        }
        tables.addAll(ResultTables.of(json));
        return tables;
    }

    /** The point (x, x²) with its loss (x − 1)² + (x² − 1)², in complex arithmetic. */
    private static JsonObject point(double re, double im) {
        double[] y = multiply(re, im, re, im);
        double[] dx = { re - 1, im };
        double[] dy = { y[0] - 1, y[1] };
        double[] dx2 = multiply(dx[0], dx[1], dx[0], dx[1]);
        double[] dy2 = multiply(dy[0], dy[1], dy[0], dy[1]);
        JsonObject entry = new JsonObject();
        JsonArray coordinates = new JsonArray();
        coordinates.add(pair(re, im));
        coordinates.add(pair(y[0], y[1]));
        entry.add("point", coordinates); //$NON-NLS-1$
        entry.add("loss", pair(dx2[0] + dy2[0], dx2[1] + dy2[1])); //$NON-NLS-1$
        entry.addProperty("real", im == 0); //$NON-NLS-1$
        entry.addProperty("kind", "critical"); //$NON-NLS-1$ //$NON-NLS-2$
        return entry;
    }

    private static double[] multiply(double a, double b, double c, double d) {
        return new double[] { a * c - b * d, a * d + b * c };
    }

    private static JsonArray pair(double re, double im) {
        JsonArray pair = new JsonArray();
        pair.add(re);
        pair.add(im);
        return pair;
    }
}
