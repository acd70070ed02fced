// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.text.TargetEntries;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code membership} analysis: is the block's {@code target}, one polynomial per output in
 * the network's inputs ({@code target P} or {@code target [P1, P2, …]}, see
 * {@link MembershipTarget}), the function of a real parameter θ? Every architecture kind the
 * model language builds: MLPs with any number of outputs, linear networks, CNNs, attention
 * ({@link MembershipComputation}).
 */
@Component(service = IAnalysis.class)
public class MembershipAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "membership"; //$NON-NLS-1$

    static final AnalysisSetting TARGET = AnalysisSetting.requiredField("target", //$NON-NLS-1$
            "the polynomial in the network's inputs x1, x2, ... whose membership is decided; " //$NON-NLS-1$
                    + "for several outputs a vector [P1, P2, ...], one polynomial per output"); //$NON-NLS-1$

    private SolverRegistry solvers;

    /** For use by Declarative Services, which then injects the solvers. */
    public MembershipAnalysis() {
    }

    /**
     * @param solvers
     *            where to find the homotopy solver
     */
    public MembershipAnalysis(SolverRegistry solvers) {
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
        return "Real membership of a network function in the neuromanifold"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return List.of(TARGET);
    }

    /** The subject must be an architecture, and the target one polynomial in its inputs per output. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        Parametrization parametrization = parametrization(request);
        target(request, layout(request, parametrization));
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("membership of the target", -1); //$NON-NLS-1$
        Parametrization parametrization = parametrization(request);
        OutputMonomials layout = layout(request, parametrization);
        MembershipTarget target = target(request, layout);
        try {
            return new MembershipComputation(HomotopySolvers.find(solvers), HomotopySolvers.counter(solvers)).decide(
                    request.subjectName(), parametrization, layout, target, request.spec().getTarget().trim(),
                    request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }

    /**
     * @param request
     *            a request of an analysis about an architecture
     * @return the map of the request's architecture
     * @throws AnalysisException
     *             when the subject is not an architecture or cannot be built
     */
    public static Parametrization parametrization(AnalysisRequest request) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT, "the " + request.spec().getKind() //$NON-NLS-1$
                    + " analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ArchitectureParametrizations.of(architecture, request.monomialLimit());
    }

    /**
     * @return how the architecture's coefficient vector encodes its outputs
     * @throws AnalysisException
     *             for a parametrization whose outputs are not polynomials in known variables
     */
    static OutputMonomials layout(AnalysisRequest request, Parametrization parametrization) throws AnalysisException {
        try {
            return OutputMonomials.of(parametrization, (Architecture) request.subject());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "the " + request.spec().getKind() + " analysis: " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    private static MembershipTarget target(AnalysisRequest request, OutputMonomials layout) throws AnalysisException {
        String text = request.spec().getTarget();
        if (text == null || text.isBlank()) {
            throw AnalysisException.badSetting(TARGET.name(),
                    "the membership analysis needs a target polynomial, e.g. 'target x1^3 + x2^3'"); //$NON-NLS-1$
        }
        try {
            return MembershipTarget.parse(text, layout);
        } catch (TargetEntries.SyntaxException e) {
            throw AnalysisException.badSetting(TARGET.name(), "target: " + e.getMessage(), e.offset()); //$NON-NLS-1$
        }
    }
}
