// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;

/**
 * The equations F of a system cut by d affine linear equations
 * {@code A x + c = 0} (the slice of dimension d), made square: n − d random
 * combinations {@code G = [I | R] F} of the equations (sorted by decreasing
 * degree, so that G_i has the degree of F_i) followed by the slice.
 * <p>
 * The normals A are fixed random integers; the offsets c are the parameters
 * of the square system. Moving only c moves the slice through a family of
 * parallel spaces: for a d-dimensional irreducible component X these are the
 * fibres of a generic linear projection X → C^d, so loops in c act
 * transitively on the witness points of X (monodromy), and along a line in c
 * the sum of the witness points of X is affine (the trace test).
 */
final class SlicedSystem {

    private static final int NORMAL_RANGE = 50;
    private static final int COMBINATION_RANGE = 100;

    private final int dimension;
    private final int n;
    private final int[][] normals;
    private final PolynomialSystem square;
    private final PolynomialSystem original;
    private final Complex[] base;

    /**
     * @param equations
     *            nonconstant polynomials in n variables, at least n − d of them
     * @param variables
     *            the variable names
     * @param dimension
     *            d, the number of slicing equations
     * @param random
     *            source of the normals, the combinations and the base offsets
     */
    SlicedSystem(List<Polynomial> equations, List<String> variables, int dimension, SplittableRandom random) {
        this.dimension = dimension;
        this.n = variables.size();
        List<String> offsets = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            // not a valid name in the text format, so it cannot clash with a variable
            offsets.add("#slice" + (i + 1)); //$NON-NLS-1$
        }
        int inputs = n + dimension;
        List<Polynomial> sorted = new ArrayList<>(equations);
        sorted.sort(Comparator.comparingInt(Polynomial::degree).reversed());
        List<Polynomial> padded = sorted.stream().map(f -> pad(f, inputs)).toList();
        int k = n - dimension;
        List<Polynomial> squareEquations = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Polynomial g = padded.get(i);
            for (int j = k; j < padded.size(); j++) {
                g = g.add(padded.get(j).scale(Rational.of(random.nextInt(-COMBINATION_RANGE, COMBINATION_RANGE + 1))));
            }
            squareEquations.add(g);
        }
        this.normals = new int[dimension][n];
        List<Polynomial> slice = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            Polynomial l = Polynomial.variable(inputs, n + i);
            for (int j = 0; j < n; j++) {
                normals[i][j] = random.nextInt(-NORMAL_RANGE, NORMAL_RANGE + 1);
                l = l.add(Polynomial.variable(inputs, j).scale(Rational.of(normals[i][j])));
            }
            slice.add(l);
        }
        squareEquations.addAll(slice);
        List<Polynomial> all = new ArrayList<>(padded);
        all.addAll(slice);
        this.square = new PolynomialSystem(variables, offsets, squareEquations);
        this.original = new PolynomialSystem(variables, offsets, all);
        this.base = Interleaved.toComplex(Interleaved.gaussian(dimension, random));
    }

    private static Polynomial pad(Polynomial f, int inputs) {
        Polynomial result = Polynomial.zero(inputs);
        for (Polynomial.Term term : f.terms()) {
            int[] e = java.util.Arrays.copyOf(term.exponents(), inputs);
            result = result.add(Polynomial.monomial(Monomial.of(e), term.coefficient()));
        }
        return result;
    }

    int dimension() {
        return dimension;
    }

    /** @return n − d combinations of the equations, then the slice: square, with the offsets as parameters */
    PolynomialSystem square() {
        return square;
    }

    /** @return every equation, then the slice: the system a witness point must solve */
    PolynomialSystem original() {
        return original;
    }

    /** @return the random complex offsets of the slice */
    Complex[] base() {
        return base.clone();
    }

    /**
     * @param point
     *            a point of C^n
     * @return the offsets c of the parallel slice through the point, c = −A·point
     */
    Complex[] offsetsThrough(Complex[] point) {
        Complex[] c = new Complex[dimension];
        for (int i = 0; i < dimension; i++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < n; j++) {
                re -= normals[i][j] * point[j].re();
                im -= normals[i][j] * point[j].im();
            }
            c[i] = new Complex(re, im);
        }
        return c;
    }
}
