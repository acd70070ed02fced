// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;
import java.util.Optional;

import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.MetricText;
import org.neuroalgebra.model.validation.UserMetrics;

/**
 * Builds analysis blocks for requests that do not come from a file's own {@code analysis}
 * blocks (command line, launch configurations), so that every run goes through one kind of
 * request.
 */
public final class AnalysisRequests {

    private AnalysisRequests() {
    }

    /**
     * @param analysisId
     *            the id of an analysis; whether it is installed is for {@link AnalysisPreflight} to
     *            say, with the installed ones, like any other problem of a request
     * @param seed
     *            the seed, or null for the default
     * @return a new analysis block asking {@code analysisId} of the named subject of the model
     */
    public static Analysis specFor(NeuroalgebraModel model, String analysisId, String subjectName, Long seed)
            throws AnalysisException {
        if (analysisId == null || analysisId.isBlank()) {
            throw new AnalysisException(Kind.BAD_INPUT, "no analysis given"); //$NON-NLS-1$
        }
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setName(analysisId + " of " + subjectName); //$NON-NLS-1$
        spec.setKind(analysisId);
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

    /**
     * Sets one setting of an analysis block from text, as the command line gives it:
     * {@code target} (a polynomial), {@code dataset} (a dataset name), {@code metric} (in the
     * model language: {@code identity}, {@code bombieri-weyl}, {@code random seed N},
     * {@code data NAME}, {@code kernel K seed N}, {@code weights (W1, ..., Wn)},
     * {@code matrix ((Q11, ..., Q1n), ..., (Qn1, ..., Qnn))}); any other name becomes an option.
     */
    public static void applySetting(NeuroalgebraModel model, Analysis spec, String name, String value)
            throws AnalysisException {
        switch (name) {
            case "target" -> spec.setTarget(value); //$NON-NLS-1$
            case "dataset" -> spec.setDataset(dataset(model, value)); //$NON-NLS-1$
            case "metric" -> spec.setMetric(metric(model, value)); //$NON-NLS-1$
            default -> spec.getOptions().put(name, value);
        }
    }

    /** Parses a metric written as in the model language. */
    public static Metric metric(NeuroalgebraModel model, String text) throws AnalysisException {
        String[] words = text.trim().split("\\s+"); //$NON-NLS-1$
        Metric metric = NalgFactory.eINSTANCE.createMetric();
        // "weights(1, 4)" names its kind before the parenthesis
        String name = words[0].split("\\(", 2)[0]; //$NON-NLS-1$
        MetricKind kind = MetricKind.get(name);
        if (kind == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "unknown metric '" + name //$NON-NLS-1$
                    + "'; expected identity, bombieri-weyl, random seed N, data NAME, kernel K seed N, " //$NON-NLS-1$
                    + "weights (W1, ..., Wn) or matrix ((Q11, ..., Q1n), ..., (Qn1, ..., Qnn))"); //$NON-NLS-1$
        }
        if (kind == MetricKind.WEIGHTS || kind == MetricKind.MATRIX) {
            return userMetric(text);
        }
        metric.setKind(kind);
        try {
            switch (kind) {
                case RANDOM -> metric.setSeed(Long.parseLong(word(words, 2, "random seed N"))); //$NON-NLS-1$
                case DATA -> metric.setDataset(dataset(model, word(words, 1, "data NAME"))); //$NON-NLS-1$
                case KERNEL -> {
                    metric.setKernelDimension(Integer.parseInt(word(words, 1, "kernel K seed N"))); //$NON-NLS-1$
                    metric.setSeed(Long.parseLong(word(words, 3, "kernel K seed N"))); //$NON-NLS-1$
                }
                default -> {
                    // identity and bombieri-weyl take no arguments
                }
            }
        } catch (NumberFormatException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "metric '" + text + "': expected a number, " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return metric;
    }

    /** Weights and matrices are read by the model language's own parser, then validated as in a file. */
    private static Metric userMetric(String text) throws AnalysisException {
        Metric metric;
        try {
            metric = MetricText.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "metric '" + text.trim() + "', " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Optional<UserMetrics.Problem> problem = UserMetrics.problem(metric);
        if (problem.isPresent()) {
            throw new AnalysisException(Kind.BAD_INPUT, "metric '" + text.trim() + "': " + problem.get().message()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return metric;
    }

    private static String word(String[] words, int index, String form) throws AnalysisException {
        if (index >= words.length) {
            throw new AnalysisException(Kind.BAD_INPUT, "metric: expected '" + form + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return words[index];
    }

    private static Dataset dataset(NeuroalgebraModel model, String name) throws AnalysisException {
        for (NamedElement element : model.getElements()) {
            if (element instanceof Dataset dataset && name.equals(dataset.getName())) {
                return dataset;
            }
        }
        throw new AnalysisException(Kind.BAD_INPUT, "no dataset '" + name + "'; the file has " //$NON-NLS-1$ //$NON-NLS-2$
                + names(model, Dataset.class));
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
