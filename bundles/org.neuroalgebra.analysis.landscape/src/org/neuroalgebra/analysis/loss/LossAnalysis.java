// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.Samples;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code loss} analysis as a service, for every architecture kind (MLP, CNN, attention): the
 * loss is a quadratic form in c_θ. Settings: the dataset, and the number of random θ for the
 * offset check ({@link #settings()}).
 */
@Component(service = IAnalysis.class)
public class LossAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "loss"; //$NON-NLS-1$

    static final AnalysisSetting DATASET = AnalysisSetting.requiredField("dataset", //$NON-NLS-1$
            "the samples whose mean squared loss is written as a distance (data NAME)"); //$NON-NLS-1$

    static final AnalysisSetting CHECKS = AnalysisSetting.integer("checks", 10L, 1, 10_000, //$NON-NLS-1$
            "the number of random parameter points at which the offset identity is checked"); //$NON-NLS-1$

    private static final List<AnalysisSetting> SETTINGS = List.of(DATASET, CHECKS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Loss as a distance in function space"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return SETTINGS;
    }

    /** The network must fit in double precision and the dataset be readable and finite. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        RequestInputs.samples(request, RequestInputs.network(request));
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        long start = System.nanoTime();
        monitor.begin("loss geometry", -1); //$NON-NLS-1$
        Network network = RequestInputs.network(request);
        Samples samples = RequestInputs.samples(request, network);
        int checks = SettingValues.integer(request, CHECKS);
        try {
            LossGeometry geometry = LossGeometry.of(network.basis(), samples);
            OffsetCheck check = OffsetCheck.run(geometry, network.parametrization(), checks, request.seed());
            int exactRank = ExactRank.of(network.basis(), samples.inputs());
            return new LossAnalysisResult(request.subjectName(), samples, geometry, check, exactRank,
                    (System.nanoTime() - start) / 1e9);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw NumericalBreakdown.of(request, e);
        }
    }
}
