// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * A random affine-linear space L of dimension c in C^n, given by a point and c directions with
 * small random integer coordinates: L = { p + B t : t ∈ C^c }. Restricting equations to L
 * (substituting x = p + B t) replaces "V ∩ L" by a system in the c unknowns t, which is smaller
 * for both the homotopy and the Gröbner count than V's equations plus n − c linear ones. Integer
 * coordinates keep the restricted equations exact, so that the same system can be counted modulo
 * a prime and certified by interval arithmetic.
 */
final class AffineSlice {

    /**
     * Coordinates are drawn from [−BOUND, BOUND] without 0: generic enough (the bad choices lie on
     * a hypersurface; a zero direction coordinate, which makes a slice parallel to a coordinate
     * hyperplane, is the likeliest of them) while keeping coefficients and the points small.
     */
    private static final int BOUND = 20;

    private final Rational[] point;
    private final Rational[][] directions;

    private AffineSlice(Rational[] point, Rational[][] directions) {
        this.point = point;
        this.directions = directions;
    }

    /**
     * @param ambient
     *            n, the number of coordinates
     * @param dimension
     *            c, the dimension of the slice (0 to n)
     * @param seed
     *            the seed of the random coordinates
     */
    static AffineSlice random(int ambient, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Rational[] point = new Rational[ambient];
        Rational[][] directions = new Rational[ambient][dimension];
        for (int i = 0; i < ambient; i++) {
            point[i] = nonzero(random);
            for (int j = 0; j < dimension; j++) {
                directions[i][j] = nonzero(random);
            }
        }
        return new AffineSlice(point, directions);
    }

    private static Rational nonzero(SplittableRandom random) {
        int value = random.nextInt(1, BOUND + 1);
        return Rational.of(random.nextBoolean() ? value : -value);
    }

    /** @return c, the number of unknowns of the restricted equations */
    int dimension() {
        return directions.length == 0 ? 0 : directions[0].length;
    }

    /** @return the equations restricted to L, in the unknowns t_1, …, t_c */
    List<Polynomial> restrict(List<Polynomial> equations) {
        int c = dimension();
        List<Polynomial> coordinates = new ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            Polynomial x = Polynomial.constant(c, point[i]);
            for (int j = 0; j < c; j++) {
                x = x.add(Polynomial.variable(c, j).scale(directions[i][j]));
            }
            coordinates.add(x);
        }
        return equations.stream().map(f -> f.substitute(coordinates)).filter(f -> !f.isZero()).toList();
    }

    /** @return the point p + B t of C^n */
    Complex[] embed(Complex[] t) {
        Complex[] x = new Complex[point.length];
        for (int i = 0; i < point.length; i++) {
            double re = point[i].doubleValue();
            double im = 0;
            for (int j = 0; j < t.length; j++) {
                double b = directions[i][j].doubleValue();
                re += b * t[j].re();
                im += b * t[j].im();
            }
            x[i] = new Complex(re, im);
        }
        return x;
    }
}
