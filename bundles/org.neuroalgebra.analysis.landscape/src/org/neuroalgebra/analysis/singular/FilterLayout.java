// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;

/**
 * Where the filters of a 1-D CNN sit in θ ({@link ConvolutionParametrization#parameterNames()}:
 * per layer {@code wi[1]}, …, {@code wi[k]}, then {@code bi}), and how strongly each enters the
 * network function: its degree e_i in c_θ, which is ∏ deg σ_l over the activations after it.
 */
final class FilterLayout {

    private static final Pattern ENTRY = Pattern.compile("w(\\d+)\\[(\\d+)\\]"); //$NON-NLS-1$

    /**
     * One filter.
     *
     * @param layer
     *            i, 1-based
     * @param entries
     *            the θ indices of w_i[1], …, w_i[k]
     * @param degree
     *            e_i, the degree of c_θ in the entries of w_i
     */
    record Filter(int layer, int[] entries, int degree) {

        int kernel() {
            return entries.length;
        }
    }

    private final List<Filter> filters = new ArrayList<>();

    /** @param seed the seed of the random point at which the degrees e_i are read off */
    FilterLayout(ConvolutionParametrization cnn, long seed) {
        if (cnn.isMultiChannel()) {
            // a zero or shortened filter of one channel pair is not a sparse subnetwork of the whole layer
            throw new IllegalArgumentException("the strata of CNNs with several channels are not derived; " //$NON-NLS-1$
                    + "give point=... to classify one parameter point"); //$NON-NLS-1$
        }
        List<List<Integer>> entries = new ArrayList<>();
        List<String> names = cnn.parameterNames();
        for (int p = 0; p < names.size(); p++) {
            Matcher matcher = ENTRY.matcher(names.get(p));
            if (matcher.matches()) {
                int layer = Integer.parseInt(matcher.group(1));
                while (entries.size() < layer) {
                    entries.add(new ArrayList<>());
                }
                entries.get(layer - 1).add(p);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[cnn.parameterCount()];
        for (int p = 0; p < point.length; p++) {
            point[p] = random.nextLong(1, ModP.PRIME_1);
        }
        for (int i = 0; i < entries.size(); i++) {
            int[] indices = entries.get(i).stream().mapToInt(Integer::intValue).toArray();
            filters.add(new Filter(i + 1, indices, degree(cnn, point, indices)));
        }
    }

    /**
     * The degree in λ of c at θ with w_i replaced by λ·w_i, read off from the values at λ = 0, …,
     * D + 1 (D = deg f ≥ e_i): the highest order whose finite difference does not vanish modulo
     * the prime. Exact unless the random point is a root of that difference's leading
     * coefficient, which happens with probability at most about D/p.
     */
    private static int degree(ConvolutionParametrization cnn, long[] point, int[] indices) {
        int samples = cnn.size().degree() + 2;
        long[][] values = new long[samples][];
        for (int lambda = 0; lambda < samples; lambda++) {
            long[] theta = point.clone();
            for (int index : indices) {
                theta[index] = theta[index] * lambda % ModP.PRIME_1;
            }
            values[lambda] = cnn.evaluate(theta, ModP.PRIME_1);
        }
        int degree = 0;
        for (int order = 1; order < samples; order++) {
            boolean nonzero = false;
            for (int lambda = 0; lambda < samples - order; lambda++) {
                for (int a = 0; a < values[lambda].length; a++) {
                    values[lambda][a] = Math.floorMod(values[lambda + 1][a] - values[lambda][a], ModP.PRIME_1);
                    nonzero |= values[lambda][a] != 0;
                }
            }
            if (nonzero) {
                degree = order;
            }
        }
        return degree;
    }

    /** @return the filters, layer by layer */
    List<Filter> filters() {
        return List.copyOf(filters);
    }

    /**
     * An entry is zero when its contribution to c_θ is below the tolerance: |w_i[m]| times the
     * size of the rest of its monomials, ∏_{j ≠ i} max(1, ‖w_j‖)^{e_j} · max(1, ‖w_i‖)^{e_i − 1}
     * (max norms). A tiny filter balanced by huge ones (the scaling symmetry, or a run heading for
     * a point no finite θ attains) is therefore not zero. Only zero entries at the ends of a filter
     * are reported: they shorten it ({@link ZeroFilter}).
     *
     * @return the zero and shortened filters of θ
     */
    List<ZeroFilter> zeroFilters(double[] theta, double tolerance) {
        double[] norms = new double[filters.size()];
        for (int i = 0; i < norms.length; i++) {
            for (int index : filters.get(i).entries()) {
                norms[i] = Math.max(norms[i], Math.abs(theta[index]));
            }
        }
        List<ZeroFilter> zero = new ArrayList<>();
        for (int i = 0; i < norms.length; i++) {
            Filter filter = filters.get(i);
            double scale = Math.pow(Math.max(1, norms[i]), filter.degree() - 1);
            for (int j = 0; j < norms.length; j++) {
                scale *= j == i ? 1 : Math.pow(Math.max(1, norms[j]), filters.get(j).degree());
            }
            int first = 0;
            int last = 0;
            for (int m = 1; m <= filter.kernel(); m++) {
                if (Math.abs(theta[filter.entries()[m - 1]]) * scale >= tolerance) {
                    first = first == 0 ? m : first;
                    last = m;
                }
            }
            if (first == 0) {
                zero.add(ZeroFilter.whole(filter.layer(), filter.kernel()));
            } else if (first > 1 || last < filter.kernel()) {
                zero.add(new ZeroFilter(filter.layer(), filter.kernel(), first, last));
            }
        }
        return zero;
    }
}
