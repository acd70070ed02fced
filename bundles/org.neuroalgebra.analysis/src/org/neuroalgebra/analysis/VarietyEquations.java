// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Variety;

/**
 * The equations of a {@code variety} block as polynomials in its coordinates (variable i is the
 * i-th coordinate): {@code lhs = rhs} becomes lhs − rhs, an equation without {@code =} is read as
 * {@code = 0}. For analyses in any bundle that take varieties.
 */
public final class VarietyEquations {

    private VarietyEquations() {
    }

    /**
     * @return the equations, in the order written (zero polynomials included)
     * @throws AnalysisException
     *             of kind {@link Kind#BAD_INPUT} if an equation does not parse (the message quotes
     *             it) or there is none
     */
    public static List<Polynomial> of(Variety variety) throws AnalysisException {
        List<String> coordinates = variety.getCoordinates();
        List<Polynomial> equations = new ArrayList<>();
        for (String text : variety.getEquations()) {
            int equals = text.indexOf('=');
            try {
                Polynomial left = PolynomialParser.parse(equals < 0 ? text : text.substring(0, equals), coordinates);
                equations.add(equals < 0 ? left
                        : left.sub(PolynomialParser.parse(text.substring(equals + 1), coordinates)));
            } catch (PolynomialSyntaxException e) {
                throw new AnalysisException(Kind.BAD_INPUT,
                        "variety '" + variety.getName() + "': equation '" + text + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (equations.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() + "' has no equation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return equations;
    }
}
