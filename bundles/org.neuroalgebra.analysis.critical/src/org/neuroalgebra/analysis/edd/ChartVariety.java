// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.implicit.Implicitization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * A neuromanifold M of codimension c ≥ 2 in its span L, written in the chart y of L by the
 * equations of M up to a degree (docs/MATHEMATICS.md §6.2): they are found by exact interpolation
 * and verified at fresh points of M, so V(F) contains M. Whether they generate the ideal of M is not
 * known; the ED count needs only that M is the only top-dimensional component of V(F), which
 * {@link org.neuroalgebra.analysis.internal.TopComponentCheck} proves or not.
 *
 * @param chart
 *            the span and its chart
 * @param equations
 *            F in the r chart coordinates
 * @param dimension
 *            dim M
 * @param maxDegree
 *            the largest degree searched
 */
record ChartVariety(LinearSpanChart chart, List<Polynomial> equations, int dimension, int maxDegree) {

    /**
     * @return the equations of M of degree ≤ maxDegree in the chart
     * @throws IllegalArgumentException
     *             when no equation was found, or a degree needs more than maxMonomials monomials
     */
    static ChartVariety of(Parametrization parametrization, LinearSpanChart chart, int dimension, int maxDegree,
            long maxMonomials, long seed, ProgressMonitor monitor) {
        ImplicitEquations found = Implicitization.compute(parametrization, maxDegree, maxMonomials, chart.pivots(), seed,
                monitor);
        if (!found.chartCoordinates().equals(chart.pivots())) {
            throw new IllegalStateException("the interpolation chose the chart " + found.chartCoordinates() //$NON-NLS-1$
                    + " instead of " + chart.pivots()); //$NON-NLS-1$
        }
        if (found.equations().isEmpty()) {
            throw new IllegalArgumentException("M has codimension " + (chart.dimension() - dimension) //$NON-NLS-1$
                    + " in its span, but no equation of degree <= " + maxDegree + " was found; raise the option degree"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Polynomial> equations = new ArrayList<>();
        for (Polynomial f : found.equations()) {
            equations.add(ChartHypersurface.inChart(f, chart.pivots()));
        }
        return new ChartVariety(chart, equations, dimension, maxDegree);
    }

    /** @return the codimension of M in its span */
    int codimension() {
        return chart.dimension() - dimension;
    }
}
