// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.data.DatasetMaterializer;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.Samples;
import org.osgi.service.component.annotations.Component;

/** The {@code loss} analysis (MATH.md §5) as a service. Option {@code checks}: random θ for the offset check. */
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
        MlpParametrization mlp = RequestInputs.mlp(request);
        Samples samples = DatasetMaterializer.forRequest(request, mlp);
        LossGeometry geometry = LossGeometry.of(mlp.basis(), samples);
        int checks = RequestInputs.positiveInt(request, CHECKS, 10);
        OffsetCheck check = OffsetCheck.run(geometry, mlp, checks, request.seed());
        int exactRank = ExactRank.of(mlp.basis(), samples.inputs());
        return new LossAnalysisResult(request.subjectName(), samples, geometry, check, exactRank,
                (System.nanoTime() - start) / 1e9);
    }
}
