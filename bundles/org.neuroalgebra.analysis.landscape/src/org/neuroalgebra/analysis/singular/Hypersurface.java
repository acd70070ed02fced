// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Variety;

/**
 * A semialgebraic hypersurface {F = 0, g₁ ≥ 0, …, g_k ≥ 0} in n ≥ 3 coordinates: a {@code variety}
 * block with one equation and any inequalities (a surface in 3-space when n = 3). Plane curves,
 * n = 2, are {@link PlaneCurve}s.
 *
 * @param name
 *            the variety's name
 * @param coordinates
 *            the n coordinate names
 * @param equation
 *            F
 * @param constraints
 *            the inequalities as g ≥ 0 or g > 0
 */
public record Hypersurface(String name, List<String> coordinates, Polynomial equation,
        List<PlaneCurve.Constraint> constraints) {

    /** @throws AnalysisException when the variety has fewer than 3 coordinates or not one equation */
    public static Hypersurface of(Variety variety) throws AnalysisException {
        List<Polynomial> equations = VarietyEquations.of(variety);
        if (variety.getCoordinates().size() < 3 || equations.size() != 1) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                    + "' is not a hypersurface in 3 or more coordinates: it has " + variety.getCoordinates().size() //$NON-NLS-1$
                    + " coordinates and " + equations.size() + " equations"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Hypersurface(variety.getName(), List.copyOf(variety.getCoordinates()), equations.get(0),
                PlaneCurve.constraints(variety));
    }

    /** @return n, the number of coordinates */
    public int dimension() {
        return coordinates.size();
    }

    /** @return whether p satisfies every inequality (in the closure, up to the relative tolerance) */
    public boolean satisfies(double[] p, double tolerance) {
        return constraints.stream().allMatch(c -> c.holds(p, tolerance));
    }

    /**
     * The plane section of a surface (n = 3) where one coordinate is fixed, with the inequalities
     * restricted to it: what a slice picture draws.
     *
     * @param fixed
     *            the index of the fixed coordinate
     * @param value
     *            its value (converted exactly to a rational)
     * @return the curve in the two other coordinates, in their order
     */
    public PlaneCurve slice(int fixed, double value) {
        if (dimension() != 3) {
            throw new IllegalArgumentException("a plane section needs a surface in 3-space, '" + name + "' lives in " //$NON-NLS-1$ //$NON-NLS-2$
                    + dimension() + " coordinates"); //$NON-NLS-1$
        }
        List<Polynomial> substitution = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < 3; i++) {
            if (i == fixed) {
                substitution.add(Polynomial.constant(2, Rational.of(new BigDecimal(value))));
            } else {
                substitution.add(Polynomial.variable(2, next++));
                kept.add(coordinates.get(i));
            }
        }
        List<PlaneCurve.Constraint> restricted = new ArrayList<>();
        for (PlaneCurve.Constraint constraint : constraints) {
            restricted.add(new PlaneCurve.Constraint(constraint.g().substitute(substitution), constraint.strict(),
                    constraint.text()));
        }
        String section = name + " ∩ {" + coordinates.get(fixed) + " = " + CurveStrata.format(value) + "}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new PlaneCurve(section, List.copyOf(kept), equation.substitute(substitution), List.copyOf(restricted));
    }
}
