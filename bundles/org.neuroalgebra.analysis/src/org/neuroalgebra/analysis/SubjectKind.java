// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Variety;

/**
 * What an analysis block may be about: an {@code architecture} (a parametrized neuromanifold) or
 * a {@code variety} (given by its equations). Analyses declare the kinds they accept
 * ({@link IAnalysis#subjectKinds()}), and {@link AnalysisPreflight} refuses a block whose
 * subject is of another kind before any work.
 */
public enum SubjectKind {

    /** an {@link Architecture} block */
    ARCHITECTURE("architecture"), //$NON-NLS-1$

    /** a {@link Variety} block */
    VARIETY("variety"); //$NON-NLS-1$

    private final String word;

    SubjectKind(String word) {
        this.word = word;
    }

    /** @return the keyword of such blocks in the model language, e.g. "architecture" */
    public String word() {
        return word;
    }

    /** @return the kind of this subject, or null when it is neither (an unresolved reference) */
    public static SubjectKind of(AnalysisSubject subject) {
        if (subject instanceof Architecture) {
            return ARCHITECTURE;
        }
        if (subject instanceof Variety) {
            return VARIETY;
        }
        return null;
    }
}
