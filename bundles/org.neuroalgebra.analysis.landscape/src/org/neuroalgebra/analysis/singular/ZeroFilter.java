// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

/**
 * A filter of a 1-D CNN ({@link org.neuroalgebra.algebra.param.ConvolutionParametrization}) that is
 * zero or shortened: its entries outside the window {@code first … last} vanish. With stride 1 and
 * no activation the filter is a polynomial of degree k − 1; zero trailing entries lower that degree
 * and zero leading entries factor out a power of the shift, so the layer acts as a filter of
 * length last − first + 1: a smaller CNN. A zero filter makes the network function constant.
 * Zero entries inside the window shorten nothing and are not recorded.
 *
 * @param layer
 *            i, 1-based
 * @param kernel
 *            k_i
 * @param first
 *            the first nonzero entry, 1-based; 0 for a zero filter
 * @param last
 *            the last nonzero entry; 0 for a zero filter
 */
public record ZeroFilter(int layer, int kernel, int first, int last) implements SparseUnit {

    /** @return a zero filter of layer {@code layer} */
    public static ZeroFilter whole(int layer, int kernel) {
        return new ZeroFilter(layer, kernel, 0, 0);
    }

    /** @return whether every entry is zero */
    public boolean isWhole() {
        return first == 0;
    }

    /** @return the 1-based indices of the zero entries outside the window (all for a zero filter) */
    public List<Integer> zeroEntries() {
        List<Integer> entries = new ArrayList<>();
        for (int m = 1; m <= kernel; m++) {
            if (isWhole() || m < first || m > last) {
                entries.add(m);
            }
        }
        return entries;
    }

    /** @return {@code w1} for a zero filter, else the zero entries, e.g. {@code w1[1,3]} */
    @Override
    public String name() {
        String filter = "w" + layer; //$NON-NLS-1$
        return isWhole() ? filter : filter + "[" + entries(",") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return e.g. {@code w1[3]: entry 3 zero, a filter of length 2 (w1[1..2])} */
    @Override
    public String describe() {
        if (isWhole()) {
            return "w" + layer + ": the whole filter is zero, the network function is constant"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.format("%s: entr%s %s zero, a filter of length %d (w%d[%d..%d])", name(), //$NON-NLS-1$
                zeroEntries().size() == 1 ? "y" : "ies", entries(", "), last - first + 1, layer, first, last); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String entries(String separator) {
        return String.join(separator, zeroEntries().stream().map(String::valueOf).toList());
    }
}
