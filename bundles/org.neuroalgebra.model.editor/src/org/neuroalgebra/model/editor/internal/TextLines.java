// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts the 1-based line and column of a problem into a character offset of the text, and
 * finds the token there, so that a marker underlines the offending word.
 */
final class TextLines {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    TextLines(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** @return the offset of a line and column, clamped to the text */
    int offset(int line, int column) {
        int lineIndex = Math.min(Math.max(line, 1), lineStarts.size()) - 1;
        int offset = lineStarts.get(lineIndex) + Math.max(column, 1) - 1;
        return Math.min(offset, text.length());
    }

    /** @return the end of the token starting at {@code start}: at least one character, up to white space */
    int endOfToken(int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return Math.max(end, Math.min(start + 1, text.length()));
    }
}
