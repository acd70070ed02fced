// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Variety;

/** The equations of a {@code variety} block as polynomials: {@code lhs = rhs} becomes lhs − rhs. */
public final class VarietyEquations {

    private VarietyEquations() {
    }

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
