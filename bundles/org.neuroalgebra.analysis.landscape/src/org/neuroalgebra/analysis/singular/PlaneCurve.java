// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.Relation;
import org.neuroalgebra.model.Variety;

/**
 * A semialgebraic plane curve {F = 0, g₁ ≥ 0, …, g_k ≥ 0} (some g_i > 0): a {@code variety} block
 * with two coordinates, one equation and any inequalities. Strict inequalities matter for which
 * points belong to the set, not for its closure, which is what distances see.
 *
 * @param name
 *            the variety's name
 * @param coordinates
 *            the two coordinate names
 * @param equation
 *            F
 * @param constraints
 *            the inequalities as g ≥ 0 or g > 0
 */
public record PlaneCurve(String name, List<String> coordinates, Polynomial equation, List<Constraint> constraints) {

    /**
     * One inequality, moved to one side.
     *
     * @param g
     *            left − right for ≥ and >, right − left for ≤ and <
     * @param strict
     *            whether the boundary g = 0 is excluded
     * @param text
     *            the inequality as written, e.g. {@code y >= 0}
     */
    public record Constraint(Polynomial g, boolean strict, String text) {

        /** @return whether g ≥ −tolerance·(1 + |p|∞)^deg g at p: the closure, up to rounding */
        public boolean holds(double[] p, double tolerance) {
            double largest = 0;
            for (double coordinate : p) {
                largest = Math.max(largest, Math.abs(coordinate));
            }
            double scale = Math.pow(1 + largest, g.degree());
            return g.evaluate(p) >= -tolerance * scale;
        }
    }

    /** @throws AnalysisException when the variety is not a plane curve or a polynomial does not parse */
    public static PlaneCurve of(Variety variety) throws AnalysisException {
        List<Polynomial> equations = VarietyEquations.of(variety);
        if (variety.getCoordinates().size() != 2 || equations.size() != 1) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                    + "' is not a plane curve: it needs 2 coordinates and 1 equation, it has " //$NON-NLS-1$
                    + variety.getCoordinates().size() + " and " + equations.size()); //$NON-NLS-1$
        }
        return new PlaneCurve(variety.getName(), List.copyOf(variety.getCoordinates()), equations.get(0),
                constraints(variety));
    }

    /**
     * @return the variety's inequalities as g ≥ 0 or g > 0, in the variety's coordinates (any
     *         number of them)
     * @throws AnalysisException
     *             when a side of an inequality does not parse
     */
    public static List<Constraint> constraints(Variety variety) throws AnalysisException {
        List<Constraint> constraints = new ArrayList<>();
        for (Inequality inequality : variety.getInequalities()) {
            String text = inequality.getLeft() + " " + inequality.getRelation().getLiteral() + " " + inequality.getRight(); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                Polynomial left = PolynomialParser.parse(inequality.getLeft(), variety.getCoordinates());
                Polynomial right = PolynomialParser.parse(inequality.getRight(), variety.getCoordinates());
                Relation relation = inequality.getRelation();
                boolean greater = relation == Relation.GREATER_EQUAL || relation == Relation.GREATER;
                constraints.add(new Constraint(greater ? left.sub(right) : right.sub(left),
                        relation == Relation.GREATER || relation == Relation.LESS, text));
            } catch (PolynomialSyntaxException e) {
                throw new AnalysisException(Kind.BAD_INPUT,
                        "variety '" + variety.getName() + "': inequality '" + text + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return List.copyOf(constraints);
    }

    /** @return whether p satisfies every inequality (in the closure, up to the relative tolerance) */
    public boolean satisfies(double[] p, double tolerance) {
        return constraints.stream().allMatch(c -> c.holds(p, tolerance));
    }

    /**
     * @param extra
     *            the number of variables to append
     * @return p as a polynomial in its two variables followed by {@code extra} more, e.g. parameters
     */
    public static Polynomial widen(Polynomial p, int extra) {
        int n = p.variableCount();
        Map<Monomial, Rational> terms = new TreeMap<>();
        for (Polynomial.Term term : p.terms()) {
            int[] exponents = new int[n + extra];
            System.arraycopy(term.exponents(), 0, exponents, 0, n);
            terms.put(Monomial.of(exponents), term.coefficient());
        }
        return Polynomial.of(n + extra, terms);
    }
}
