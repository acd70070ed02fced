// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the comment lines seen since the last element, for the next element that
 * can carry them. A blank line between comments is kept as an empty string (several
 * blank lines count as one); blank lines before the first comment are not kept, since
 * the serializer puts exactly one blank line between blocks anyway.
 */
final class CommentCollector {

    private final List<String> lines = new ArrayList<>();

    void comment(String text) {
        lines.add(text.stripTrailing());
    }

    void blankLine() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add(""); //$NON-NLS-1$
        }
    }

    /** @return the collected lines, including a final blank line if one was seen */
    List<String> take() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }

    /** @return the collected lines without trailing blank lines (for the end of a block or file) */
    List<String> takeTrimmed() {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return take();
    }
}
