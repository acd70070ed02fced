// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Relation;
import org.neuroalgebra.model.internal.text.TokenCursor.RawText;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * Splits the text of an {@code inequality} statement, {@code LEFT REL RIGHT} with REL one of
 * {@code >=}, {@code <=}, {@code >}, {@code <}, at its one relation. The sides stay text (checked
 * as polynomials by validation); each gets its own source position so that a polynomial error
 * points at its column.
 */
final class InequalityText {

    private InequalityText() {
    }

    /**
     * @param keyword
     *            the {@code inequality} keyword, where the element starts
     * @param raw
     *            the rest of the statement's line
     */
    static Inequality parse(Token keyword, RawText raw, ParseContext context) {
        String text = raw.text();
        int at = relationAt(text, 0);
        if (at < 0) {
            throw new SyntaxError(raw.position(), "expected a relation >=, <=, > or < in inequality '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Relation relation = relation(text, at);
        int afterRelation = at + relation.getLiteral().length();
        int second = relationAt(text, afterRelation);
        if (second >= 0) {
            throw new SyntaxError(raw.position().shift(second, 1),
                    "an inequality has one relation, found a second '" + relation(text, second).getLiteral() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String left = text.substring(0, at).strip();
        String rest = text.substring(afterRelation);
        String right = rest.strip();
        if (left.isEmpty()) {
            throw new SyntaxError(raw.position().shift(at, relation.getLiteral().length()),
                    "expected a polynomial before '" + relation.getLiteral() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (right.isEmpty()) {
            throw new SyntaxError(raw.position().shift(at, relation.getLiteral().length()),
                    "expected a polynomial after '" + relation.getLiteral() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Inequality inequality = NalgFactory.eINSTANCE.createInequality();
        inequality.setLeft(left);
        inequality.setRelation(relation);
        inequality.setRight(right);
        SourcePosition start = raw.position();
        context.locate(inequality, keyword);
        int rightOffset = afterRelation + rest.indexOf(right);
        context.locate(inequality, Literals.INEQUALITY__LEFT, start.shift(0, left.length()));
        context.locate(inequality, Literals.INEQUALITY__RELATION, start.shift(at, relation.getLiteral().length()));
        context.locate(inequality, Literals.INEQUALITY__RIGHT, start.shift(rightOffset, right.length()));
        return inequality;
    }

    /** @return the index of the first '<' or '>' at or after {@code from}, or −1 */
    private static int relationAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '<' || text.charAt(i) == '>') {
                return i;
            }
        }
        return -1;
    }

    private static Relation relation(String text, int at) {
        boolean orEqual = at + 1 < text.length() && text.charAt(at + 1) == '=';
        if (text.charAt(at) == '>') {
            return orEqual ? Relation.GREATER_EQUAL : Relation.GREATER;
        }
        return orEqual ? Relation.LESS_EQUAL : Relation.LESS;
    }
}
