// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One cell of a result table: the text shown, the full text (copied, and shown as tooltip when
 * the shown text is shorter) and, for numbers, the key a column sorts by.
 *
 * @param text
 *            what the table shows
 * @param full
 *            the complete value: full precision, every coordinate
 * @param key
 *            numbers compared lexicographically (a complex number by real, then imaginary part),
 *            or null for a cell that sorts as text
 */
public record TableCell(String text, String full, double[] key) {

    /** Keyed cells by key, then text cells by text; numbers come before text and blanks. */
    public static final Comparator<TableCell> ORDER = (a, b) -> {
        if (a.key != null && b.key != null) {
            return Arrays.compare(a.key, b.key);
        }
        if (a.key != null || b.key != null) {
            return a.key != null ? -1 : 1;
        }
        return a.text.compareToIgnoreCase(b.text);
    };

    /** Coordinates shown before a list is abbreviated. */
    static final int SHOWN_ENTRIES = 4;

    private static final int DIGITS = 6;

    /** The empty cell, for a missing or null value. */
    public static final TableCell EMPTY = text(""); //$NON-NLS-1$

    /** @return a cell that sorts as text */
    public static TableCell text(String text) {
        return new TableCell(text, text, null);
    }

    /** @return a number, shown with 6 significant digits and copied with all of them */
    public static TableCell number(double value) {
        return new TableCell(format(value), exact(value), new double[] { value });
    }

    /** @return an integer given by its digits, shown and copied exactly */
    public static TableCell integer(String digits) {
        return new TableCell(digits, digits, new double[] { Double.parseDouble(digits) });
    }

    /** @return a + bi shown as "a + bi" (a real number when b = 0), sorted by a, then b */
    public static TableCell complex(double re, double im) {
        if (im == 0) {
            return number(re);
        }
        String sign = im < 0 ? " - " : " + "; //$NON-NLS-1$ //$NON-NLS-2$
        return new TableCell(format(re) + sign + format(Math.abs(im)) + "i", //$NON-NLS-1$
                exact(re) + sign + exact(Math.abs(im)) + "i", new double[] { re, im }); //$NON-NLS-1$
    }

    /** @return the entries as "(a, b, …)", the first {@value #SHOWN_ENTRIES} shown; sorts as text */
    public static TableCell list(List<TableCell> entries) {
        StringBuilder shown = new StringBuilder("("); //$NON-NLS-1$
        StringBuilder full = new StringBuilder("("); //$NON-NLS-1$
        for (int i = 0; i < entries.size(); i++) {
            String separator = i == 0 ? "" : ", "; //$NON-NLS-1$ //$NON-NLS-2$
            if (i < SHOWN_ENTRIES) {
                shown.append(separator).append(entries.get(i).text());
            }
            full.append(separator).append(entries.get(i).full());
        }
        if (entries.size() > SHOWN_ENTRIES) {
            shown.append(", … ").append(entries.size()).append(" entries"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new TableCell(shown.append(')').toString(), full.append(')').toString(), null);
    }

    /** @return the full text when the shown one leaves something out, else null */
    public String tooltip() {
        return full.equals(text) ? null : full;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TableCell other && text.equals(other.text) && full.equals(other.full)
                && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return full.hashCode();
    }

    @Override
    public String toString() {
        return full;
    }

    /** Integers as integers, other numbers with 6 significant digits and no trailing zeros. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (!Double.isFinite(value)) {
            return exact(value);
        }
        String formatted = String.format(Locale.ROOT, "%." + DIGITS + "g", Double.valueOf(value)); //$NON-NLS-1$ //$NON-NLS-2$
        int exponent = formatted.indexOf('e');
        String mantissa = exponent < 0 ? formatted : formatted.substring(0, exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return exponent < 0 ? mantissa : mantissa + formatted.substring(exponent);
    }

    private static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
