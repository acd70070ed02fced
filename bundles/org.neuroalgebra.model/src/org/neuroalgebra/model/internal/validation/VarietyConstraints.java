// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * A variety needs distinct coordinates and at least one equation; each equation
 * {@code lhs = rhs} (or a bare polynomial, meaning {@code = 0}) and both sides of each
 * inequality must be polynomial in the coordinates. An equation whose sides are equal
 * polynomials ({@code 0 = 0}) or differ by a constant ({@code 1 = 0}) is an error: the first
 * defines nothing, the second the empty set.
 */
public final class VarietyConstraints {

    private VarietyConstraints() {
    }

    public static void check(Variety variety, Problems problems) {
        List<String> coordinates = variety.getCoordinates();
        boolean incomplete = SourceLocation.isIncomplete(variety);
        if (coordinates.isEmpty() && incomplete) {
            return;
        }
        if (coordinates.isEmpty()) {
            problems.error(variety, Literals.NAMED_ELEMENT__NAME, 0,
                    "variety '" + variety.getName() + "' needs 'coordinates NAME...'"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < coordinates.size(); i++) {
            if (!seen.add(coordinates.get(i))) {
                problems.error(variety, Literals.VARIETY__COORDINATES, i, "duplicate coordinate '" + coordinates.get(i) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (variety.getEquations().isEmpty() && !incomplete) {
            problems.error(variety, Literals.NAMED_ELEMENT__NAME, 0,
                    "variety '" + variety.getName() + "' needs at least one 'equation'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < variety.getEquations().size(); i++) {
            equation(variety, i, coordinates, problems);
        }
        for (Inequality inequality : variety.getInequalities()) {
            PolynomialCheck.parse(problems, inequality, Literals.INEQUALITY__LEFT, 0, side(inequality.getLeft()), 0,
                    coordinates, "inequality"); //$NON-NLS-1$
            PolynomialCheck.parse(problems, inequality, Literals.INEQUALITY__RIGHT, 0, side(inequality.getRight()), 0,
                    coordinates, "inequality"); //$NON-NLS-1$
        }
    }

    private static String side(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    private static void equation(Variety variety, int index, List<String> coordinates, Problems problems) {
        String equation = variety.getEquations().get(index);
        int equals = equation.indexOf('=');
        if (equals >= 0 && equation.indexOf('=', equals + 1) >= 0) {
            problems.error(variety, Literals.VARIETY__EQUATIONS, index, "an equation has at most one '='"); //$NON-NLS-1$
            return;
        }
        String left = equals < 0 ? equation : equation.substring(0, equals);
        Polynomial lhs = PolynomialCheck.parse(problems, variety, Literals.VARIETY__EQUATIONS, index, left, 0,
                coordinates, "equation"); //$NON-NLS-1$
        Polynomial rhs = equals < 0 ? Polynomial.zero(coordinates.size())
                : PolynomialCheck.parse(problems, variety, Literals.VARIETY__EQUATIONS, index,
                        equation.substring(equals + 1), equals + 1, coordinates, "equation"); //$NON-NLS-1$
        if (lhs == null || rhs == null) {
            return;
        }
        // Such an equation is almost always a typo, and analyses of it fail far from here.
        Polynomial difference = lhs.sub(rhs);
        if (difference.isZero()) {
            problems.error(variety, Literals.VARIETY__EQUATIONS, index, "equation '" + equation.strip() //$NON-NLS-1$
                    + "' holds everywhere (both sides are equal), so it does not define a variety"); //$NON-NLS-1$
        } else if (difference.degree() == 0) {
            problems.error(variety, Literals.VARIETY__EQUATIONS, index, "equation '" + equation.strip() //$NON-NLS-1$
                    + "' holds nowhere (its sides differ by a non-zero constant), so the variety is empty"); //$NON-NLS-1$
        }
    }
}
