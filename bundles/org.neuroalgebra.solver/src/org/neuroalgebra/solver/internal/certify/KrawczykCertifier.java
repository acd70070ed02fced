// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.util.List;
import java.util.Locale;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertificate.Reality;

/**
 * Krawczyk's test for one square system, applied point by point.
 * <p>
 * With c the refined centre, Y ≈ F'(c)⁻¹ and the box X = c + [−r, r]ⁿ + i[−r, r]ⁿ,
 * {@code K(X) − c = −Y F(c) + (I − Y F'(X)) (X − c)} is enclosed in interval
 * arithmetic; if it lies strictly inside [−r, r] in every real and imaginary
 * direction then K(X) ⊂ interior(X), which proves that X holds exactly one
 * solution and that F'(x) is invertible on X. Computing relative to c keeps
 * the test free of the rounding of c + (…).
 * <p>
 * Real solutions are attempted first on a box centred on the real axis: such
 * a box is closed under conjugation, so for a system with real coefficients
 * its unique solution equals its own conjugate.
 * <p>
 * The box is scaled per coordinate, {@code X_v = c_v + s_v ([−r, r] + i[−r, r])}
 * with s_v the power of two at or below max(1, |c_v|): a solution with
 * coordinates of size 10³ next to 0.07 fits no box with one radius (measured
 * in the unknowns' raw sizes, the rounding of I − Y F'(X) alone has a norm of
 * about the condition number of F' in those sizes, 10¹⁵ there, times the unit
 * roundoff and the number of terms: above 1). This is Krawczyk's test for
 * G(y) = F(D y), D = diag(s), with the preconditioner D⁻¹ Y, carried out in
 * the original unknowns: {@code D⁻¹ (K(X) − c) = −D⁻¹ Y F(c) + D⁻¹ (I − Y F'(X)) D [−r, r]ⁿ};
 * multiplying by powers of two is exact, and the products are rounded outward
 * all the same.
 * <p>
 * An instance is immutable: it certifies points on several threads at once.
 */
public final class KrawczykCertifier {

    /**
     * How far Newton's method may move a point, relative to max(1, |point|):
     * a point farther from the solution it converges to is not an
     * approximation of that solution, and a certificate for it would hide an
     * error (for example a point of a different system).
     */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Beyond this condition number of F'(c) the solution counts as singular. */
    private static final double SINGULAR_CONDITION = 1e15;
    private static final int NEWTON_STEPS = 12;
    private static final int EXACT_NEWTON_STEPS = 4;
    private static final int RADIUS_ATTEMPTS = 6;
    private static final double RADIUS_GROWTH = 16;
    private static final double REAL_PROJECTION = 1e-6;

    private final int n;
    private final CompiledPolynomial[] equations;
    private final CompiledPolynomial[][] jacobian;
    private final int[] maxExponents;
    private final double tolerance;

    /** Why an attempt failed, or its certificate. */
    private record Outcome(SolutionCertificate certificate, String reason) {
    }

    /**
     * @param equations
     *            n polynomials in n variables
     * @param variableCount
     *            n
     * @param tolerance
     *            how far Newton's method may move a point, relative to
     *            max(1, |point|∞)
     */
    public KrawczykCertifier(List<Polynomial> equations, int variableCount, double tolerance) {
        if (equations.size() != variableCount) {
            throw new IllegalArgumentException("not square"); //$NON-NLS-1$
        }
        this.n = variableCount;
        this.tolerance = tolerance;
        this.equations = new CompiledPolynomial[n];
        this.jacobian = new CompiledPolynomial[n][n];
        maxExponents = new int[n];
        for (int i = 0; i < n; i++) {
            Polynomial f = equations.get(i);
            this.equations[i] = new CompiledPolynomial(f);
            int[] max = this.equations[i].maxExponents(n);
            for (int v = 0; v < n; v++) {
                maxExponents[v] = Math.max(maxExponents[v], max[v]);
                jacobian[i][v] = new CompiledPolynomial(f.derivative(v));
            }
        }
    }

