// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;

/**
 * An exact, immutable, sparse polynomial with {@link Rational} coefficients
 * in a fixed number of variables.
 * <p>
 * Terms are kept in decreasing graded-lexicographic order of their
 * {@link Monomial}s (leading term first); zero coefficients are never stored,
 * so two equal polynomials have equal term lists. {@link #toString(List)}
 * writes a canonical form that {@link PolynomialParser} reads back to an equal
 * polynomial, e.g. {@code 1/2*x^2 + x} or
 * {@code y1^2*y6^2 - 2*y1*y3*y4*y6}.
 */
public final class Polynomial {

    /** One term: a coefficient times a monomial. */
    public record Term(Monomial monomial, Rational coefficient) {
        /** @return a copy of the monomial's exponent vector */
        public int[] exponents() {
            return monomial.exponents();
        }
    }

    private final int variableCount;
    /** Decreasing graded-lex order, no zero coefficients. */
    private final NavigableMap<Monomial, Rational> terms;

    private Polynomial(int variableCount, NavigableMap<Monomial, Rational> terms) {
        this.variableCount = variableCount;
        this.terms = terms;
    }

    private static NavigableMap<Monomial, Rational> newTermMap() {
        return new TreeMap<>(Collections.reverseOrder());
    }

    /**
     * @param variableCount
     *            the number of variables
     * @return the zero polynomial
     */
    public static Polynomial zero(int variableCount) {
        return new Polynomial(variableCount, newTermMap());
    }

    /**
     * @param variableCount
     *            the number of variables
     * @param value
     *            the constant
     * @return the constant polynomial
     */
    public static Polynomial constant(int variableCount, Rational value) {
        return monomial(Monomial.one(variableCount), value);
    }

    /**
     * @param variableCount
     *            the number of variables
     * @param variable
     *            0-based index of the variable
     * @return the polynomial x_variable
     */
    public static Polynomial variable(int variableCount, int variable) {
        return monomial(Monomial.variable(variableCount, variable), Rational.ONE);
    }

    /**
     * @param monomial
     *            the monomial
     * @param coefficient
     *            its coefficient
     * @return the one-term polynomial (zero if the coefficient is zero)
     */
    public static Polynomial monomial(Monomial monomial, Rational coefficient) {
        NavigableMap<Monomial, Rational> map = newTermMap();
        if (!coefficient.isZero()) {
            map.put(monomial, coefficient);
        }
        return new Polynomial(monomial.variableCount(), map);
    }

