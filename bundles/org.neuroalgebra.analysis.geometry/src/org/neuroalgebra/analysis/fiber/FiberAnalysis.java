// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code fiber} analysis as a service; see {@link FiberComputation}. It reads no settings
 * besides the seed.
 */
@Component(service = IAnalysis.class)
public class FiberAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "fiber"; //$NON-NLS-1$

    private SolverRegistry solvers;

    /** For use by Declarative Services, which then injects the solvers. */
    public FiberAnalysis() {
    }

    /**
     * @param solvers
     *            where to find the homotopy solver and the exact counter
     */
    public FiberAnalysis(SolverRegistry solvers) {
        this.solvers = solvers;
    }

    @Reference
    void setSolvers(SolverRegistry registry) {
        this.solvers = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Identifiability: the fibres of the parametrization"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    /** The architecture's coefficients must fit in double precision. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Architecture architecture) {
            NumericalBreakdown.requireFinite(architecture.getName(),
                    ArchitectureParametrizations.of(architecture, request.monomialLimit()));
        }
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("fibres of " + request.subjectName(), -1); //$NON-NLS-1$
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the fiber analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        try {
            return new FiberComputation(HomotopySolvers.find(solvers), HomotopySolvers.counter(solvers))
                    .compute(architecture.getName(), parametrization, request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (ArithmeticException e) {
            throw NumericalBreakdown.of(request, e);
        }
    }
}