    /**
     * @param equations
     *            n polynomials in n variables
     * @param variableCount
     *            n
     */
    public KrawczykCertifier(List<Polynomial> equations, int variableCount) {
        this(equations, variableCount, DEFAULT_TOLERANCE);
    }

    /**
     * @param point
     *            an approximate solution
     * @return its certificate, or none with the reason
     */
    public SolutionCertificate certify(Complex[] point) {
        double[] c0 = new double[2 * n];
        double scale = 1;
        double imaginary = 0;
        for (int v = 0; v < n; v++) {
            c0[2 * v] = point[v].re();
            c0[2 * v + 1] = point[v].im();
            if (!Double.isFinite(c0[2 * v]) || !Double.isFinite(c0[2 * v + 1])) {
                return SolutionCertificate.none("the point is not finite"); //$NON-NLS-1$
            }
            scale = Math.max(scale, Math.max(Math.abs(c0[2 * v]), Math.abs(c0[2 * v + 1])));
            imaginary = Math.max(imaginary, Math.abs(c0[2 * v + 1]));
        }
        double[] scales = scales(point);
        String realReason = null;
        if (imaginary <= REAL_PROJECTION * scale) {
            double[] projected = c0.clone();
            for (int v = 0; v < n; v++) {
                projected[2 * v + 1] = 0;
            }
            Outcome real = attempt(c0, projected, true, scale, scales);
            if (real.certificate() != null) {
                return real.certificate();
            }
            realReason = real.reason();
        }
        Outcome complex = attempt(c0, c0.clone(), false, scale, scales);
        if (complex.certificate() != null) {
            return complex.certificate();
        }
        return SolutionCertificate.none(complex.reason() != null ? complex.reason() : realReason);
    }

    /** @return s_v = the power of two at or below max(1, |point_v|) */
    private static double[] scales(Complex[] point) {
        double[] scales = new double[point.length];
        for (int v = 0; v < point.length; v++) {
            scales[v] = Math.scalb(1.0, Math.getExponent(Math.max(1, point[v].abs())));
        }
        return scales;
    }

    private Outcome attempt(double[] original, double[] c, boolean real, double scale, double[] scales) {
        String failure = newton(c, real, false, scales);
        if (failure != null) {
            return new Outcome(null, failure);
        }
        Outcome outcome = krawczyk(original, c, enclosePoint(c), real, scale, scales);
        if (outcome.certificate() != null || outcome.reason().startsWith(SINGULAR)) {
            return outcome;
        }
        // Double precision could not resolve the residual (a cluster of nearby solutions, say): exactly then.
        failure = newton(c, real, true, scales);
        if (failure != null) {
            return new Outcome(null, failure);
        }
        return krawczyk(original, c, exactResidual(c), real, scale, scales);
    }

    private static final String SINGULAR = "singular Jacobian"; //$NON-NLS-1$

    /** Newton's method in place; returns why it failed, or null. */
    private String newton(double[] c, boolean real, boolean exact, double[] scales) {
        double previous = Double.POSITIVE_INFINITY;
        int steps = exact ? EXACT_NEWTON_STEPS : NEWTON_STEPS;
        for (int k = 0; k < steps; k++) {
            double[][] j = jacobianAt(c);
            double[][] y = ComplexMatrices.inverse(j);
            if (y == null) {
                return SINGULAR + " (a pivot vanishes)"; //$NON-NLS-1$
            }
            double[] f = exact ? midpoints(exactResidual(c)) : residual(c);
            double[] step = ComplexMatrices.multiply(y, f);
            double size = scaledNorm(step, scales);
            if (!Double.isFinite(size)) {
                return "Newton's method diverged"; //$NON-NLS-1$
            }
            if (size >= previous && k >= 2) {
                // No more progress: the rounding noise of the residual is reached.
                break;
            }
            for (int i = 0; i < c.length; i++) {
                c[i] -= step[i];
                if (!Double.isFinite(c[i])) {
                    return "Newton's method diverged"; //$NON-NLS-1$
                }
            }
            if (real) {
                for (int v = 0; v < n; v++) {
                    c[2 * v + 1] = 0;
                }
            }
            previous = size;
            if (size <= Math.ulp(scaledNorm(c, scales))) {
                break;
            }
        }
        return null;
    }

