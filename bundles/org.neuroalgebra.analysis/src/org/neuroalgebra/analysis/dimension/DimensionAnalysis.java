// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.model.Architecture;
import org.osgi.service.component.annotations.Component;

/** The {@code dimension} analysis (MATH.md §3) as a service. */
@Component(service = IAnalysis.class)
public class DimensionAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "dimension"; //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Dimension of the neuromanifold"; //$NON-NLS-1$
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the dimension analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        DimensionResult result;
        try {
            result = DimensionComputation.compute(parametrization, request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
        return new DimensionAnalysisResult(architecture.getName(), parametrization.describe(), result);
    }
}
