// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.model.Variety;

import com.google.gson.JsonObject;

/**
 * An analysis the core does not know, as a third-party bundle would add it: {@code testcount}
 * counts the coordinates of a variety, times the setting {@code times}.
 */
final class CountingAnalysis implements IAnalysis {

    static final String ID = "testcount"; //$NON-NLS-1$

    private static final AnalysisSetting TIMES = AnalysisSetting.integer("times", 1L, 1, 10, //$NON-NLS-1$
            "how many times to count"); //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Test: count the coordinates"; //$NON-NLS-1$
    }

    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.VARIETY);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return List.of(TIMES);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        int count = ((Variety) request.subject()).getCoordinates().size()
                * Integer.parseInt(request.option(TIMES.name(), TIMES.defaultValue()));
        return new Count(request.subjectName(), request.seed(), count);
    }

    /** The result: one number, exact. */
    record Count(String subject, long seed, int count) implements AnalysisResult {
        @Override
        public String analysisId() {
            return ID;
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(true, "counting", seed, 0); //$NON-NLS-1$
        }

        @Override
        public List<String> summary() {
            return List.of("count " + count); //$NON-NLS-1$
        }

        @Override
        public JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("count", count); //$NON-NLS-1$
            return json;
        }
    }
}
