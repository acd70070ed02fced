// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * The parametric chart of an architecture whose weight symmetries are groups acting on blocks of
 * parameters (several attention heads, stacked attention layers, convolutions with channels;
 * docs/MATHEMATICS.md §6.9): all parameters but dim M of them are fixed at small random integers,
 * the rest are the unknowns.
 * <p>
 * The unknowns are pivots of the Jacobian J_μ at an integer point θ* of the same small integers,
 * chosen greedily from the last parameter back: a parameter becomes an unknown when its column
 * raises the rank of the columns chosen so far. So the chart's Jacobian at θ* has rank dim M
 * with as many unknowns, and t ↦ c(t) has finite generic fibres: the coordinate slice through θ*
 * is transversal to the fibre there. Read backwards, the parameters a group moves are fixed where
 * the group acts first: GL(a) of a head fixes a block of its K (its Q stays free), its scaling one
 * entry of V, GL(H) mixing heads a block of the V's, GL(rows) between layers and GL(C) between
 * channels a block of the earlier layer's weights, a channel's scaling before a monomial σ one of
 * its own filter entries; the orbits of these linear actions meet such a slice once. Fibre
 * directions not explained by a group are fixed the same way. Several parameter points can remain
 * over an image (permutations of heads, other decompositions): images are counted, not points.
 * <p>
 * The rank dim M is that of J_μ at a random point modulo p (as for {@link SlicedChart}); an integer
 * point whose rank is lower is special and another is drawn.
 */
public final class CoordinateSliceChart implements ParametricChart {

    /** Integer points tried before giving up (each is special with a small probability only). */
    private static final int ATTEMPTS = 8;

    private static final int ENTRY_BOUND = 2;

    private static final long SAMPLE_BOUND = 1L << 30;

    private final GaugeChart chart;
    private final int parameters;
    private final List<String> fixedNames;
    private final long seed;

    private CoordinateSliceChart(GaugeChart chart, int parameters, List<String> fixedNames, long seed) {
        this.chart = chart;
        this.parameters = parameters;
        this.fixedNames = List.copyOf(fixedNames);
        this.seed = seed;
    }

    /**
     * @param seed
     *            the seed of the integer point and of the rank that gives dim M
     * @return the chart, or a {@link SlicedChart} when no integer point tried has the generic rank
     */
    public static ParametricChart of(Parametrization parametrization, long seed) {
        long p = ModP.PRIME_1;
        int n = parametrization.parameterCount();
        SplittableRandom random = new SplittableRandom(seed);
        long[] generic = new long[n];
        for (int i = 0; i < n; i++) {
            generic[i] = random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1);
        }
        int dimension = ModularMatrix.of(parametrization.jacobian(generic, p), p).rank();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long[] point = new long[n];
            for (int i = 0; i < n; i++) {
                point[i] = nonZero(random);
            }
            boolean[] unknown = pivotsFromTheEnd(parametrization.jacobian(point, p), p, dimension);
            if (unknown != null) {
                return chart(parametrization, point, unknown, seed);
            }
        }
        return SlicedChart.of(parametrization, seed);
    }

    private static CoordinateSliceChart chart(Parametrization parametrization, long[] point, boolean[] unknown,
            long seed) {
        Map<Integer, Rational> fixed = new HashMap<>();
        List<String> fixedNames = new ArrayList<>();
        List<String> names = parametrization.parameterNames();
        for (int i = 0; i < point.length; i++) {
            if (!unknown[i]) {
                fixed.put(i, Rational.of(point[i]));
                fixedNames.add(names.get(i));
            }
        }
        GaugeChart chart = GaugeChart.withFixedParameters(parametrization, fixed);
        return new CoordinateSliceChart(chart, point.length, fixedNames, seed);
    }

    /**
     * @param jacobian
     *            J_μ modulo p, one row per coordinate of c
     * @return which columns, taken greedily from the last, raise the rank; null when they reach
     *         less than the given rank (the point is special)
     */
    private static boolean[] pivotsFromTheEnd(long[][] jacobian, long p, int rank) {
        int n = jacobian.length == 0 ? 0 : jacobian[0].length;
        boolean[] chosen = new boolean[n];
        List<long[]> columns = new ArrayList<>();
        for (int j = n - 1; j >= 0 && columns.size() < rank; j--) {
            long[] column = new long[jacobian.length];
            for (int r = 0; r < jacobian.length; r++) {
                column[r] = jacobian[r][j];
            }
            columns.add(column);
            if (ModularMatrix.of(columns.toArray(long[][]::new), p).rank() == columns.size()) {
                chosen[j] = true;
            } else {
                columns.remove(columns.size() - 1);
            }
        }
        return columns.size() == rank ? chosen : null;
    }

    private static long nonZero(SplittableRandom random) {
        long value = random.nextLong(1, ENTRY_BOUND + 1);
        return random.nextBoolean() ? value : -value;
    }

    /** @return the names of the parameters fixed at integers, dim Θ − dim M of them */
    public List<String> fixedParameters() {
        return fixedNames;
    }

    @Override
    public Polynomial[] coefficients() {
        return chart.coefficients();
    }

    @Override
    public List<String> unknownNames() {
        return chart.unknownNames();
    }

    @Override
    public Complex[] parameters(Complex[] t) {
        return chart.parameters(t);
    }

    @Override
    public String description() {
        if (fixedNames.isEmpty()) {
            return "all " + parameters + " parameters as unknowns: the Jacobian has full rank, the fibres are finite"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "a coordinate slice transversal to the fibres: " + fixedNames.size() + " of the " + parameters //$NON-NLS-1$ //$NON-NLS-2$
                + " parameters (" + String.join(", ", fixedNames) //$NON-NLS-1$ //$NON-NLS-2$
                + ") fixed at integers ±1, ±2 (seed " + seed + "), the other " + unknownNames().size() //$NON-NLS-1$ //$NON-NLS-2$
                + " = dim M are pivots of the Jacobian from the last parameter back, so each weight group is fixed " //$NON-NLS-1$
                + "on the block it acts on first"; //$NON-NLS-1$
    }
}
