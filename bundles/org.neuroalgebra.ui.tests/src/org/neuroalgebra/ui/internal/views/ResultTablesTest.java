// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Which arrays of a result become tables, with which columns and cells. No display needed. */
class ResultTablesTest {

    @Test
    void theRuleTakesShortArraysOfFlatObjectsOnly() {
        JsonObject json = JsonParser.parseString("""
                {"strata": [{"kind": "smooth", "mass": 0.5}, {"kind": "boundary", "mass": 0.5, "detail": "edge"}],
                 "samples": [{"u": [0.5, -1.2], "stratum": "smooth"}],
                 "curves": [{"values": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}],
                 "nested": [{"point": [[1, 0]]}],
                 "numbers": [1, 2], "empty": []}""").getAsJsonObject(); //$NON-NLS-1$
        List<ResultTable> tables = ResultTables.of(json); //$NON-NLS-1$
        assertEquals(List.of("strata", "samples"), tables.stream().map(ResultTable::title).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("kind", "mass", "detail"), tables.get(0).headers(), "every field of any row"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("", tables.get(0).rows().get(0).get(2).text()); //$NON-NLS-1$
        assertEquals("(0.5, -1.2)", tables.get(1).rows().get(0).get(0).text(), //$NON-NLS-1$
                "a pair of numbers is a point of R², not a + bi"); //$NON-NLS-1$
        JsonArray many = new JsonArray();
        for (int i = 0; i <= ResultTables.MAX_ROWS; i++) {
            many.add(JsonParser.parseString("{\"k\": " + i + "}")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertFalse(ResultTables.isFlat(many));
        many.remove(0);
        assertTrue(ResultTables.isFlat(many));
    }

    @Test
    void longCoordinateListsAreAbbreviatedAndCopiedInFull() {
        JsonArray point = new JsonArray();
        for (int i = 1; i <= 6; i++) {
            point.add(JsonParser.parseString("[" + i + ", 0]")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        TableCell cell = JsonCells.coordinates(point);
        assertEquals("(1, 2, 3, 4, … 6 entries)", cell.text()); //$NON-NLS-1$
        assertEquals("(1, 2, 3, 4, 5, 6)", cell.tooltip()); //$NON-NLS-1$
        ResultTable table = new ResultTable("p", "p", List.of("point"), List.of(List.of(cell))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("point\n(1, 2, 3, 4, 5, 6)\n", table.toTsv(table.rows())); //$NON-NLS-1$
        assertNull(JsonCells.coordinates(JsonParser.parseString("[[1, 0], [2, 0]]")).tooltip(), //$NON-NLS-1$
                "a short list shows everything"); //$NON-NLS-1$
    }

    @Test
    void numbersShowSixSignificantDigitsAndKeepAllForCopying() {
        TableCell third = TableCell.number(1.0 / 3);
        assertEquals("0.333333", third.text()); //$NON-NLS-1$
        assertEquals(Double.toString(1.0 / 3), third.full());
        assertEquals("3.33333e-08", TableCell.number(1e-7 / 3).text()); //$NON-NLS-1$
        assertEquals("2.5", TableCell.number(2.5).text()); //$NON-NLS-1$
        assertEquals("-3", TableCell.number(-3.0).text()); //$NON-NLS-1$
        assertEquals("1 - 2i", TableCell.complex(1, -2).text()); //$NON-NLS-1$
        assertEquals(TableCell.number(4), TableCell.complex(4, 0), "a complex number with b = 0 is real"); //$NON-NLS-1$
    }

    @Test
    void numbersSortByValueComplexByRealThenImaginaryPartTextAfterThem() {
        List<TableCell> cells = new ArrayList<>(List.of(TableCell.text("b"), TableCell.number(10), //$NON-NLS-1$
                TableCell.EMPTY, TableCell.complex(2, 1), TableCell.number(2), TableCell.complex(2, -1),
                TableCell.text("A"))); //$NON-NLS-1$
        cells.sort(TableCell.ORDER);
        assertEquals(List.of("2", "2 - 1i", "2 + 1i", "10", "", "A", "b"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                cells.stream().map(TableCell::text).toList());
    }

    private static List<String> texts(List<TableCell> row) {
        return row.stream().map(TableCell::text).toList();
    }
}
