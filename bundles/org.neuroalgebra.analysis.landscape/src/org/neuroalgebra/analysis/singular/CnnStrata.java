// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.analysis.singular.FilterLayout.Filter;

/**
 * The sparse-subnetwork strata of a single-channel 1-D CNN: every way of shortening its filters
 * (each filter keeps a window w_i[first..last] of consecutive entries, the others zero: a smaller
 * CNN, see {@link ZeroFilter}), and every single zero filter (a constant network function). Each
 * stratum is the image of the remaining parameters (biases stay free); its dimension is the rank
 * of their Jacobian columns modulo a large prime at a random integer point, as
 * {@link SparseStrata} does for MLPs. For a linear CNN with stride 1 the end-to-end filter is the
 * product of the windows read as polynomials, so a stratum has dimension Σ (window lengths) −
 * (L − 1), and 0 when a filter is zero.
 */
public final class CnnStrata {

    /** More strata than this are not listed. */
    public static final int MAX_STRATA = 4096;

    private CnnStrata() {
    }

    /**
     * @return the strata by number of zero parameters, M itself first
     * @throws IllegalArgumentException
     *             when there are more than {@link #MAX_STRATA}
     */
    public static List<SparseStratum> of(ConvolutionParametrization cnn, long seed) {
        List<Filter> filters = new FilterLayout(cnn, seed).filters();
        long count = filters.size();
        long windows = 1;
        for (Filter filter : filters) {
            windows *= filter.kernel() * (filter.kernel() + 1L) / 2;
            if (windows + count > MAX_STRATA) {
                throw new IllegalArgumentException("more than " + MAX_STRATA //$NON-NLS-1$
                        + " ways to shorten the filters: too many sparse subnetworks to list"); //$NON-NLS-1$
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[cnn.parameterCount()];
        for (int i = 0; i < point.length; i++) {
            point[i] = random.nextLong(1, ModP.PRIME_1);
        }
        List<List<ZeroFilter>> patterns = new ArrayList<>();
        shorten(filters, 0, new ArrayList<>(), patterns);
        for (Filter filter : filters) {
            patterns.add(List.of(ZeroFilter.whole(filter.layer(), filter.kernel())));
        }
        patterns.sort(Comparator.comparingInt(CnnStrata::zeroCount));
        List<SparseStratum> strata = new ArrayList<>();
        for (List<ZeroFilter> pattern : patterns) {
            Set<Integer> removed = new HashSet<>();
            for (ZeroFilter zero : pattern) {
                int[] entries = filters.get(zero.layer() - 1).entries();
                zero.zeroEntries().forEach(m -> removed.add(entries[m - 1]));
            }
            strata.add(new SparseStratum(pattern.stream().map(ZeroFilter::name).toList(),
                    SparseStrata.dimension(cnn, point, removed)));
        }
        return strata;
    }

    /** Adds every choice of windows for the filters from {@code layer} on to the ones chosen so far. */
    private static void shorten(List<Filter> filters, int layer, List<ZeroFilter> chosen,
            List<List<ZeroFilter>> patterns) {
        if (layer == filters.size()) {
            patterns.add(List.copyOf(chosen));
            return;
        }
        Filter filter = filters.get(layer);
        int k = filter.kernel();
        for (int first = 1; first <= k; first++) {
            for (int last = first; last <= k; last++) {
                boolean shortened = first > 1 || last < k;
                if (shortened) {
                    chosen.add(new ZeroFilter(filter.layer(), k, first, last));
                }
                shorten(filters, layer + 1, chosen, patterns);
                if (shortened) {
                    chosen.remove(chosen.size() - 1);
                }
            }
        }
    }

    private static int zeroCount(List<ZeroFilter> pattern) {
        return pattern.stream().mapToInt(zero -> zero.zeroEntries().size()).sum();
    }
}
