// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;

import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.layers.NetworkParametrizations;

/**
 * Turns an architecture of the model into the polynomial map of the algebra core, for the built-in
 * analyses: {@link NetworkParametrizations} (the exported API, which asks the layers' kinds) with
 * its refusals as {@link AnalysisException}s of kind {@link Kind#BAD_INPUT}.
 */
public final class ArchitectureParametrizations {

    private ArchitectureParametrizations() {
    }

    /**
     * @param limit
     *            the largest ambient dimension accepted; larger architectures are refused up
     *            front with the estimate
     */
    public static Parametrization of(Architecture architecture, BigInteger limit) throws AnalysisException {
        try {
            return NetworkParametrizations.of(architecture, limit);
        } catch (TooLargeException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            // the message already names the architecture
            throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
        }
    }
}
