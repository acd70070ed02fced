// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;

import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisKind;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;

/**
 * Builds analysis blocks for requests that do not come from a file's own {@code analysis}
 * blocks (command line, launch configurations), so that every run goes through one kind of
 * request.
 */
public final class AnalysisRequests {

    private AnalysisRequests() {
    }

    /**
     * @param seed
     *            the seed, or null for the default
     * @return a new analysis block asking {@code analysisId} of the named subject of the model
     */
    public static Analysis specFor(NeuroalgebraModel model, String analysisId, String subjectName, Long seed)
            throws AnalysisException {
        AnalysisKind kind = AnalysisKind.get(analysisId);
        if (kind == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "unknown analysis '" + analysisId + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setName(analysisId + " of " + subjectName); //$NON-NLS-1$
        spec.setKind(kind);
        spec.setSubject(subject(model, subjectName));
        if (seed != null) {
            spec.setSeed(seed.longValue());
        }
        return spec;
    }

    /**
     * @param seed
     *            overrides the block's seed when not null
     * @return the named analysis block of the model
     */
    public static Analysis block(NeuroalgebraModel model, String name, Long seed) throws AnalysisException {
        for (NamedElement element : model.getElements()) {
            if (element instanceof Analysis analysis && name.equals(analysis.getName())) {
                if (seed != null) {
                    analysis.setSeed(seed.longValue());
                }
                return analysis;
            }
        }
        throw new AnalysisException(Kind.BAD_INPUT, "no analysis block '" + name + "'; the file has " //$NON-NLS-1$ //$NON-NLS-2$
                + names(model, Analysis.class));
    }

    /** @return the analysis blocks of the model in file order */
    public static List<Analysis> blocks(NeuroalgebraModel model) {
        return model.getElements().stream().filter(Analysis.class::isInstance).map(Analysis.class::cast).toList();
    }

    private static AnalysisSubject subject(NeuroalgebraModel model, String name) throws AnalysisException {
        for (NamedElement element : model.getElements()) {
            if (element instanceof AnalysisSubject subject && name.equals(subject.getName())) {
                return subject;
            }
        }
        throw new AnalysisException(Kind.BAD_INPUT, "no architecture or variety '" + name + "'; the file has " //$NON-NLS-1$ //$NON-NLS-2$
                + names(model, AnalysisSubject.class));
    }

    private static List<String> names(NeuroalgebraModel model, Class<?> type) {
        return model.getElements().stream().filter(type::isInstance).map(NamedElement::getName).toList();
    }
}