    private Outcome krawczyk(double[] original, double[] c, Interval[] residual, boolean real, double scale,
            double[] scales) {
        double moved = 0;
        for (int i = 0; i < c.length; i++) {
            moved = Math.max(moved, Math.abs(c[i] - original[i]));
        }
        if (!(moved <= tolerance * scale)) {
            return new Outcome(null, String.format(Locale.ROOT,
                    "Newton's method moves the point by %.2e (more than %.0e): it does not approximate a solution", //$NON-NLS-1$
                    moved, tolerance * scale));
        }
        double[][] j = jacobianAt(c);
        double[][] y = ComplexMatrices.inverse(j);
        if (y == null) {
            return new Outcome(null, SINGULAR + " (a pivot vanishes)"); //$NON-NLS-1$
        }
        double condition = ComplexMatrices.equilibratedCondition(j, y, scales);
        if (!(condition < SINGULAR_CONDITION)) {
            return new Outcome(null, String.format(Locale.ROOT, SINGULAR + " (condition number %.1e)", condition)); //$NON-NLS-1$
        }
        Interval[] yf = multiply(y, residual);
        double delta = 0;
        for (int i = 0; i < n; i++) {
            yf[i] = yf[i].mul(Interval.point(1 / scales[i], 0));
            delta = Math.max(delta, yf[i].magnitude());
        }
        if (!Double.isFinite(delta)) {
            return new Outcome(null, "the residual cannot be enclosed in double precision"); //$NON-NLS-1$
        }
        double r = Math.max(2 * delta, Math.max(Double.MIN_NORMAL, 8 * Math.ulp(scaledNorm(c, scales))));
        for (int attempt = 0; attempt < RADIUS_ATTEMPTS && Double.isFinite(r); attempt++) {
            Interval[][] m = contraction(y, c, r, scales);
            Interval offset = new Interval(-r, r, -r, r);
            boolean inside = true;
            double contraction = 0;
            for (int i = 0; i < n; i++) {
                Interval k = Interval.ZERO.sub(yf[i]);
                double rowSum = 0;
                for (int col = 0; col < n; col++) {
                    k = k.add(m[i][col].mul(offset));
                    rowSum += m[i][col].magnitude();
                }
                contraction = Math.max(contraction, rowSum);
                inside &= k.strictlyInside(r);
            }
            if (inside) {
                return new Outcome(SolutionCertificate.krawczyk(center(c), r, scales, reality(c, r, real, scales)),
                        null);
            }
            if (!(contraction < 1)) {
                // A larger box only contracts less.
                break;
            }
            r *= RADIUS_GROWTH;
        }
        return new Outcome(null, "Krawczyk test failed"); //$NON-NLS-1$
    }

