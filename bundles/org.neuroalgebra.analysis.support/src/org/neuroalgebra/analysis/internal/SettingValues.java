// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.Optional;

import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisSetting;

/**
 * Reads the value of a declared {@link AnalysisSetting} from a request: the option when the block
 * gives it, else the declared default. The declaration is the one source of the default and of
 * the admissible range; a value outside it is refused here too, for callers that run an analysis
 * without {@link org.neuroalgebra.analysis.AnalysisPreflight}.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** @return the whole-number value of a setting that declares a default */
    public static int integer(AnalysisRequest request, AnalysisSetting setting) throws AnalysisException {
        return Integer.parseInt(checked(request, setting, null));
    }

    /**
     * @param computedDefault
     *            the value when the block does not give one, for settings whose default is computed
     *            (declared as none)
     */
    public static int integer(AnalysisRequest request, AnalysisSetting setting, int computedDefault)
            throws AnalysisException {
        return Integer.parseInt(checked(request, setting, Integer.toString(computedDefault)));
    }

    /** @return the numeric value of a setting that declares a default */
    public static double number(AnalysisRequest request, AnalysisSetting setting) throws AnalysisException {
        return Double.parseDouble(checked(request, setting, null));
    }

    /** @return the value as written (checked when the setting's type allows), the default, or null */
    public static String text(AnalysisRequest request, AnalysisSetting setting) throws AnalysisException {
        String value = request.option(setting.name(), null);
        return value == null ? setting.defaultValue() : checked(request, setting, null);
    }

    private static String checked(AnalysisRequest request, AnalysisSetting setting, String computedDefault)
            throws AnalysisException {
        String value = request.option(setting.name(), null);
        if (value == null) {
            String fallback = setting.defaultValue() != null ? setting.defaultValue() : computedDefault;
            if (fallback == null) {
                throw new IllegalStateException("setting " + setting.name() + " declares no default"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return fallback;
        }
        Optional<String> problem = setting.check(value);
        if (problem.isPresent()) {
            throw AnalysisException.badSetting(setting.name(), problem.get());
        }
        return value.trim();
    }
}
