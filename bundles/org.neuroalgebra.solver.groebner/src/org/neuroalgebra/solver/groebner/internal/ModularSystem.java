// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * Builds the generators mod p of the ideal whose solutions are counted: the
 * equations, plus 1 − t·g for the saturation, plus random linear slices.
 * <p>
 * Saturation by J = (g_1..g_s) uses one new variable t (the last one) and g =
 * Σ r_i g_i with random r_i: a point with some g_i ≠ 0 has g ≠ 0 for all but
 * a proportion 1/p of the choices, and a component of V(I) lies in V(g) for
 * random r only if it lies in V(J) (the r with g ≡ 0 on an irreducible
 * component not in V(J) form a proper linear subspace). The points of
 * V(I + (1 − t·g)) correspond one to one, with the same local rings, to the
 * points of V(I) where g ≠ 0, so dimension, and counts with multiplicity in
 * dimension 0, are those of the saturation.
 */
public final class ModularSystem {

    private final int originalVariables;
    private final MonomialLayout layout;
    private final long prime;
    private final List<ModPolynomial> generators = new ArrayList<>();

    /**
     * @param equations
     *            the equations
     * @param variableCount
     *            their number of variables
     * @param saturateBy
     *            generators of the ideal to saturate by (empty: none)
     * @param prime
     *            the prime
     * @param random
     *            the source of the coefficients of the saturating combination
     * @throws IllegalArgumentException
     *             if a coefficient cannot be reduced mod p or a polynomial
     *             has the wrong number of variables
     */
    public ModularSystem(List<Polynomial> equations, int variableCount, List<Polynomial> saturateBy, long prime,
            SplittableRandom random) {
        this.originalVariables = variableCount;
        this.prime = Residues.checkPrime(prime);
        this.layout = new MonomialLayout(variableCount + (saturateBy.isEmpty() ? 0 : 1));
        for (int k = 0; k < equations.size(); k++) {
            generators.add(reduce(equations.get(k), "equation " + (k + 1))); //$NON-NLS-1$
        }
        if (!saturateBy.isEmpty()) {
            addRabinowitsch(saturateBy, random);
        }
    }

    private ModularSystem(ModularSystem other) {
        this.originalVariables = other.originalVariables;
        this.layout = other.layout;
        this.prime = other.prime;
        this.generators.addAll(other.generators);
    }

    private void addRabinowitsch(List<Polynomial> saturateBy, SplittableRandom random) {
        long t = layout.variable(originalVariables);
        List<Long> monomials = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        monomials.add(0L);
        coefficients.add(1L);
        for (int k = 0; k < saturateBy.size(); k++) {
            long weight = saturateBy.size() == 1 ? 1 : 1 + random.nextLong(prime - 1);
            ModPolynomial g = reduce(saturateBy.get(k), "saturating polynomial " + (k + 1)); //$NON-NLS-1$
            for (int i = 0; i < g.size(); i++) {
                monomials.add(layout.multiply(t, g.monomial(i)));
                coefficients.add((prime - weight) * g.coefficient(i) % prime);
            }
        }
        generators.add(ModPolynomial.of(layout, prime, toArray(monomials), toArray(coefficients)));
    }

    private ModPolynomial reduce(Polynomial f, String what) {
        if (f.variableCount() != originalVariables) {
            throw new IllegalArgumentException(what + " has " + f.variableCount() + " variables, expected " //$NON-NLS-1$ //$NON-NLS-2$
                    + originalVariables);
        }
        List<Polynomial.Term> terms = f.terms();
        long[] monomials = new long[terms.size()];
        long[] coefficients = new long[terms.size()];
        int[] exponents = new int[layout.variableCount()];
        for (int i = 0; i < terms.size(); i++) {
            Polynomial.Term term = terms.get(i);
            System.arraycopy(term.exponents(), 0, exponents, 0, originalVariables);
            try {
                monomials[i] = layout.pack(exponents);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
            coefficients[i] = residue(term.coefficient(), what);
        }
        return ModPolynomial.of(layout, prime, monomials, coefficients);
    }

    private long residue(Rational c, String what) {
        try {
            return c.modP(prime);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " has the coefficient " + c //$NON-NLS-1$
                    + " whose denominator is divisible by the prime " + prime, e); //$NON-NLS-1$
        }
    }

    private static long[] toArray(List<Long> list) {
        long[] array = new long[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

    /**
     * @param count
     *            the number of slices
     * @param random
     *            the source of their coefficients
     * @return this system plus count random affine linear equations in the
     *         original variables (not in t)
     */
    public ModularSystem withRandomSlices(int count, SplittableRandom random) {
        ModularSystem sliced = new ModularSystem(this);
        for (int s = 0; s < count; s++) {
            long[] monomials = new long[originalVariables + 1];
            long[] coefficients = new long[originalVariables + 1];
            for (int v = 0; v < originalVariables; v++) {
                monomials[v] = layout.variable(v);
                coefficients[v] = 1 + random.nextLong(prime - 1);
            }
            monomials[originalVariables] = 0L;
            coefficients[originalVariables] = random.nextLong(prime);
            sliced.generators.add(ModPolynomial.of(layout, prime, monomials, coefficients));
        }
        return sliced;
    }

    /** @return the monomial layout (with t last when saturating) */
    public MonomialLayout layout() {
        return layout;
    }

    /** @return the prime */
    public long prime() {
        return prime;
    }

    /** @return the generators mod p */
    public List<ModPolynomial> generators() {
        return List.copyOf(generators);
    }
}
