// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The double evaluation of a {@link CompiledSystem} as a straight-line program: every monomial that
 * a value or a first derivative needs is computed once, as an earlier monomial times one input (one
 * complex multiplication), and the values, ∂F/∂z and ∂F/∂p are one sparse real matrix applied to
 * that table of monomials.
 * <p>
 * Why not term by term: the terms of one system share most of their monomials (the derivatives of
 * x·y·z₀ and of x·y² both need x·y), so the term-by-term product of powers did the same
 * multiplications many times, and scattered each term's derivatives over the Jacobian through index
 * tables. Here each output entry is one contiguous dot product of real coefficients with complex
 * monomials, accumulated in registers and written once, and the monomials are shared by all
 * equations and all their derivatives.
 * <p>
 * The value of an equation homogeneous of degree d ≥ 1 in z (every equation of a system without
 * parameters, which is homogenized) is Euler's d·F = Σ_j z_j ∂F/∂z_j, from ∂F/∂z, which the tracker
 * needs anyway: n + 1 complex products instead of one dot product over all terms, and the monomials
 * of degree d are never computed (a dense quadric in 10 unknowns has 66 terms, but ∂F/∂z needs only
 * the 11 coordinates). The values are computed this way whether or not ∂F/∂z is requested, so they
 * do not depend on the request.
 * <p>
 * Immutable; {@link #evaluate} needs a scratch table of {@link #monomialCount()} complex numbers and
 * one of {@link #jacobianScratchSize()} doubles per thread.
 */
final class MonomialProgram {

    /** The inputs: z (variables and z₀), then the parameters. */
    private final int zInputs;
    private final int equations;
    private final int parameters;
    /** Monomial k ≥ 1 is monomial parent[k] times input input[k]; monomial 0 is 1. */
    private final int[] parent;
    private final int[] input;
    /**
     * Output rows: the m values, then the m·(n+1) entries of ∂F/∂z row-major, then the m·np
     * entries of ∂F/∂p; the entries of row r are rowStart[r] .. rowStart[r + 1] − 1.
     */
    private final int[] rowStart;
    private final int[] entryMonomial;
    private final double[] entryCoefficient;
    /**
     * Per equation, its degree d in z when every term has that degree (and it is positive) and there
     * are no parameters, else 0 (the value term by term).
     */
    private final int[] eulerDegree;
    /**
     * The monomials 0 .. this − 1 are all that ∂F/∂z, ∂F/∂p and the values not given by Euler's
     * identity use; the others (values only) are never computed, but they stay in the table as the
     * description of the system.
     */
    private final int derivativeMonomials;
    /** Whether some equation's value is computed by Euler's identity. */
    private final boolean euler;

    /**
     * @param system
     *            the terms: equation, coefficient and factors (input, exponent) of each
     */
    MonomialProgram(CompiledSystem system) {
        this.zInputs = system.variables + 1;
        this.equations = system.equations;
        this.parameters = system.parameters;
        int inputs = zInputs + parameters;
        int rows = equations * (1 + zInputs + parameters);
        List<List<double[]>> rowEntries = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            rowEntries.add(new ArrayList<>());
        }
        Map<Monomial, Integer> index = new HashMap<>();
        List<Monomial> monomials = new ArrayList<>();
        intern(new Monomial(new int[inputs]), index, monomials);
        this.eulerDegree = new int[equations];
        Arrays.fill(eulerDegree, -1);
        for (int t = 0; t < system.termEquation.length; t++) {
            int equation = system.termEquation[t];
            double c = system.termCoefficient[t];
            int[] exponents = new int[inputs];
            int zDegree = 0;
            for (int j = system.factorStart[t]; j < system.factorStart[t + 1]; j++) {
                exponents[system.factorInput[j]] = (int) system.factorExponent[j];
                zDegree += system.factorInput[j] < zInputs ? (int) system.factorExponent[j] : 0;
            }
            eulerDegree[equation] = eulerDegree[equation] < 0 || eulerDegree[equation] == zDegree ? zDegree : 0;
            rowEntries.get(equation).add(new double[] { intern(new Monomial(exponents), index, monomials), c });
            for (int j = system.factorStart[t]; j < system.factorStart[t + 1]; j++) {
                int in = system.factorInput[j];
                int[] derivative = exponents.clone();
                derivative[in]--;
                int row = in < zInputs ? equations + equation * zInputs + in
                        : equations * (1 + zInputs) + equation * parameters + in - zInputs;
                rowEntries.get(row).add(new double[] { intern(new Monomial(derivative), index, monomials),
                        c * exponents[in] });
            }
        }
        // close under taking a parent, so that every monomial is one multiplication from an earlier one
        for (int k = 0; k < monomials.size(); k++) {
            int[] e = monomials.get(k).exponents;
            if (parentInput(e, index) < 0) {
                int first = firstInput(e);
                if (first >= 0) {
                    int[] p = e.clone();
                    p[first]--;
                    intern(new Monomial(p), index, monomials);
                }
            }
        }
        for (int e = 0; e < equations; e++) {
            // With parameters, ∂F/∂p needs the monomials of top degree in z anyway, so little would be saved, and
            // the families of parameter homotopies keep the rounding of the evaluation term by term: near the
            // almost double roots of HigherPrecisionTest it decides which paths fall back to double-double.
            eulerDegree[e] = parameters > 0 ? 0 : Math.max(0, eulerDegree[e]);
        }
        this.euler = Arrays.stream(eulerDegree).anyMatch(d -> d > 0);
        boolean[] needed = derivativeNeeds(rowEntries, monomials, index);
        // order by degree, so that a parent comes before its children, after the monomials that ∂F needs (their
        // parents are needed as well), so that evaluating with ∂F can stop before the monomials only values use
        List<Monomial> ordered = new ArrayList<>(monomials);
        ordered.sort(Comparator.comparing((Monomial m) -> !needed[index.get(m)]).thenComparingInt(Monomial::degree));
        int neededCount = 0;
        for (boolean b : needed) {
            neededCount += b ? 1 : 0;
        }
        this.derivativeMonomials = neededCount;
        int[] position = new int[ordered.size()];
        for (int k = 0; k < ordered.size(); k++) {
            position[index.get(ordered.get(k))] = k;
        }
        this.parent = new int[ordered.size()];
        this.input = new int[ordered.size()];
        for (int k = 1; k < ordered.size(); k++) {
            int[] e = ordered.get(k).exponents;
            int in = parentInput(e, index);
            int[] p = e.clone();
            p[in]--;
            parent[k] = position[index.get(new Monomial(p))];
            input[k] = in;
        }
        this.rowStart = new int[rows + 1];
        int entries = rowEntries.stream().mapToInt(List::size).sum();
        this.entryMonomial = new int[entries];
        this.entryCoefficient = new double[entries];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = at;
            List<double[]> row = rowEntries.get(r);
            row.sort(Comparator.comparingInt(entry -> position[(int) entry[0]]));
            for (double[] entry : row) {
                entryMonomial[at] = position[(int) entry[0]];
                entryCoefficient[at] = entry[1];
                at++;
            }
        }
        rowStart[rows] = at;
    }

    /** @return the size of the scratch ∂F/∂z of {@link #evaluate}: 0 when no value is computed from it */
    int jacobianScratchSize() {
        return euler ? 2 * equations * zInputs : 0;
    }

    /** @return the number of monomials, the size of the scratch table of {@link #evaluate} */
    int monomialCount() {
        return parent.length;
    }

    /**
     * Evaluates the values and the requested derivatives.
     *
     * @param z
     *            interleaved homogeneous coordinates
     * @param p
     *            interleaved parameters
     * @param monomials
     *            scratch, 2·{@link #monomialCount()} doubles
     * @param jacobian
     *            scratch for ∂F/∂z when it is not requested, {@link #jacobianScratchSize()} doubles: the
     *            values are computed the same way whether or not derivatives are requested
     * @param f
     *            receives the values
     * @param dz
     *            receives ∂F/∂z (m × (n+1), row-major, interleaved), or null
     * @param dp
     *            receives ∂F/∂p (m × np), or null
     */
    void evaluate(double[] z, double[] p, double[] monomials, double[] jacobian, double[] f, double[] dz,
            double[] dp) {
        monomials[0] = 1;
        monomials[1] = 0;
        for (int k = 1; k < derivativeMonomials; k++) {
            int in = input[k];
            double xr;
            double xi;
            if (in < zInputs) {
                xr = z[2 * in];
                xi = z[2 * in + 1];
            } else {
                xr = p[2 * (in - zInputs)];
                xi = p[2 * (in - zInputs) + 1];
            }
            int q = 2 * parent[k];
            double mr = monomials[q];
            double mi = monomials[q + 1];
            monomials[2 * k] = mr * xr - mi * xi;
            monomials[2 * k + 1] = mr * xi + mi * xr;
        }
        double[] derivatives = dz != null ? dz : euler ? jacobian : null;
        if (derivatives != null) {
            apply(equations, equations * zInputs, monomials, derivatives);
        }
        if (euler) {
            valuesByEuler(z, monomials, f, derivatives);
        } else {
            apply(0, equations, monomials, f);
        }
        if (dp != null) {
            apply(equations * (1 + zInputs), equations * parameters, monomials, dp);
        }
    }

    /** The values from ∂F/∂z by Euler's identity where an equation is homogeneous in z, else term by term. */
    private void valuesByEuler(double[] z, double[] monomials, double[] f, double[] dz) {
        for (int e = 0; e < equations; e++) {
            int d = eulerDegree[e];
            if (d == 0) {
                applyRow(e, monomials, f, e);
                continue;
            }
            double re = 0;
            double im = 0;
            int row = 2 * e * zInputs;
            for (int j = 0; j < zInputs; j++) {
                double gr = dz[row + 2 * j];
                double gi = dz[row + 2 * j + 1];
                re += z[2 * j] * gr - z[2 * j + 1] * gi;
                im += z[2 * j] * gi + z[2 * j + 1] * gr;
            }
            f[2 * e] = re / d;
            f[2 * e + 1] = im / d;
        }
    }

    /** Writes row r of the matrix times the monomials to out[2·at], out[2·at + 1]. */
    private void applyRow(int r, double[] monomials, double[] out, int at) {
        double re = 0;
        double im = 0;
        for (int e = rowStart[r], end = rowStart[r + 1]; e < end; e++) {
            int q = 2 * entryMonomial[e];
            double c = entryCoefficient[e];
            re += c * monomials[q];
            im += c * monomials[q + 1];
        }
        out[2 * at] = re;
        out[2 * at + 1] = im;
    }

    /** Writes rows first .. first + count − 1 of the matrix times the monomials to out[0 ..]. */
    private void apply(int first, int count, double[] monomials, double[] out) {
        for (int r = 0; r < count; r++) {
            double re = 0;
            double im = 0;
            for (int e = rowStart[first + r], end = rowStart[first + r + 1]; e < end; e++) {
                int q = 2 * entryMonomial[e];
                double c = entryCoefficient[e];
                re += c * monomials[q];
                im += c * monomials[q + 1];
            }
            out[2 * r] = re;
            out[2 * r + 1] = im;
        }
    }

    /**
     * @return per monomial (in the order of the list), whether ∂F/∂z, ∂F/∂p or the value of an equation
     *         that Euler's identity does not give uses it, or it is the parent of one that is used
     */
    private boolean[] derivativeNeeds(List<List<double[]>> rowEntries, List<Monomial> monomials,
            Map<Monomial, Integer> index) {
        boolean[] needed = new boolean[monomials.size()];
        needed[0] = true;
        for (int r = 0; r < rowEntries.size(); r++) {
            if (r < equations && eulerDegree[r] > 0) {
                continue;
            }
            for (double[] entry : rowEntries.get(r)) {
                needed[(int) entry[0]] = true;
            }
        }
        // parents have lower degree: close under taking the parent, highest degree first
        List<Integer> byDegree = new ArrayList<>();
        for (int k = 0; k < monomials.size(); k++) {
            byDegree.add(k);
        }
        byDegree.sort(Comparator.comparingInt((Integer k) -> monomials.get(k).degree()).reversed());
        for (int k : byDegree) {
            if (!needed[k] || k == 0) {
                continue;
            }
            int[] e = monomials.get(k).exponents.clone();
            e[parentInput(e, index)]--;
            needed[index.get(new Monomial(e))] = true;
        }
        return needed;
    }

    private static int intern(Monomial monomial, Map<Monomial, Integer> index, List<Monomial> monomials) {
        Integer known = index.get(monomial);
        if (known != null) {
            return known;
        }
        index.put(monomial, monomials.size());
        monomials.add(monomial);
        return monomials.size() - 1;
    }

    /** @return an input whose removal gives a monomial already in the table, or −1 */
    private static int parentInput(int[] e, Map<Monomial, Integer> index) {
        for (int in = 0; in < e.length; in++) {
            if (e[in] > 0) {
                e[in]--;
                boolean known = index.containsKey(new Monomial(e.clone()));
                e[in]++;
                if (known) {
                    return in;
                }
            }
        }
        return -1;
    }

    private static int firstInput(int[] e) {
        for (int in = 0; in < e.length; in++) {
            if (e[in] > 0) {
                return in;
            }
        }
        return -1;
    }

    /** An exponent vector over the inputs, as a hash key. */
    private record Monomial(int[] exponents) {

        int degree() {
            return Arrays.stream(exponents).sum();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Monomial m && Arrays.equals(exponents, m.exponents);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(exponents);
        }

        @Override
        public String toString() {
            return Arrays.toString(exponents);
        }
    }
}
