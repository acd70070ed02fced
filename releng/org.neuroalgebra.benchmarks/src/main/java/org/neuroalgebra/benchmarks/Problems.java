// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.edd.Metric;

/** The benchmark problems, shared by the JMH benchmarks and the Macaulay2/PHCpack comparison. */
final class Problems {

    /** The lightning self-attention quartic of docs/MATHEMATICS.md §6.6 (ED degree 14 for a generic metric). */
    static final String QUARTIC = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5"; //$NON-NLS-1$

    static final List<String> QUARTIC_COORDINATES = List.of("y1", "y2", "y3", "y4", "y5", "y6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** A fixed data point with small exact decimal coordinates, so every tool reads the same u. */
    static final double[] QUARTIC_DATA = { 0.5, -1.25, 0.75, 1.5, -0.25, 1.0 };

    static final long METRIC_SEED = 3;

    private Problems() {
    }

    static Polynomial quartic() {
        return parse(QUARTIC, QUARTIC_COORDINATES);
    }

    static Metric quarticMetric() {
        return Metric.randomPositiveDefinite(QUARTIC_COORDINATES.size(), METRIC_SEED);
    }

    static Polynomial parse(String text, List<String> variables) {
        try {
            return PolynomialParser.parse(text, variables);
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
