// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.solver.Complex;

/**
 * The systems whose solutions count the points of M ∩ L, for the neuromanifold M, the closure of
 * the image of a parametrization f: C^P → C^N of dimension d, and L a random affine space of
 * dimension N − d through a random point c₀ = f(θ₀) of M.
 * <p>
 * f(θ) ∈ L is d equations in the P parameters; its solutions are the fibres over the points of
 * M ∩ L, of dimension P − d. P − d random affine equations S on θ cut every fibre to the same
 * number e of points (the degree of the generic fibre, in the P − d dimensional sense), so that
 * <pre>
 * #{ θ : f(θ) ∈ L, θ ∈ S } = deg M · e
 * </pre>
 * and e itself is #{ θ : f(θ) = c₀, θ ∈ S }: the points of the first system that lie over c₀.
 * Everything has integer coefficients drawn from the seed, so both systems can be counted exactly
 * modulo a prime as well as solved numerically.
 *
 * @param parametrization
 *            f
 * @param dimension
 *            d, the rank of the Jacobian of f at a random point modulo a prime
 * @param image
 *            the coordinates of f as polynomials in θ
 * @param base
 *            c₀ = f(θ₀)
 * @param square
 *            the P equations f(θ) ∈ L, θ ∈ S
 * @param fibre
 *            the N + P − d equations f(θ) = c₀, θ ∈ S
 */
record NeuromanifoldSlice(Parametrization parametrization, int dimension, List<Polynomial> image, Rational[] base,
        List<Polynomial> square, List<Polynomial> fibre) {

    /** Random integers in [−BOUND, BOUND] make the slices. */
    private static final int BOUND = 9;

    static NeuromanifoldSlice random(Parametrization f, long prime, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int parameters = f.parameterCount();
        int ambient = f.ambientDimension();
        int dimension = jacobianRank(f, prime, random);
        List<Polynomial> image = List.of(f.evaluate(new PolynomialRing(parameters), new PolynomialRing(parameters).symbols()));
        Rational[] theta0 = new Rational[parameters];
        for (int k = 0; k < parameters; k++) {
            theta0[k] = Rational.of(random.nextInt(-BOUND, BOUND + 1));
        }
        Rational[] base = f.evaluate(theta0);
        List<Polynomial> centred = new ArrayList<>();
        for (int j = 0; j < ambient; j++) {
            centred.add(image.get(j).sub(Polynomial.constant(parameters, base[j])));
        }
        List<Polynomial> slice = new ArrayList<>();
        for (int i = 0; i < parameters - dimension; i++) {
            Polynomial equation = Polynomial.constant(parameters, Rational.of(nonZero(random)));
            for (int k = 0; k < parameters; k++) {
                equation = equation.add(Polynomial.variable(parameters, k).scale(Rational.of(nonZero(random))));
            }
            slice.add(equation);
        }
        List<Polynomial> square = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            Polynomial combination = Polynomial.zero(parameters);
            for (int j = 0; j < ambient; j++) {
                combination = combination.add(centred.get(j).scale(Rational.of(nonZero(random))));
            }
            square.add(combination);
        }
        square.addAll(slice);
        List<Polynomial> fibre = new ArrayList<>(centred.stream().filter(g -> !g.isZero()).toList());
        fibre.addAll(slice);
        return new NeuromanifoldSlice(f, dimension, image, base, List.copyOf(square), List.copyOf(fibre));
    }

    /** The dimension of M: the rank of the Jacobian at a random point modulo the prime (a lower bound, exact for almost all points). */
    private static int jacobianRank(Parametrization f, long prime, SplittableRandom random) {
        long[] theta = new long[f.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = random.nextLong(1, prime);
        }
        return ModularMatrix.of(f.jacobian(theta, prime), prime).rank();
    }

    private static int nonZero(SplittableRandom random) {
        int value = random.nextInt(1, BOUND + 1);
        return random.nextBoolean() ? value : -value;
    }

    /** @return the number of parameters, the unknowns of both systems */
    int unknowns() {
        return parametrization.parameterCount();
    }

    /** @return f(θ) at a complex point */
    Complex[] imageOf(Complex[] theta) {
        Complex[] values = new Complex[image.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = evaluate(image.get(j), theta);
        }
        return values;
    }

    /** @return whether f(θ) is c₀ to the relative tolerance */
    boolean overBase(Complex[] theta, double tolerance) {
        Complex[] value = imageOf(theta);
        double scale = 1;
        double distance = 0;
        for (int j = 0; j < value.length; j++) {
            scale = Math.max(scale, Math.abs(base[j].doubleValue()));
            distance = Math.max(distance, value[j].sub(Complex.real(base[j].doubleValue())).abs());
        }
        return distance <= tolerance * scale;
    }

    static Complex evaluate(Polynomial g, Complex[] z) {
        Complex sum = Complex.ZERO;
        for (Polynomial.Term term : g.terms()) {
            Complex product = Complex.real(term.coefficient().doubleValue());
            int[] exponents = term.exponents();
            for (int k = 0; k < exponents.length; k++) {
                for (int e = 0; e < exponents[k]; e++) {
                    product = product.mul(z[k]);
                }
            }
            sum = sum.add(product);
        }
        return sum;
    }
}
