// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

/** The answer of a membership test. */
public enum Membership {
    /** a real θ with f_θ = target was found */
    MEMBER,
    /** every solution found is non-real (or there is none) and the search was complete */
    NOT_MEMBER,
    /** no real solution was found, but the search cannot exclude one */
    UNKNOWN
}
