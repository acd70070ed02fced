// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

/**
 * Makes text from a model file safe to show in a message. A file may hold any character, and
 * messages quote what was found; a raw NUL, terminal escape sequence or bidirectional override
 * would corrupt or disguise the output, so such characters are written as
 * <code>&#92;uXXXX</code> instead.
 */
public final class TextEscapes {

    private TextEscapes() {
    }

    /**
     * @param text
     *            any text, or null
     * @return the text with every control, format, line or paragraph separator and lone
     *         surrogate character replaced by its <code>&#92;uXXXX</code> escape; the same
     *         instance when there is none
     */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = isHidden(c);
            if (hidden && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (hidden) {
                escaped.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** @return true for a character that must not be printed as it is */
    public static boolean isHidden(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
