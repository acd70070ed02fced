// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.model.Architecture;

/** What the landscape analyses read from a request: the network of its subject and its dataset. */
public final class RequestInputs {

    private RequestInputs() {
    }

    /** @return the polynomial MLP the request's subject stands for */
    public static MlpParametrization mlp(AnalysisRequest request) throws AnalysisException {
        if (!(parametrization(request) instanceof MlpParametrization mlp)) {
            throw new AnalysisException(Kind.BAD_INPUT, "the " + request.analysisId() //$NON-NLS-1$
                    + " analysis supports polynomial MLPs; '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return mlp;
    }

    /**
     * @return the network (MLP, CNN or attention) the request's subject stands for, with its output
     *         layout; refused when its coefficients do not fit in double precision
     */
    public static Network network(AnalysisRequest request) throws AnalysisException {
        Parametrization parametrization = parametrization(request);
        NumericalBreakdown.requireFinite(request.subjectName(), parametrization);
        return Network.of(parametrization, architecture(request));
    }

    private static Parametrization parametrization(AnalysisRequest request) throws AnalysisException {
        return ArchitectureParametrizations.of(architecture(request), request.monomialLimit());
    }

    private static Architecture architecture(AnalysisRequest request) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT, "the " + request.analysisId() //$NON-NLS-1$
                    + " analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return architecture;
    }

    /**
     * The dataset of the request's block for the network; its problems are reported at the block's
     * {@code dataset} field.
     */
    public static Samples samples(AnalysisRequest request, Network network) throws AnalysisException {
        try {
            return DatasetMaterializer.forRequest(request, network.inputs(), network.outputs());
        } catch (AnalysisException e) {
            if (e.kind() == Kind.BAD_INPUT && e.setting() == null) {
                throw AnalysisException.badSetting("dataset", e.getMessage()); //$NON-NLS-1$
            }
            throw e;
        }
    }

    /**
     * @return the first of the settings the block gives explicitly, to be blamed for a cost that is
     *         their product; null (the block) when all have their defaults
     */
    public static String blame(AnalysisRequest request, AnalysisSetting... settings) {
        for (AnalysisSetting setting : settings) {
            if (request.option(setting.name(), null) != null) {
                return setting.name();
            }
        }
        return null;
    }
}
