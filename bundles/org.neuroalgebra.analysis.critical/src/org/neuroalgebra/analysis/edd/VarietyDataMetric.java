// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;

/**
 * The metric a dataset induces on a variety in C^n (docs/MATHEMATICS.md §5): the coordinates are read as the
 * coefficients, output by output, of polynomial maps R^{d0} → R^m of degree ≤ D in the graded-lex
 * monomial basis, where d0 and m are the dataset's input and output sizes and D is the degree with
 * n = m·C(d0 + D, D). Each data point a contributes the rows (v_D(a) in the block of output j),
 * so Q = AᵀA has rank at most m·|S|. For the lightning quartic read as pairs of quadrics in one
 * variable this gives k = 4, 2, 0 for |S| = 1, 2, ≥ 3, and the critical sets of docs/MATHEMATICS.md §6 for
 * |S| = 1, 2; for |S| ≥ 3 the metric I₂ ⊗ VᵀV is invariant under rotations mixing the outputs, so
 * it is not generic and gives fewer than the generic 14 points (6 at the test data, by homotopy
 * and Gröbner alike). The talk's data-induced metric comes from the attention parametrization,
 * whose outputs are not interchangeable in this chart.
 */
final class VarietyDataMetric {

    private VarietyDataMetric() {
    }

    static Metric of(Dataset dataset, int n) throws AnalysisException {
        List<DataPoint> points = dataset.getPoints();
        if (points.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() //$NON-NLS-1$
                    + "': a data metric on a variety needs explicit points (input -> output) to know the output size"); //$NON-NLS-1$
        }
        int inputs = points.get(0).getInput().size();
        int outputs = points.get(0).getOutput().size();
        int degree = degree(n, inputs, outputs, dataset.getName());
        Monomials basis = Monomials.upTo(inputs, degree);
        List<Rational[]> rows = new ArrayList<>();
        for (DataPoint point : points) {
            Rational[] a = input(point, inputs, dataset.getName());
            for (int output = 0; output < outputs; output++) {
                Rational[] row = new Rational[n];
                java.util.Arrays.fill(row, Rational.of(0));
                for (int i = 0; i < basis.size(); i++) {
                    row[output * basis.size() + i] = monomial(basis.get(i), a);
                }
                rows.add(row);
            }
        }
        Metric metric = Metric.fromData(rows.toArray(new Rational[0][]));
        return Metric.of(matrix(metric, n), "data-induced AᵀA (" + points.size() + " points of '" + dataset.getName() //$NON-NLS-1$ //$NON-NLS-2$
                + "', degree " + degree + ", " + outputs + " outputs)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int degree(int n, int inputs, int outputs, String name) throws AnalysisException {
        for (int degree = 0; degree <= n; degree++) {
            long size = Monomials.count(inputs, degree, false).longValueExact() * outputs;
            if (size == n) {
                return degree;
            }
            if (size > n) {
                break;
            }
        }
        throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + name + "' has " + inputs + " inputs and " + outputs //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " outputs, but no polynomial degree D gives " + outputs + " × C(" + inputs + " + D, D) = " + n //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " coordinates"); //$NON-NLS-1$
    }

    private static Rational[] input(DataPoint point, int inputs, String name) throws AnalysisException {
        if (point.getInput().size() != inputs) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + name + "': points have different input sizes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Rational[] a = new Rational[inputs];
        for (int i = 0; i < inputs; i++) {
            a[i] = Rational.parse(point.getInput().get(i).trim());
        }
        return a;
    }

    private static Rational monomial(Monomial monomial, Rational[] a) {
        Rational value = Rational.of(1);
        int[] exponents = monomial.exponents();
        for (int i = 0; i < exponents.length; i++) {
            value = value.mul(a[i].pow(exponents[i]));
        }
        return value;
    }

    private static Rational[][] matrix(Metric metric, int n) {
        Rational[][] q = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = metric.entry(i, j);
            }
        }
        return q;
    }
}
