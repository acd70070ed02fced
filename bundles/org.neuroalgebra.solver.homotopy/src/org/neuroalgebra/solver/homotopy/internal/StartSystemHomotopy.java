// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@code H(z, t) = (1 − t) D F(z) + t γ S(z)} from a start system S with known solutions to the target F,
 * in one random chart of P^n: what the total-degree and the linear-product homotopies share. Only the
 * target's evaluation error matters, since it bounds the accuracy of the endpoints at t = 0.
 * <p>
 * D is diagonal: each equation of F is scaled by the power of two nearest the inverse of its
 * coefficients' norm, so that F_i and S_i have about the same size at a point of unit coordinates.
 * Unscaled, a target with integer coefficients up to 9 outweighs a start system with coefficients 1
 * by a factor of tens, and a path moves almost all the way while 1 − t is still small: it changes
 * fastest near t = 1 and is cut into small steps there. The scaling changes neither the solutions at
 * t = 0 nor, being a power of two, any rounding of F.
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
    /** The diagonal of D, powers of two. */
    protected final double[] targetScale;

    StartSystemHomotopy(CompiledSystem target, double[] parameters, double gammaRe, double gammaIm,
            ProjectiveChart chart) {
        this.target = target;
        this.parameters = parameters.clone();
        this.gammaRe = gammaRe;
        this.gammaIm = gammaIm;
        this.chart = chart;
        double[] norms = target.coefficientNorms(this.parameters);
        this.targetScale = new double[norms.length];
        for (int i = 0; i < norms.length; i++) {
            targetScale[i] = norms[i] > 0 && Double.isFinite(norms[i]) ? Math.scalb(1.0, -Math.getExponent(norms[i])) : 1;
        }
    }

    @Override
    public int size() {
        return target.variableCount() + 1;
    }

    @Override
    public void evaluationError(double[] z, double[] out) {
        target.evaluationError(z, parameters, out);
        for (int i = 0; i < targetScale.length; i++) {
            out[i] *= targetScale[i];
        }
        out[target.variableCount()] = chart.evaluationError(z);
    }
}
