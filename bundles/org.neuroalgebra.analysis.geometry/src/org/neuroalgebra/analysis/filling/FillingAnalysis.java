// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

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
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.membership.MembershipAnalysis;
import org.neuroalgebra.analysis.membership.MembershipComputation;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code filling} analysis: the fraction of targets reachable over R, {@code filling of ARCH
 * seed S} with {@code samples=N} ({@link FillingComputation}, docs/MATHEMATICS.md §3.2). A separate
 * analysis rather than a setting of {@code membership}: it has no target, and its answer is a
 * proportion with an interval, not a verdict.
 */
@Component(service = IAnalysis.class)
public class FillingAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "filling"; //$NON-NLS-1$

    static final AnalysisSetting SAMPLES = AnalysisSetting.integer("samples", 100L, 1, 100_000, //$NON-NLS-1$
            "the number of Gaussian targets, each decided by the membership test"); //$NON-NLS-1$

    private SolverRegistry solvers;

    /** For use by Declarative Services, which then injects the solvers. */
    public FillingAnalysis() {
    }

    /**
     * @param solvers
     *            where to find the homotopy solver and the exact counter
     */
    public FillingAnalysis(SolverRegistry solvers) {
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
        return "Real filling: the fraction of targets reachable over R"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return List.of(SAMPLES);
    }

    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        MembershipAnalysis.parametrization(request);
        SettingValues.integer(request, SAMPLES);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        Parametrization parametrization = MembershipAnalysis.parametrization(request);
        int samples = SettingValues.integer(request, SAMPLES);
        MembershipComputation membership = new MembershipComputation(HomotopySolvers.find(solvers),
                HomotopySolvers.counter(solvers));
        try {
            return new FillingComputation(membership).estimate(request.subjectName(), parametrization, samples,
                    request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }
}
