// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.ComplexInterval;

/** Encloses a polynomial's values over a certified box. */
public final class BoxEvaluation {

    private BoxEvaluation() {
    }

    /**
     * @param f
     *            a polynomial in boxes.length variables
     * @param boxes
     *            the box, one rectangle per coordinate
     * @return a rectangle holding f over the box
     * @throws ArithmeticException
     *             if the enclosure overflows
     */
    public static ComplexInterval enclose(Polynomial f, ComplexInterval[] boxes) {
        int n = boxes.length;
        Interval[] box = new Interval[n];
        for (int v = 0; v < n; v++) {
            box[v] = new Interval(boxes[v].reLow(), boxes[v].reHigh(), boxes[v].imLow(), boxes[v].imHigh());
        }
        CompiledPolynomial compiled = new CompiledPolynomial(f);
        Interval value = compiled.enclose(IntervalPowers.of(box, compiled.maxExponents(n)));
        if (!value.isFinite()) {
            throw new ArithmeticException("the enclosure of the polynomial over the box overflows"); //$NON-NLS-1$
        }
        return new ComplexInterval(value.reLo, value.reHi, value.imLo, value.imHi);
    }
}
