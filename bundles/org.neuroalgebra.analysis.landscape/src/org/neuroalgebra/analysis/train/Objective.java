// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import org.neuroalgebra.analysis.loss.LossGeometry;

/** A smooth function on the ambient space V that training minimizes over M. */
public interface Objective {

    /** @return the value at the coefficient vector c */
    double value(double[] c);

    /** @return the gradient at c */
    double[] gradient(double[] c);

    /** @return the MSE loss of a dataset */
    static Objective loss(LossGeometry geometry) {
        return new Objective() {
            @Override
            public double value(double[] c) {
                return geometry.loss(c);
            }

            @Override
            public double[] gradient(double[] c) {
                return geometry.gradient(c);
            }
        };
    }

    /** @return the squared Euclidean distance ‖c − u‖² to a point u of V */
    static Objective distanceTo(double[] u) {
        double[] target = u.clone();
        return new Objective() {
            @Override
            public double value(double[] c) {
                double sum = 0;
                for (int i = 0; i < c.length; i++) {
                    sum += (c[i] - target[i]) * (c[i] - target[i]);
                }
                return sum;
            }

            @Override
            public double[] gradient(double[] c) {
                double[] g = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    g[i] = 2 * (c[i] - target[i]);
                }
                return g;
            }
        };
    }
}
