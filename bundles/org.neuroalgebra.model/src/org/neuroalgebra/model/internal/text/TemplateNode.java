// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;

import org.neuroalgebra.model.text.SourcePosition;

/** A statement of a sweep's architecture template: a line, or a repeated group of statements. */
sealed interface TemplateNode {

    /** A piece of a template line: text as written, or a choice set. */
    sealed interface Part permits Literal, ChoiceSet {
    }

    /**
     * Text of a template line between choice sets.
     *
     * @param text
     *            the characters as written
     * @param position
     *            where they start
     */
    record Literal(String text, SourcePosition position) implements Part {
    }

    /**
     * One statement of an architecture in which values may be choice sets.
     *
     * @param parts
     *            the literal text and choice sets, in order, without comment or surrounding blanks
     * @param position
     *            where the statement starts
     * @param end
     *            where it ends (just after its last character)
     */
    record Line(List<Part> parts, SourcePosition position, SourcePosition end) implements TemplateNode {

        List<ChoiceSet> choices() {
            return parts.stream().filter(ChoiceSet.class::isInstance).map(ChoiceSet.class::cast).toList();
        }
    }

    /**
     * {@code repeat [COUNTS] { BODY }}: the body written k times, k a choice.
     *
     * @param counts
     *            the choice of k (non-negative integers)
     * @param body
     *            the statements repeated, at least one
     * @param position
     *            where the keyword {@code repeat} is written
     */
    record Repeat(ChoiceSet counts, List<TemplateNode> body, SourcePosition position) implements TemplateNode {
    }
}
