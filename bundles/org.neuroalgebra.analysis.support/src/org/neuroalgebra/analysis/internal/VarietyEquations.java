// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.model.Variety;

/**
 * The equations of a {@code variety} block as polynomials: the built-in analyses' name for the
 * exported {@link org.neuroalgebra.analysis.VarietyEquations}.
 */
public final class VarietyEquations {

    private VarietyEquations() {
    }

    public static List<Polynomial> of(Variety variety) throws AnalysisException {
        return org.neuroalgebra.analysis.VarietyEquations.of(variety);
    }
}
