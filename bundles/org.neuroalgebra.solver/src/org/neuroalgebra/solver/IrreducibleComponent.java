// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

/**
 * One irreducible component of a solution set, represented by its witness
 * points: the points where it meets a random affine linear space of
 * complementary dimension. Its degree is their number.
 *
 * @param dimension
 *            the dimension of the component
 * @param witnessPoints
 *            its witness points (for a component of dimension 0, the point)
 * @param traceTest
 *            {@link MonodromyResult.TraceTest#PASSED} when the trace of the
 *            witness points is affine along a family of parallel slices: the
 *            points form the complete witness set of a union of components,
 *            and since monodromy connected them, of one irreducible component;
 *            {@code NOT_RUN} for isolated points and for points at which the
 *            test cannot run (singular witness points of a non-reduced
 *            component)
 * @param traceDefect
 *            relative deviation of the trace from an affine function; NaN
 *            when the test did not run
 * @param loops
 *            monodromy loops of the slice used to connect the points
 */
public record IrreducibleComponent(int dimension, List<Solution> witnessPoints, MonodromyResult.TraceTest traceTest,
        double traceDefect, int loops) {

    /** Copies the list. */
    public IrreducibleComponent {
        witnessPoints = List.copyOf(witnessPoints);
    }

    /** @return the degree: the number of witness points */
    public int degree() {
        return witnessPoints.size();
    }

    /** @return whether the trace test confirmed that the witness points form a complete component */
    public boolean confirmed() {
        return traceTest == MonodromyResult.TraceTest.PASSED;
    }
}
