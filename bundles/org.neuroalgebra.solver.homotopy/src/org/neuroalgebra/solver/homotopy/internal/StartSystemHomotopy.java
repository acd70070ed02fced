// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@code H(z, t) = (1 − t) F(z) + t γ S(z)} from a start system S with known solutions to the target F,
 * in one random chart of P^n: what the total-degree and the linear-product homotopies share. Only the
 * target's evaluation error matters, since it bounds the accuracy of the endpoints at t = 0.
 */
abstract class StartSystemHomotopy implements Homotopy {

    /** F, homogenized to the degrees of S. */
    protected final CompiledSystem target;
    /** The parameter values of F, interleaved. */
    protected final double[] parameters;
    /** γ of the γ-trick. */
    protected final double gammaRe;
    /** γ of the γ-trick. */
    protected final double gammaIm;
    /** The chart a·z = 1. */
    protected final ProjectiveChart chart;

    StartSystemHomotopy(CompiledSystem target, double[] parameters, double gammaRe, double gammaIm,
            ProjectiveChart chart) {
        this.target = target;
        this.parameters = parameters.clone();
        this.gammaRe = gammaRe;
        this.gammaIm = gammaIm;
        this.chart = chart;
    }

    @Override
    public int size() {
        return target.variableCount() + 1;
    }

    @Override
    public void evaluationError(double[] z, double[] out) {
        target.evaluationError(z, parameters, out);
        out[target.variableCount()] = chart.evaluationError(z);
    }
}
