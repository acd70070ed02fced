// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.data.DatasetMaterializer;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.Samples;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code loss} analysis (MATH.md §5) as a service, for every architecture kind (MLP, CNN,
 * attention): the loss is a quadratic form in c_θ. Option {@code checks}: random θ for the offset
 * check.
 */
@Component(service = IAnalysis.class)
public class LossAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "loss"; //$NON-NLS-1$

    private static final String CHECKS = "checks"; //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Loss as a distance in function space"; //$NON-NLS-1$
    }

    @Override
    public List<String> settingNames() {
        return List.of("dataset", CHECKS); //$NON-NLS-1$
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        long start = System.nanoTime();
        Network network = RequestInputs.network(request);
        Samples samples = DatasetMaterializer.forRequest(request, network.inputs(), network.outputs());
        LossGeometry geometry = LossGeometry.of(network.basis(), samples);
        int checks = RequestInputs.positiveInt(request, CHECKS, 10);
        OffsetCheck check = OffsetCheck.run(geometry, network.parametrization(), checks, request.seed());
        int exactRank = ExactRank.of(network.basis(), samples.inputs());
        return new LossAnalysisResult(request.subjectName(), samples, geometry, check, exactRank,
                (System.nanoTime() - start) / 1e9);
    }
}
