// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import org.neuroalgebra.algebra.numerical.ComplexMatrix;
import org.neuroalgebra.algebra.numerical.ComplexVector;
import org.neuroalgebra.solver.Complex;

/**
 * Converts between the solver's {@link Complex} arrays, in which the critical equations are
 * evaluated, and the split real and imaginary parts on which the algebra core's numerical linear
 * algebra works.
 */
final class ComplexMatrices {

    private ComplexMatrices() {
    }

    static ComplexMatrix of(Complex[][] matrix) {
        double[][] re = new double[matrix.length][];
        double[][] im = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            re[i] = new double[matrix[i].length];
            im[i] = new double[matrix[i].length];
            for (int j = 0; j < matrix[i].length; j++) {
                re[i][j] = matrix[i][j].re();
                im[i][j] = matrix[i][j].im();
            }
        }
        return new ComplexMatrix(re, im);
    }

    static ComplexVector of(Complex[] vector) {
        double[] re = new double[vector.length];
        double[] im = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            re[i] = vector[i].re();
            im[i] = vector[i].im();
        }
        return new ComplexVector(re, im);
    }

    /** @return the entries of the vector, or null for null (a singular solve) */
    static Complex[] toArray(ComplexVector vector) {
        if (vector == null) {
            return null;
        }
        Complex[] result = new Complex[vector.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Complex(vector.re()[i], vector.im()[i]);
        }
        return result;
    }
}
