// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.model.Architecture;

/**
 * An architecture as the data analyses see it: the map θ ↦ c_θ and how c_θ encodes the network
 * function. Every kind (MLP, CNN, attention) stores c_θ output-major, each of the
 * {@code outputs} blocks the coefficients of one output in the same monomial {@code basis} of the
 * {@code inputs} input variables; so f(a)_o = ⟨v(a), block o of c_θ⟩ and the MSE loss is
 * ‖A C − B‖² with one data matrix A of rows v(a_k) for all outputs (docs/MATHEMATICS.md §5). For attention
 * the inputs are the entries of X row by row and the outputs those of the out × t output.
 *
 * @param parametrization
 *            θ ↦ c_θ with its exact Jacobian
 * @param basis
 *            the monomials of one output
 * @param inputs
 *            the number of input variables
 * @param outputs
 *            the number of outputs
 */
public record Network(Parametrization parametrization, Monomials basis, int inputs, int outputs) {

    /** @return the layout of the architecture's parametrization, checked against its coordinate names */
    public static Network of(Parametrization parametrization, Architecture architecture) throws AnalysisException {
        try {
            OutputMonomials layout = OutputMonomials.of(parametrization, architecture);
            return new Network(parametrization, layout.basis(), layout.inputs(), layout.outputs());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    /** @return f_θ(a) from the coefficient vector c_θ */
    public double[] evaluate(double[] coefficients, double[] a) {
        return NetworkFunction.evaluate(basis, coefficients, a);
    }
}
