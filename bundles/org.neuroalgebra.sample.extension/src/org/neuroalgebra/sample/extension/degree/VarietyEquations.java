// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Variety;

/**
 * The equations of a {@code variety} block as polynomials in its coordinates, {@code lhs = rhs}
 * read as lhs − rhs. The core has the same helper in an internal package; an extension may only
 * use exported API, so it reads the model itself (a few lines of {@link PolynomialParser}).
 */
final class VarietyEquations {

    private VarietyEquations() {
    }

    static List<Polynomial> of(Variety variety) throws AnalysisException {
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
        if (equations.stream().allMatch(Polynomial::isZero)) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                    + "' has no nonzero equation: it is the whole space, whose degree is 1 by definition"); //$NON-NLS-1$
        }
        return equations.stream().filter(f -> !f.isZero()).toList();
    }
}
