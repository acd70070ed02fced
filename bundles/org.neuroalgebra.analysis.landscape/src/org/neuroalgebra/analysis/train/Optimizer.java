// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

/** The update rule of a training run. */
public enum Optimizer {
    /** θ ← θ − η ∇L(θ) */
    GRADIENT_DESCENT("gd"), //$NON-NLS-1$
    /** Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (Kingma–Ba) */
    ADAM("adam"); //$NON-NLS-1$

    private final String label;

    Optimizer(String label) {
        this.label = label;
    }

    /** @return the option value naming this optimizer */
    public String label() {
        return label;
    }

    /** @return the optimizer of an option value, or null */
    public static Optimizer of(String label) {
        for (Optimizer optimizer : values()) {
            if (optimizer.label.equals(label)) {
                return optimizer;
            }
        }
        return null;
    }
}
