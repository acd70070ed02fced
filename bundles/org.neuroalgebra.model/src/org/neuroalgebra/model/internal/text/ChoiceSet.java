// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;

import org.neuroalgebra.model.text.SourcePosition;

/**
 * A choice set of a sweep template: {@code [1..4]}, {@code [1, 2, 8]}, {@code [1..3, 8]},
 * {@code [x^2, x^3 + x^2]}. Its values are those of its alternatives in the order written, a
 * range standing for each of its integers in increasing order.
 *
 * @param position
 *            where the choice set is written, from '[' to ']'
 * @param alternatives
 *            the entries between the commas, at least one
 */
record ChoiceSet(SourcePosition position, List<Alternative> alternatives) implements TemplateNode.Part {

    /**
     * One entry of a choice set: a range {@code from..to} (when {@code value} is null) or a value
     * as written.
     */
    record Alternative(String value, long from, long to, SourcePosition position) {

        boolean isRange() {
            return value == null;
        }

        long size() {
            return isRange() ? to - from + 1 : 1;
        }
    }

    /** @return the number of values */
    long size() {
        return alternatives.stream().mapToLong(Alternative::size).sum();
    }

    /** @return the value of the given index, as text */
    String value(long index) {
        long rest = index;
        for (Alternative alternative : alternatives) {
            if (rest < alternative.size()) {
                return alternative.isRange() ? Long.toString(alternative.from() + rest) : alternative.value();
            }
            rest -= alternative.size();
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** @return where the value of the given index is written (its range, for a range's value) */
    SourcePosition valuePosition(long index) {
        long rest = index;
        for (Alternative alternative : alternatives) {
            if (rest < alternative.size()) {
                return alternative.position();
            }
            rest -= alternative.size();
        }
        throw new IndexOutOfBoundsException(index);
    }
}
