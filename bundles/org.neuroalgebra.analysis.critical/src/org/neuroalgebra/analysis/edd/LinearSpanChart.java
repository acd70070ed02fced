// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;

/**
 * The affine span L of a neuromanifold M ⊂ R^n and a chart of it: r pivot coordinates y (a subset
 * of the ambient coordinates) with c = c₀ + E y for every c ∈ L, exactly over Q.
 * <p>
 * Method: the vectors (1, c(θ)) at random small integer θ are added one by one to a reduced row
 * echelon basis over Q. The column of the constant 1 is always a pivot; its row is (1, c₀), the
 * other rows (0, column i of E). Sampling stops when {@link #CONFIRMATIONS} consecutive fresh
 * points already lie in the span: each of them is an exact check that the span is complete (a
 * random point of M lies in a proper subspace of L only with probability ≤ deg/range per point).
 * For a cone c₀ = 0 and L is linear.
 */
public final class LinearSpanChart {

    /** Consecutive fresh points that must lie in the span before it is accepted. */
    static final int CONFIRMATIONS = 4;

    private static final int RANGE = 100;

    private final List<Integer> pivots;
    private final Rational[] offset;
    private final Rational[][] e;
    private final List<String> names;

    private LinearSpanChart(List<Integer> pivots, Rational[] offset, Rational[][] e, List<String> names) {
        this.pivots = List.copyOf(pivots);
        this.offset = offset;
        this.e = e;
        this.names = List.copyOf(names);
    }

    /**
     * @param parametrization
     *            the map θ ↦ c(θ)
     * @param seed
     *            the seed of the sample points
     * @return the chart
     */
    public static LinearSpanChart of(Parametrization parametrization, long seed) {
        int n = parametrization.ambientDimension();
        SplittableRandom random = new SplittableRandom(seed);
        List<Rational[]> rows = new ArrayList<>();
        List<Integer> pivotColumns = new ArrayList<>();
        int confirmed = 0;
        while (confirmed < CONFIRMATIONS) {
            Rational[] theta = new Rational[parametrization.parameterCount()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = Rational.of(random.nextInt(-RANGE, RANGE + 1));
            }
            Rational[] c = parametrization.evaluate(theta);
            Rational[] row = new Rational[n + 1];
            row[0] = Rational.ONE;
            System.arraycopy(c, 0, row, 1, n);
            confirmed = add(rows, pivotColumns, row) ? 0 : confirmed + 1;
        }
        return fromEchelon(rows, pivotColumns, n, parametrization.coordinateNames());
    }

    /** Reduces the row against the basis; if something remains, it becomes a new basis row. */
    private static boolean add(List<Rational[]> rows, List<Integer> pivotColumns, Rational[] row) {
        for (int r = 0; r < rows.size(); r++) {
            Rational factor = row[pivotColumns.get(r)];
            if (!factor.isZero()) {
                subtract(row, rows.get(r), factor);
            }
        }
        int pivot = 0;
        while (pivot < row.length && row[pivot].isZero()) {
            pivot++;
        }
        if (pivot == row.length) {
            return false;
        }
        Rational inverse = Rational.ONE.div(row[pivot]);
        for (int j = 0; j < row.length; j++) {
            row[j] = row[j].mul(inverse);
        }
        for (Rational[] other : rows) {
            if (!other[pivot].isZero()) {
                subtract(other, row, other[pivot]);
            }
        }
        rows.add(row);
        pivotColumns.add(pivot);
        return true;
    }

    private static void subtract(Rational[] target, Rational[] row, Rational factor) {
        for (int j = 0; j < target.length; j++) {
            if (!row[j].isZero()) {
                target[j] = target[j].sub(factor.mul(row[j]));
            }
        }
    }

    private static LinearSpanChart fromEchelon(List<Rational[]> rows, List<Integer> pivotColumns, int n,
            List<String> coordinateNames) {
        // order the chart by ambient coordinate; the constant column 0 gives the offset row
        Integer[] order = new Integer[rows.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(pivotColumns.get(a), pivotColumns.get(b)));
        Rational[] offset = new Rational[n];
        Arrays.fill(offset, Rational.ZERO);
        List<Integer> pivots = new ArrayList<>();
        List<Rational[]> columns = new ArrayList<>();
        for (int r : order) {
            Rational[] row = rows.get(r);
            if (pivotColumns.get(r) == 0) {
                offset = Arrays.copyOfRange(row, 1, n + 1);
            } else {
                pivots.add(pivotColumns.get(r) - 1);
                columns.add(Arrays.copyOfRange(row, 1, n + 1));
            }
        }
        Rational[][] e = new Rational[n][pivots.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < pivots.size(); j++) {
                e[i][j] = columns.get(j)[i];
            }
        }
        List<String> names = pivots.stream().map(coordinateNames::get).toList();
        return new LinearSpanChart(pivots, offset, e, names);
    }

    /** @return r, the dimension of the span (the number of chart coordinates) */
    public int dimension() {
        return pivots.size();
    }

    /** @return n, the ambient dimension */
    public int ambientDimension() {
        return offset.length;
    }

    /** @return the indices of the ambient coordinates used as chart coordinates y, ascending */
    public List<Integer> pivots() {
        return pivots;
    }

    /** @return the names of the chart coordinates */
    public List<String> names() {
        return names;
    }

    /** @return whether the span is linear (c₀ = 0), as for a cone */
    public boolean linear() {
        return Arrays.stream(offset).allMatch(Rational::isZero);
    }

    /** @return c₀, the point of L with chart coordinates 0 */
    public Rational[] offset() {
        return offset.clone();
    }

    /**
     * @param i
     *            ambient coordinate
     * @param j
     *            chart coordinate
     * @return E[i][j]
     */
    public Rational entry(int i, int j) {
        return e[i][j];
    }

    /**
     * @param y
     *            chart coordinates
     * @return c₀ + E y
     */
    public Rational[] point(Rational[] y) {
        Rational[] c = offset.clone();
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (!e[i][j].isZero()) {
                    c[i] = c[i].add(e[i][j].mul(y[j]));
                }
            }
        }
        return c;
    }

    /**
     * @param c
     *            a point of the ambient space
     * @return its pivot coordinates
     */
    public Rational[] coordinates(Rational[] c) {
        return pivots.stream().map(i -> c[i]).toArray(Rational[]::new);
    }
}
