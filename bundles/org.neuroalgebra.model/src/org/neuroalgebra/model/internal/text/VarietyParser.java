// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.internal.text.TokenCursor.RawText;

/**
 * Statements of a {@code variety} block: {@code coordinates NAME...}, {@code equation TEXT} and
 * {@code inequality LEFT REL RIGHT}.
 */
final class VarietyParser extends StatementParser<Variety> {

    VarietyParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
    }

    @Override
    String blockKeyword() {
        return "variety"; //$NON-NLS-1$
    }

    @Override
    Variety createBlock() {
        return NalgFactory.eINSTANCE.createVariety();
    }

    @Override
    Commented statement(Variety variety) {
        Token keyword = cursor.next();
        if (keyword.isKeyword("coordinates")) { //$NON-NLS-1$
            coordinates(variety, keyword);
        } else if (keyword.isKeyword("equation")) { //$NON-NLS-1$
            RawText equation = cursor.rawRestOfLine();
            if (equation.text().isEmpty()) {
                throw expected("an equation after 'equation'", cursor.peek()); //$NON-NLS-1$
            }
            variety.getEquations().add(equation.text());
            context.locate(variety, Literals.VARIETY__EQUATIONS, equation.position());
        } else if (keyword.isKeyword("inequality")) { //$NON-NLS-1$
            RawText inequality = cursor.rawRestOfLine();
            if (inequality.text().isEmpty()) {
                throw expected("an inequality after 'inequality'", cursor.peek()); //$NON-NLS-1$
            }
            Inequality parsed = InequalityText.parse(keyword, inequality, context);
            variety.getInequalities().add(parsed);
            return parsed;
        } else {
            throw expected("'coordinates', 'equation' or 'inequality' in a variety", keyword); //$NON-NLS-1$
        }
        return null;
    }

    private void coordinates(Variety variety, Token keyword) {
        if (!variety.getCoordinates().isEmpty()) {
            throw new SyntaxError(keyword.position(), "'coordinates' is given twice"); //$NON-NLS-1$
        }
        do {
            Token name = cursor.next();
            if (name.kind() != Kind.IDENTIFIER) {
                throw expected("a coordinate name", name); //$NON-NLS-1$
            }
            variety.getCoordinates().add(name.text());
            context.locate(variety, Literals.VARIETY__COORDINATES, name.position());
        } while (!atStatementEnd());
    }
}