    /**
     * Builds a polynomial from coefficients of monomials; repeated monomials
     * are not possible in a map, zero coefficients are dropped.
     *
     * @param variableCount
     *            the number of variables
     * @param coefficients
     *            coefficient of each monomial
     * @return the polynomial
     */
    public static Polynomial of(int variableCount, Map<Monomial, Rational> coefficients) {
        NavigableMap<Monomial, Rational> map = newTermMap();
        coefficients.forEach((m, c) -> {
            if (m.variableCount() != variableCount) {
                throw new IllegalArgumentException("monomial " + m + " is not in " + variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (!c.isZero()) {
                map.put(m, c);
            }
        });
        return new Polynomial(variableCount, map);
    }

    /**
     * @param coefficients
     *            coefficients[k] is the coefficient of x^k
     * @return the univariate polynomial
     */
    public static Polynomial univariate(Rational... coefficients) {
        NavigableMap<Monomial, Rational> map = newTermMap();
        for (int k = 0; k < coefficients.length; k++) {
            if (!coefficients[k].isZero()) {
                map.put(Monomial.of(k), coefficients[k]);
            }
        }
        return new Polynomial(1, map);
    }

    /**
     * @param count
     *            the number of variables
     * @return x1, ..., x_count, or just x for one variable
     */
    public static List<String> defaultVariableNames(int count) {
        if (count == 1) {
            return List.of("x"); //$NON-NLS-1$
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("x" + i); //$NON-NLS-1$
        }
        return names;
    }

    /** @return the number of variables */
    public int variableCount() {
        return variableCount;
    }

    /** @return the terms, leading (graded-lex largest) term first */
    public List<Term> terms() {
        List<Term> list = new ArrayList<>(terms.size());
        terms.forEach((m, c) -> list.add(new Term(m, c)));
        return list;
    }

    /** @return the number of non-zero terms */
    public int termCount() {
        return terms.size();
    }

    /**
     * @param monomial
     *            a monomial in the same variables
     * @return its coefficient (zero if absent)
     */
    public Rational coefficient(Monomial monomial) {
        return terms.getOrDefault(monomial, Rational.ZERO);
    }

    /** @return true for the zero polynomial */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** @return the total degree; -1 for the zero polynomial */
    public int degree() {
        return terms.isEmpty() ? -1 : terms.firstKey().degree();
    }

    /** @return true if all terms have the same degree (true for zero) */
    public boolean isHomogeneous() {
        int d = degree();
        return terms.keySet().stream().allMatch(m -> m.degree() == d);
    }

    /**
     * @return the coefficients of a univariate polynomial: element k is the
     *         coefficient of x^k, up to the degree
     * @throws IllegalStateException
     *             if there is not exactly one variable
     */
    public Rational[] univariateCoefficients() {
        if (variableCount != 1) {
            throw new IllegalStateException("not univariate: " + variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Rational[] c = new Rational[Math.max(degree() + 1, 0)];
        Arrays.fill(c, Rational.ZERO);
        terms.forEach((m, v) -> c[m.degree()] = v);
        return c;
    }

    /**
     * @param other
     *            a polynomial in the same number of variables
     * @return this + other
     */
    public Polynomial add(Polynomial other) {
        checkSameVariables(other);
        NavigableMap<Monomial, Rational> map = new TreeMap<>(terms);
        other.terms.forEach((m, c) -> addTerm(map, m, c));
        return new Polynomial(variableCount, map);
    }

    private static void addTerm(NavigableMap<Monomial, Rational> map, Monomial m, Rational c) {
        Rational sum = map.getOrDefault(m, Rational.ZERO).add(c);
        if (sum.isZero()) {
            map.remove(m);
        } else {
            map.put(m, sum);
        }
    }

    /**
     * @param other
     *            a polynomial in the same number of variables
     * @return this − other
     */
    public Polynomial sub(Polynomial other) {
        return add(other.neg());
    }

    /** @return −this */
    public Polynomial neg() {
        return scale(Rational.MINUS_ONE);
    }

    /**
     * @param factor
     *            a number
     * @return factor · this
     */
    public Polynomial scale(Rational factor) {
        NavigableMap<Monomial, Rational> map = newTermMap();
        if (!factor.isZero()) {
            terms.forEach((m, c) -> map.put(m, c.mul(factor)));
        }
        return new Polynomial(variableCount, map);
    }

    /**
     * @param other
     *            a polynomial in the same number of variables
     * @return this · other
     */
    /**
     * @param g
     *            one polynomial per variable of this one, all in the same variables
     * @return this(g_1, …, g_n), with the powers of each g_i computed once
     */
    public Polynomial substitute(List<Polynomial> g) {
        int vars = g.get(0).variableCount();
        List<List<Polynomial>> powers = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            List<Polynomial> p = new ArrayList<>();
            p.add(constant(vars, Rational.ONE));
            powers.add(p);
        }
        Polynomial result = zero(vars);
        for (Term term : terms()) {
            int[] e = term.exponents();
            Polynomial product = constant(vars, term.coefficient());
            for (int v = 0; v < e.length; v++) {
                List<Polynomial> p = powers.get(v);
                while (p.size() <= e[v]) {
                    p.add(p.get(p.size() - 1).mul(g.get(v)));
                }
                if (e[v] > 0) {
                    product = product.mul(p.get(e[v]));
                }
            }
            result = result.add(product);
        }
        return result;
    }

    /**
     * @param other
     *            a polynomial in the same variables
     * @return this · other
     */
    public Polynomial mul(Polynomial other) {
        checkSameVariables(other);
        NavigableMap<Monomial, Rational> map = newTermMap();
        terms.forEach((m1, c1) -> other.terms.forEach((m2, c2) -> addTerm(map, m1.mul(m2), c1.mul(c2))));
        return new Polynomial(variableCount, map);
    }

    /**
     * @param exponent
     *            a non-negative integer
     * @return this^exponent (this^0 = 1)
     */
    public Polynomial pow(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative exponent " + exponent); //$NON-NLS-1$
        }
        Polynomial result = constant(variableCount, Rational.ONE);
        Polynomial base = this;
        for (int k = exponent; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result.mul(base);
            }
            if (k > 1) {
                base = base.mul(base);
            }
        }
        return result;
    }

    /**
     * @param variable
     *            0-based index of the variable
     * @return ∂this/∂x_variable
     */
    public Polynomial derivative(int variable) {
        NavigableMap<Monomial, Rational> map = newTermMap();
        terms.forEach((m, c) -> {
            int e = m.exponent(variable);
            if (e > 0) {
                int[] exps = m.exponents();
                exps[variable] = e - 1;
                map.put(Monomial.of(exps), c.mul(Rational.of(e)));
            }
        });
        return new Polynomial(variableCount, map);
    }

    /**
     * @param point
     *            one value per variable
     * @return the exact value at the point
     */
    public Rational evaluate(Rational[] point) {
        checkPoint(point.length);
        Rational sum = Rational.ZERO;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            Rational v = t.getValue();
            for (int i = 0; i < variableCount; i++) {
                int e = t.getKey().exponent(i);
                if (e > 0) {
                    v = v.mul(point[i].pow(e));
                }
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /**
     * @param point
     *            one value per variable
     * @return the floating-point value at the point
     */
    public double evaluate(double[] point) {
        checkPoint(point.length);
        double sum = 0;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            double v = t.getValue().doubleValue();
            for (int i = 0; i < variableCount; i++) {
                int e = t.getKey().exponent(i);
                if (e > 0) {
                    v *= Math.pow(point[i], e);
                }
            }
            sum += v;
        }
        return sum;
    }

    /**
     * @param point
     *            one value per variable (any longs; reduced mod p)
     * @param p
     *            a prime at most {@link ModP#MAX_PRIME}
     * @return the value mod p, in [0, p)
     * @throws ArithmeticException
     *             if p divides a coefficient's denominator
     */
    public long evaluate(long[] point, long p) {
        ModP.checkModulus(p);
        checkPoint(point.length);
        long sum = 0;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            long v = t.getValue().modP(p);
            for (int i = 0; i < variableCount; i++) {
                int e = t.getKey().exponent(i);
                if (e > 0) {
                    v = ModP.mul(v, ModP.pow(ModP.reduce(point[i], p), e, p), p);
                }
            }
            sum = ModP.add(sum, v, p);
        }
        return sum;
    }

    private void checkPoint(int length) {
        if (length != variableCount) {
            throw new IllegalArgumentException(
                    "point has " + length + " coordinates, polynomial has " + variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private void checkSameVariables(Polynomial other) {
        if (other.variableCount != variableCount) {
            throw new IllegalArgumentException(
                    "polynomials in " + variableCount + " and " + other.variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * Writes the canonical form: terms in decreasing graded-lex order joined by
     * {@code " + "} and {@code " - "}, a coefficient ±1 omitted before a
     * non-constant monomial, otherwise written as {@code c*monomial} with c an
     * integer or a fraction; zero is {@code 0}.
     *
     * @param variableNames
     *            one name per variable
     * @return the text, which {@link PolynomialParser} reads back to this
     */
    public String toString(List<String> variableNames) {
        if (variableNames.size() != variableCount) {
            throw new IllegalArgumentException(
                    variableNames.size() + " names for " + variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (terms.isEmpty()) {
            return "0"; //$NON-NLS-1$
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            Rational c = t.getValue();
            Rational abs = c.signum() < 0 ? c.neg() : c;
            if (sb.isEmpty()) {
                sb.append(c.signum() < 0 ? "-" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                sb.append(c.signum() < 0 ? " - " : " + "); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Monomial m = t.getKey();
            if (m.degree() == 0) {
                sb.append(abs);
            } else {
                if (!abs.isOne()) {
                    sb.append(abs).append('*');
                }
                sb.append(m.toString(variableNames));
            }
        }
        return sb.toString();
    }

    /** @return the canonical form in the variables x1, x2, ... (x if univariate) */
    @Override
    public String toString() {
        return toString(defaultVariableNames(variableCount));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Polynomial other && variableCount == other.variableCount && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return 31 * variableCount + terms.hashCode();
    }
}
