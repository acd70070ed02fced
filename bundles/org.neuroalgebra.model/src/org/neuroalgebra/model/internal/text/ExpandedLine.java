// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;

import org.neuroalgebra.model.text.SourcePosition;

/**
 * One statement of a sweep member's architecture, with its choices made, and where each of its
 * characters came from in the file: a character of the template's text maps to itself, a
 * character of a chosen value to the choice set entry that gave it.
 *
 * @param text
 *            the statement
 * @param pieces
 *            the pieces of {@code text}, in order, covering it
 * @param end
 *            the file position just after the template statement
 */
record ExpandedLine(String text, List<Piece> pieces, SourcePosition end) {

    /**
     * Characters {@code [start, end)} of the statement, written at {@code origin} in the file.
     *
     * @param choice
     *            true for a chosen value, whose characters all map to {@code origin}
     */
    record Piece(int start, int end, SourcePosition origin, boolean choice) {
    }

    /**
     * @param column
     *            a 1-based column of the statement
     * @param length
     *            the length of the marked text
     * @return where that column was written in the file
     */
    SourcePosition toFile(int column, int length) {
        Piece piece = pieceAt(column);
        if (piece == null) {
            return end;
        }
        if (piece.choice()) {
            return piece.origin();
        }
        int shift = column - 1 - piece.start();
        return piece.origin().shift(shift, Math.max(0, Math.min(length, piece.end() - piece.start() - shift)));
    }

    /** @return true if the character at the 1-based column is part of a chosen value */
    boolean isChoiceAt(int column) {
        Piece piece = pieceAt(column);
        return piece != null && piece.choice();
    }

    private Piece pieceAt(int column) {
        for (Piece piece : pieces) {
            if (column - 1 >= piece.start() && column - 1 < piece.end()) {
                return piece;
            }
        }
        return null;
    }
}
