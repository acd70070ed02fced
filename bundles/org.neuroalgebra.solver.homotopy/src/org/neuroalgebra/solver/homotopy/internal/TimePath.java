// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * A path t(s), s from 0 to 1, in the complex t-plane. The double tracker asks
 * for t at s; the double-double tracker asks at the remaining length r = 1 − s,
 * which keeps full relative precision as a leg towards t = 0 ends (paths of
 * clustered endpoints separate only at |t| far below the spacing of doubles
 * near s = 1).
 */
interface TimePath {

    /** Writes t(s) and t'(s) as {re t, im t, re t', im t'} into out. */
    void at(double s, double[] out);

    /**
     * Writes t(1 − r) as a double-double block {re hi, re lo, im hi, im lo}
     * followed by t' in double: six entries.
     */
    void atRemaining(double r, double[] out);

    static TimePath segment(double fromRe, double fromIm, double toRe, double toIm) {
        return new Segment(fromRe, fromIm, toRe, toIm);
    }

    /** The arc t = radius·exp(i(fromAngle + s·sweep)). */
    static TimePath arc(double radius, double fromAngle, double sweep) {
        return new Arc(radius, fromAngle, sweep);
    }

    /** The straight segment from → to. */
    record Segment(double fromRe, double fromIm, double toRe, double toIm) implements TimePath {

        @Override
        public void at(double s, double[] out) {
            out[0] = fromRe + s * (toRe - fromRe);
            out[1] = fromIm + s * (toIm - fromIm);
            out[2] = toRe - fromRe;
            out[3] = toIm - fromIm;
        }

        @Override
        public void atRemaining(double r, double[] out) {
            // t = to + r·(from − to), the difference kept exactly as a double-double
            component(fromRe, toRe, r, out, 0);
            component(fromIm, toIm, r, out, 2);
            out[4] = toRe - fromRe;
            out[5] = toIm - fromIm;
        }

        private static void component(double from, double to, double r, double[] out, int o) {
            double d = from - to;
            double bb = d - from;
            double dLo = (from - (d - bb)) + (-to - bb);
            DoubleDouble.mul(d, dLo, r, 0, out, o);
            DoubleDouble.add(out[o], out[o + 1], to, 0, out, o);
        }
    }

    /** The arc radius·exp(i(fromAngle + s·sweep)). */
    record Arc(double radius, double fromAngle, double sweep) implements TimePath {

        @Override
        public void at(double s, double[] out) {
            double angle = fromAngle + s * sweep;
            double c = Math.cos(angle);
            double si = Math.sin(angle);
            out[0] = radius * c;
            out[1] = radius * si;
            out[2] = -radius * sweep * si;
            out[3] = radius * sweep * c;
        }

        @Override
        public void atRemaining(double r, double[] out) {
            // the corrector solves exactly at whatever t this is: t need not lie on the circle to 32 digits
            double angle = fromAngle + (1 - r) * sweep;
            double c = Math.cos(angle);
            double si = Math.sin(angle);
            DoubleDouble.mul(radius, 0, c, 0, out, 0);
            DoubleDouble.mul(radius, 0, si, 0, out, 2);
            out[4] = -radius * sweep * si;
            out[5] = radius * sweep * c;
        }
    }
}
