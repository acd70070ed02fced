// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code membership} analysis: is the block's {@code target}, a polynomial in
 * x1..x_{d_0}, the function of a real parameter θ? Polynomial MLPs with one output only
 * ({@link MembershipComputation}).
 */
@Component(service = IAnalysis.class)
public class MembershipAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "membership"; //$NON-NLS-1$

    static final AnalysisSetting TARGET = AnalysisSetting.requiredField("target", //$NON-NLS-1$
            "the polynomial in the network's inputs x1, x2, ... whose membership is decided"); //$NON-NLS-1$

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
        return "Real membership of a polynomial in the neuromanifold"; //$NON-NLS-1$
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

    /** The subject must be a polynomial MLP with one output, and the target a polynomial in its inputs. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        target(request, mlp(request));
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("membership of the target", -1); //$NON-NLS-1$
        MlpParametrization mlp = mlp(request);
        Polynomial target = target(request, mlp);
        try {
            return new MembershipComputation(HomotopySolvers.find(solvers), HomotopySolvers.counter(solvers)).decide(
                    request.subjectName(), mlp, target, request.spec().getTarget().trim(), request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }

    private static MlpParametrization mlp(AnalysisRequest request) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the membership analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        if (!(parametrization instanceof MlpParametrization mlp) || mlp.widths()[mlp.widths().length - 1] != 1) {
            throw new AnalysisException(Kind.BAD_INPUT, "membership is implemented for polynomial MLPs with one output; '" //$NON-NLS-1$
                    + architecture.getName() + "' is " + parametrization.describe()); //$NON-NLS-1$
        }
        return mlp;
    }

    private static Polynomial target(AnalysisRequest request, MlpParametrization mlp) throws AnalysisException {
        String text = request.spec().getTarget();
        if (text == null || text.isBlank()) {
            throw AnalysisException.badSetting(TARGET.name(),
                    "the membership analysis needs a target polynomial, e.g. 'target x1^3 + x2^3'"); //$NON-NLS-1$
        }
        try {
            return PolynomialParser.parse(text, mlp.inputNames());
        } catch (PolynomialSyntaxException e) {
            throw AnalysisException.badSetting(TARGET.name(), "target '" + text + "': " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
                    + " (the variables are " + String.join(", ", mlp.inputNames()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