    /** @return max over v of |x_v| / s_v, the max norm in the scaled unknowns */
    private static double scaledNorm(double[] x, double[] scales) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i]) / scales[i / 2]);
        }
        return max;
    }

    private Reality reality(double[] c, double r, boolean real, double[] scales) {
        if (real) {
            return Reality.REAL;
        }
        for (int v = 0; v < n; v++) {
            if (!Interval.around(c[2 * v], c[2 * v + 1], r * scales[v]).meetsRealAxis()) {
                return Reality.NON_REAL;
            }
        }
        return Reality.UNDECIDED;
    }

    private Complex[] center(double[] c) {
        Complex[] z = new Complex[n];
        for (int v = 0; v < n; v++) {
            z[v] = new Complex(c[2 * v], c[2 * v + 1]);
        }
        return z;
    }

    /** @return an enclosure of D⁻¹ (I − Y F'(X)) D over the box X_v = c_v ± r s_v */
    private Interval[][] contraction(double[][] y, double[] c, double r, double[] scales) {
        Interval[] box = new Interval[n];
        for (int v = 0; v < n; v++) {
            box[v] = Interval.around(c[2 * v], c[2 * v + 1], r * scales[v]);
        }
        Interval[][] powers = IntervalPowers.of(box, maxExponents);
        Interval[][] jx = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int col = 0; col < n; col++) {
                jx[i][col] = jacobian[i][col].enclose(powers);
            }
        }
        Interval[][] m = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int col = 0; col < n; col++) {
                Interval sum = i == col ? Interval.point(1, 0) : Interval.ZERO;
                for (int k = 0; k < n; k++) {
                    sum = sum.sub(Interval.point(y[i][2 * k], y[i][2 * k + 1]).mul(jx[k][col]));
                }
                m[i][col] = sum.mul(Interval.point(scales[col] / scales[i], 0));
            }
        }
        return m;
    }

    private Interval[] multiply(double[][] y, Interval[] x) {
        Interval[] result = new Interval[n];
        for (int i = 0; i < n; i++) {
            Interval sum = Interval.ZERO;
            for (int k = 0; k < n; k++) {
                sum = sum.add(Interval.point(y[i][2 * k], y[i][2 * k + 1]).mul(x[k]));
            }
            result[i] = sum;
        }
        return result;
    }

    private Interval[] enclosePoint(double[] c) {
        Interval[] point = new Interval[n];
        for (int v = 0; v < n; v++) {
            point[v] = Interval.point(c[2 * v], c[2 * v + 1]);
        }
        Interval[][] powers = IntervalPowers.of(point, maxExponents);
        Interval[] f = new Interval[n];
        for (int i = 0; i < n; i++) {
            f[i] = equations[i].enclose(powers);
        }
        return f;
    }

    private Interval[] exactResidual(double[] c) {
        ExactComplex[][] powers = new ExactComplex[n][];
        for (int v = 0; v < n; v++) {
            powers[v] = new ExactComplex[maxExponents[v] + 1];
            ExactComplex x = ExactComplex.of(c[2 * v], c[2 * v + 1]);
            powers[v][0] = ExactComplex.integer(java.math.BigInteger.ONE);
            for (int k = 1; k <= maxExponents[v]; k++) {
                powers[v][k] = powers[v][k - 1].mul(x);
            }
        }
        Interval[] f = new Interval[n];
        for (int i = 0; i < n; i++) {
            f[i] = equations[i].exact(powers);
        }
        return f;
    }

    private static double[] midpoints(Interval[] values) {
        double[] mid = new double[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            mid[2 * i] = values[i].reLo / 2 + values[i].reHi / 2;
            mid[2 * i + 1] = values[i].imLo / 2 + values[i].imHi / 2;
        }
        return mid;
    }

    private double[][][] doublePowers(double[] c) {
        double[][][] powers = new double[n][][];
        for (int v = 0; v < n; v++) {
            powers[v] = new double[maxExponents[v] + 1][];
            powers[v][0] = new double[] { 1, 0 };
            double re = c[2 * v];
            double im = c[2 * v + 1];
            for (int k = 1; k <= maxExponents[v]; k++) {
                double[] p = powers[v][k - 1];
                powers[v][k] = new double[] { p[0] * re - p[1] * im, p[0] * im + p[1] * re };
            }
        }
        return powers;
    }

    private double[] residual(double[] c) {
        double[][][] powers = doublePowers(c);
        double[] f = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] value = equations[i].evaluate(powers);
            f[2 * i] = value[0];
            f[2 * i + 1] = value[1];
        }
        return f;
    }

    private double[][] jacobianAt(double[] c) {
        double[][][] powers = doublePowers(c);
        double[][] j = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < n; v++) {
                double[] value = jacobian[i][v].evaluate(powers);
                j[i][2 * v] = value[0];
                j[i][2 * v + 1] = value[1];
            }
        }
        return j;
    }
}
