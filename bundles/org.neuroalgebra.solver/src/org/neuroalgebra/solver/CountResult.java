// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * What a {@link SolutionCounter} found out about the solution set of a
 * polynomial system.
 *
 * @param dimension
 *            the dimension of the solution set; -1 when there is no solution
 *            (the equations generate the unit ideal)
 * @param degree
 *            when the dimension is 0, the number of solutions counted with
 *            multiplicity; when it is positive, the degree of the projective
 *            closure of the top-dimensional part, counted with multiplicity
 *            (leading coefficient of the Hilbert polynomial times
 *            dimension!); 0 when there is no solution
 * @param distinctSolutions
 *            when the dimension is 0, the number of distinct solutions (the
 *            degree of the radical); -1 when not computed (positive
 *            dimension, or more solutions than the counter handles); 0 when
 *            there is no solution
 * @param prime
 *            the prime the computation was done modulo
 * @param seed
 *            the seed of the random choices
 * @param basisSize
 *            the number of elements of the reduced Gröbner basis (or of the
 *            main basis computed by the method)
 * @param seconds
 *            wall-clock time of the computation
 * @param method
 *            a human-readable account of how the numbers were obtained
 */
public record CountResult(int dimension, long degree, long distinctSolutions, long prime, long seed, int basisSize,
        double seconds, String method) {

    /** @return true when the system has no solution */
    public boolean isEmpty() {
        return dimension < 0;
    }

    /** @return true when the system has finitely many (possibly no) solutions */
    public boolean isFinite() {
        return dimension <= 0;
    }
}
