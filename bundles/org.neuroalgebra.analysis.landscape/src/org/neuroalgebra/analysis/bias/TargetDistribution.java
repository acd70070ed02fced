// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.random.RandomGenerator;

/** The distribution of the data points u whose nearest points the bias analysis sorts into strata. */
public interface TargetDistribution {

    /** @return one sample, its coordinates drawn in order from the generator */
    double[] sample(RandomGenerator random);

    /** @return the law, e.g. {@code uniform in [-1, 1]^3} or {@code Gaussian N(0, I_3)} */
    String law();
}
