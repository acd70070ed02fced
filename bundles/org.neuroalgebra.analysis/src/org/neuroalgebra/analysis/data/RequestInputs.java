// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.model.Architecture;

/** What the landscape analyses read from a request: the network of its subject and numeric options. */
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

    /** @return the network (MLP, CNN or attention) the request's subject stands for, with its output layout */
    public static Network network(AnalysisRequest request) throws AnalysisException {
        return Network.of(parametrization(request), architecture(request));
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

    /** @return the option as a positive integer, or the default when absent */
    public static int positiveInt(AnalysisRequest request, String key, int defaultValue) throws AnalysisException {
        String text = request.option(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AnalysisException(Kind.BAD_INPUT, "option " + key + "=" + text + ": expected a positive integer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the option as a positive number, or the default when absent */
    public static double positiveDouble(AnalysisRequest request, String key, double defaultValue)
            throws AnalysisException {
        String text = request.option(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AnalysisException(Kind.BAD_INPUT, "option " + key + "=" + text + ": expected a positive number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
