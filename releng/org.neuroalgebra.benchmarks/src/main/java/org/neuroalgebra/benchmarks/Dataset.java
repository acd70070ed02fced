// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.List;

/**
 * A small dataset written both into the model file and into the other tools' scripts.
 *
 * @param name
 *            the dataset's name in the model file
 * @param inputs
 *            the input points, each coordinate an exact number ("1/2")
 * @param targets
 *            the scalar target of each point
 */
record Dataset(String name, List<List<String>> inputs, List<String> targets) {

    /** @return the {@code dataset} block of the model language */
    String toModelText() {
        StringBuilder text = new StringBuilder("dataset ").append(name).append(" {\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < inputs.size(); i++) {
            text.append("  point (").append(String.join(", ", inputs.get(i))).append(") -> ").append(targets.get(i)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append('\n');
        }
        return text.append("}\n").toString(); //$NON-NLS-1$
    }
}
