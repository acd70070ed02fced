// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Round tick values for a linear axis: multiples of 1, 2 or 5 times a power of ten. */
final class Ticks {

    private Ticks() {
    }

    /** @return the ticks in [min, max], about {@code target} of them, ascending */
    static double[] of(double min, double max, int target) {
        double raw = (max - min) / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude;
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** @return a short label: plain digits for moderate values, else three significant digits */
    static String label(double value) {
        double size = Math.abs(value);
        if (value == 0 || (size >= 1e-3 && size < 1e6)) {
            return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3g", value); //$NON-NLS-1$
    }
}
