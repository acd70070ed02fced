// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.solver.Complex;

/**
 * The parametric chart of any architecture: a random affine slice θ = θ₀ + N z of the parameter
 * space of dimension k = dim M (docs/MATHEMATICS.md §6.2). A generic slice meets every generic
 * fibre transversally in finitely many points, whatever the symmetries are (GL(a) in attention,
 * GL(C) between channels), so z ↦ c(θ₀ + N z) has finite generic fibres; and a critical point
 * of the distance restricted to a transversal slice is critical in all of Θ, since the gradient
 * of θ ↦ ‖μ(θ) − u‖² is orthogonal to the fibre. Several parameter points of the slice lie over
 * one image (as many as the fibre's degree), which is why images, not parameter points, are
 * counted. The slice has integer entries, so the coefficients stay exact.
 */
public final class SlicedChart implements ParametricChart {

    private static final int ENTRY_BOUND = 2;
    private static final long SAMPLE_BOUND = 1L << 30;

    private final Parametrization parametrization;
    private final long[] origin;
    private final long[][] directions;
    private final Polynomial[] coefficients;
    private final List<String> names;

    private SlicedChart(Parametrization parametrization, long[] origin, long[][] directions) {
        this.parametrization = parametrization;
        this.origin = origin;
        this.directions = directions;
        int k = directions.length == 0 ? 0 : directions[0].length;
        this.names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            names.add("z" + j); //$NON-NLS-1$
        }
        Polynomial[] theta = new Polynomial[origin.length];
        for (int i = 0; i < origin.length; i++) {
            Polynomial entry = Polynomial.constant(k, Rational.of(origin[i]));
            for (int j = 0; j < k; j++) {
                entry = entry.add(Polynomial.variable(k, j).scale(Rational.of(directions[i][j])));
            }
            theta[i] = entry;
        }
        this.coefficients = parametrization.evaluate(new PolynomialRing(k), theta);
    }

    /**
     * @param seed
     *            the seed of the slice and of the rank that gives its dimension
     * @return a slice of dimension dim M (the rank of the Jacobian at a random point modulo p)
     */
    public static SlicedChart of(Parametrization parametrization, long seed) {
        int n = parametrization.parameterCount();
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[n];
        for (int i = 0; i < n; i++) {
            point[i] = random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1);
        }
        int k = ModularMatrix.of(parametrization.jacobian(point, ModP.PRIME_1), ModP.PRIME_1).rank();
        long[] origin = new long[n];
        long[][] directions = new long[n][k];
        for (int i = 0; i < n; i++) {
            origin[i] = nonZero(random);
            for (int j = 0; j < k; j++) {
                directions[i][j] = nonZero(random);
            }
        }
        return new SlicedChart(parametrization, origin, directions);
    }

    private static long nonZero(SplittableRandom random) {
        long value = random.nextLong(1, ENTRY_BOUND + 1);
        return random.nextBoolean() ? value : -value;
    }

    @Override
    public Polynomial[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public List<String> unknownNames() {
        return List.copyOf(names);
    }

    @Override
    public Complex[] parameters(Complex[] t) {
        Complex[] theta = new Complex[origin.length];
        for (int i = 0; i < origin.length; i++) {
            Complex sum = Complex.real(origin[i]);
            for (int j = 0; j < t.length; j++) {
                sum = sum.add(t[j].mul(Complex.real(directions[i][j])));
            }
            theta[i] = sum;
        }
        return theta;
    }

    @Override
    public String description() {
        return "a random affine slice θ = θ₀ + N z of dimension " + names.size() + " = dim M of the " //$NON-NLS-1$ //$NON-NLS-2$
                + parametrization.parameterCount() + " parameters (integer entries), meeting each generic fibre in finitely many points"; //$NON-NLS-1$
    }
}
