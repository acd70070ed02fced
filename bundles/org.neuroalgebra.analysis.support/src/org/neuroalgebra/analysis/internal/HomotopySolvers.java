// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverRegistry;

/** Finds the numerical solver the membership and fibre analyses need, and the exact counter that checks it. */
public final class HomotopySolvers {

    private HomotopySolvers() {
    }

    /**
     * @param registry
     *            the solver whiteboard, or null when none was injected
     * @return the first registered solver that can also track parameters
     * @throws AnalysisException
     *             if there is none
     */
    public static ParameterHomotopySolver find(SolverRegistry registry) throws AnalysisException {
        if (registry != null) {
            for (PolynomialSystemSolver solver : registry.solvers()) {
                if (solver instanceof ParameterHomotopySolver homotopy) {
                    return homotopy;
                }
            }
        }
        throw new AnalysisException(Kind.FAILED, "no homotopy continuation solver is installed"); //$NON-NLS-1$
    }

    /**
     * @param registry
     *            the solver whiteboard, or null
     * @return the first registered exact solution counter, or null when there is none
     */
    public static SolutionCounter counter(SolverRegistry registry) {
        return registry == null ? null : registry.counters().stream().findFirst().orElse(null);
    }
}
