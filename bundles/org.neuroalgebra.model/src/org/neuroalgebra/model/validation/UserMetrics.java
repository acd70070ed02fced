// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neuroalgebra.algebra.linear.Semidefiniteness;
import org.neuroalgebra.algebra.linear.Semidefiniteness.NegativeMinor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;

/**
 * The metrics a user writes out: {@code weights (w1, …, wn)}, the diagonal form
 * {@code Σ w_i v_i²}, and {@code matrix ((q11, …, q1n), …, (qn1, …, qnn))}, the form
 * {@code vᵀQv}. Their entries are exact rationals; the form must be positive semidefinite
 * (docs/MATHEMATICS.md §6.8). Model validation reports {@link #problem} at the entry at fault;
 * the analyses read {@link #matrix} once it has none.
 */
public final class UserMetrics {

    /**
     * What is wrong with a user metric.
     *
     * @param entry
     *            the index in {@link Metric#getEntries()} of the entry at fault, or −1 when the
     *            metric as a whole is
     * @param message
     *            one line for the user
     */
    public record Problem(int entry, String message) {
    }

    private UserMetrics() {
    }

    /** @return whether the metric is written out by the user (weights or matrix) */
    public static boolean isUserMetric(Metric metric) {
        return metric.getKind() == MetricKind.WEIGHTS || metric.getKind() == MetricKind.MATRIX;
    }

    /**
     * @return n, the dimension of the space the metric acts on: the number of weights, or the
     *         side of the matrix; −1 when the matrix has no square number of entries
     */
    public static int dimension(Metric metric) {
        int count = metric.getEntries().size();
        if (metric.getKind() == MetricKind.WEIGHTS) {
            return count;
        }
        int side = (int) Math.round(Math.sqrt(count));
        return side * side == count ? side : -1;
    }

    /**
     * @return the first problem of a user metric: an entry that is not a rational number, a
     *         negative weight, a matrix that is not square or not symmetric, or one that is not
     *         positive semidefinite (with a negative principal minor as the proof)
     */
    public static Optional<Problem> problem(Metric metric) {
        List<String> entries = metric.getEntries();
        if (entries.isEmpty()) {
            return Optional.of(new Problem(-1, "metric " + metric.getKind().getLiteral() + " has no entries")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Rational[] values = new Rational[entries.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = Rational.parse(entries.get(i));
            } catch (NumberFormatException e) {
                return Optional.of(new Problem(i, "metric entry '" + entries.get(i) + "' is not a rational number")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (metric.getKind() == MetricKind.WEIGHTS) {
            for (int i = 0; i < values.length; i++) {
                if (values[i].signum() < 0) {
                    return Optional.of(new Problem(i, "metric weight " + entries.get(i) //$NON-NLS-1$
                            + " is negative: a metric must be positive semidefinite")); //$NON-NLS-1$
                }
            }
            return Optional.empty();
        }
        int n = dimension(metric);
        if (n < 0) {
            return Optional.of(new Problem(-1, "metric matrix has " + entries.size() //$NON-NLS-1$
                    + " entries, which is not n × n for any n")); //$NON-NLS-1$
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (!values[i * n + j].equals(values[j * n + i])) {
                    // blamed on the lower entry, the later of the two in the text
                    return Optional.of(new Problem(i * n + j, String.format(
                            "the metric matrix is not symmetric: entry (%d, %d) is %s but entry (%d, %d) is %s", //$NON-NLS-1$
                            i + 1, j + 1, entries.get(i * n + j), j + 1, i + 1, entries.get(j * n + i))));
                }
            }
        }
        return Semidefiniteness.negativeMinor(square(values, n)).map(UserMetrics::notSemidefinite);
    }

    private static Problem notSemidefinite(NegativeMinor minor) {
        String rows = minor.indices().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return new Problem(-1, "the metric matrix is not positive semidefinite: its principal minor on rows and " //$NON-NLS-1$
                + "columns {" + rows + "} is " + minor.value() + " < 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @return Q, n × n: the weights on the diagonal, or the matrix
     * @throws IllegalArgumentException
     *             when the metric has a {@link #problem}
     */
    public static Rational[][] matrix(Metric metric) {
        Optional<Problem> problem = problem(metric);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().message());
        }
        int n = dimension(metric);
        Rational[] values = metric.getEntries().stream().map(Rational::parse).toArray(Rational[]::new);
        if (metric.getKind() == MetricKind.MATRIX) {
            return square(values, n);
        }
        Rational[][] q = square(new Rational[n * n], n);
        for (int i = 0; i < n; i++) {
            q[i][i] = values[i];
        }
        return q;
    }

    /** @return the n × n matrix of the values row by row, zeros where a value is null */
    private static Rational[][] square(Rational[] values, int n) {
        Rational[][] q = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational value = values[i * n + j];
                q[i][j] = value == null ? Rational.ZERO : value;
            }
        }
        return q;
    }
}
