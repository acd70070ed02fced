// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * Parses polynomial text kept in the model with the algebra core's parser and reports a
 * syntax error at the column of the offending character (polynomials never span lines,
 * so the parser's offset is a column shift from where the text starts).
 */
final class PolynomialCheck {

    private static final int MAX_LISTED = 8;

    private PolynomialCheck() {
    }

    /**
     * @param textOffset
     *            where {@code text} starts inside the feature value (non-zero for the right
     *            side of an equation)
     * @return the polynomial, or null after reporting why it does not parse
     */
    static Polynomial parse(Problems problems, EObject object, EStructuralFeature feature, int index, String text,
            int textOffset, List<String> variables, String role) {
        try {
            return PolynomialParser.parse(text, variables);
        } catch (PolynomialSyntaxException e) {
            SourcePosition start = SourceLocation.find(object, feature, index);
            SourcePosition position = start == null ? null : start.shift(textOffset + e.getOffset(), 1);
            problems.errorAt(object, position, role + ": " + abbreviate(e.getMessage(), variables)); //$NON-NLS-1$
            return null;
        }
    }

    /** Shortens the parser's list of expected variables when there are many (x1, ..., x2000). */
    private static String abbreviate(String message, List<String> variables) {
        if (variables.size() <= MAX_LISTED) {
            return message;
        }
        String shortList = String.join(", ", variables.subList(0, 3)) + ", ..., " + variables.get(variables.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
        return message.replace(String.join(", ", variables), shortList); //$NON-NLS-1$
    }
}
