// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.analysis.train.TrainAnalysis;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The tables whose columns are chosen by hand, because their rows hold nested values (a point of
 * C^n, a loss curve) or need a figure from outside the row (the optimizer, the global minimum).
 * Every other table follows the rule of {@link ResultTables}.
 */
final class DeclaredTables {

    /** Reads one cell: from the row, its 0-based position, or the whole result. */
    @FunctionalInterface
    interface CellReader {
        TableCell read(JsonObject row, int index, JsonObject result);
    }

    /** A column: its header and how to read its cells. */
    record Column(String header, CellReader reader) {
    }

    /** The table of the array in {@code field}. */
    record Spec(String field, String title, List<Column> columns) {

        ResultTable table(JsonArray array, JsonObject result) {
            List<List<TableCell>> rows = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonObject row = array.get(i).isJsonObject() ? array.get(i).getAsJsonObject() : new JsonObject();
                List<TableCell> cells = new ArrayList<>();
                for (Column column : columns) {
                    cells.add(column.reader().read(row, i, result));
                }
                rows.add(cells);
            }
            return new ResultTable(field, title, columns.stream().map(Column::header).toList(), rows);
        }
    }

    /** The critical points of an edd result (docs/MATHEMATICS.md §6). */
    static final Spec CRITICAL_POINTS = new Spec("criticalPoints", "Critical points", List.of( //$NON-NLS-1$ //$NON-NLS-2$
            new Column("#", (row, index, result) -> TableCell.integer(Integer.toString(index + 1))), //$NON-NLS-1$
            new Column("loss", (row, index, result) -> JsonCells.complex(row.get("loss"))), //$NON-NLS-1$ //$NON-NLS-2$
            new Column("real", (row, index, result) -> realOrComplex(row.get("real"))), //$NON-NLS-1$ //$NON-NLS-2$
            new Column("kind", (row, index, result) -> JsonCells.field(row, "kind")), //$NON-NLS-1$ //$NON-NLS-2$
            new Column("global minimum", (row, index, result) -> row.equals(result.get("globalMinimum")) //$NON-NLS-1$ //$NON-NLS-2$
                    ? TableCell.text("yes") : TableCell.EMPTY), //$NON-NLS-1$
            new Column("coordinates", (row, index, result) -> JsonCells.coordinates(row.get("point"))))); //$NON-NLS-1$ //$NON-NLS-2$

    /** The runs of a train result (docs/MATHEMATICS.md §5, §7). */
    static final Spec RUNS = new Spec("runs", "Training runs", List.of( //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("run", "index"), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("seed", "seed"), //$NON-NLS-1$ //$NON-NLS-2$
            new Column("optimizer", (row, index, result) -> JsonCells.field(result, "optimizer")), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("final loss", "finalLoss"), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("‖θ‖", "parameterNorm"), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("Jacobian rank", "jacobianRank"), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("zero neurons", "zeroNeurons"), //$NON-NLS-1$ //$NON-NLS-2$
            fieldColumn("end stratum", "endStratum"))); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Map<String, List<Spec>> BY_ANALYSIS = Map.of(EddAnalysis.ID, List.of(CRITICAL_POINTS),
            TrainAnalysis.ID, List.of(RUNS));

    private DeclaredTables() {
    }

    /** @return the declared table of {@code field} in results of {@code analysisId}, if any */
    static Optional<Spec> spec(String analysisId, String field) {
        return BY_ANALYSIS.getOrDefault(analysisId, List.of()).stream().filter(spec -> spec.field().equals(field))
                .findFirst();
    }

    private static Column fieldColumn(String header, String field) {
        return new Column(header, (row, index, result) -> JsonCells.field(row, field));
    }

    private static TableCell realOrComplex(JsonElement real) {
        if (real == null || !real.isJsonPrimitive()) {
            return TableCell.EMPTY;
        }
        return TableCell.text(real.getAsBoolean() ? "real" : "complex"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
