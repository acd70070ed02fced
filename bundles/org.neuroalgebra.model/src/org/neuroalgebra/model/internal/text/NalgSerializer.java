// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.TargetsFrom;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.layers.LayerText;
import org.neuroalgebra.model.text.MetricText;

/**
 * Writes a model in the canonical text form of DSL.md: blocks separated by one blank line,
 * statements indented by two spaces, defaults omitted ({@code bias=true}, an unset
 * {@code out}), comments where the parser found them. Parsing the output gives an equal
 * model; a file already in canonical form is reproduced byte for byte.
 * <p>
 * An incomplete model (e.g. an analysis without a subject, built in an editor) is written
 * with {@code ?} in place of the missing name, so that reading it back reports the gap at its
 * position instead of silently inventing a value.
 */
public final class NalgSerializer {

    private static final String INDENT = "  "; //$NON-NLS-1$
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?\\d+(\\.\\d+)?(/\\d+)?"); //$NON-NLS-1$

    private final StringBuilder out = new StringBuilder();

    private NalgSerializer() {
    }

    /**
     * @param model
     *            the model
     * @return its canonical text, with '\n' line ends
     */
    public static String serialize(NeuroalgebraModel model) {
        NalgSerializer serializer = new NalgSerializer();
        serializer.model(model);
        return serializer.out.toString();
    }

    private void model(NeuroalgebraModel model) {
        boolean first = true;
        for (NamedElement element : model.getElements()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            comments(element.getComments(), ""); //$NON-NLS-1$
            block(element);
        }
        if (!model.getTrailingComments().isEmpty() && !model.getElements().isEmpty()) {
            out.append('\n');
        }
        comments(model.getTrailingComments(), ""); //$NON-NLS-1$
    }

    private void comments(List<String> lines, String indent) {
        for (String comment : lines) {
            for (String line : comment.isEmpty() ? List.of(comment) : comment.lines().toList()) {
                out.append(line.isEmpty() ? "" : indent).append(asComment(line)).append('\n'); //$NON-NLS-1$
            }
        }
    }

    /**
     * @return the line as a comment: a comment typed without its '#' (in the Properties view,
     *         or in an XMI file) must not become model text that no longer parses
     */
    private static String asComment(String line) {
        return line.isBlank() || line.strip().startsWith("#") ? line : "# " + line; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void block(NamedElement element) {
        out.append(element.eClass().getName().toLowerCase()).append(' ').append(element.getName()).append(" {"); //$NON-NLS-1$
        endLine(element);
        if (element instanceof Architecture architecture) {
            architecture(architecture);
        } else if (element instanceof Variety variety) {
            variety(variety);
        } else if (element instanceof Dataset dataset) {
            dataset(dataset);
        } else if (element instanceof Analysis analysis) {
            analysis(analysis);
        } else if (element instanceof Sweep sweep) {
            sweep(sweep);
        }
        comments(element.getTrailingComments(), INDENT);
        out.append("}\n"); //$NON-NLS-1$
    }

    private void endLine(Commented element) {
        if (element.getLineComment() != null) {
            out.append(' ').append(asComment(element.getLineComment().replace('\n', ' ').strip()));
        }
        out.append('\n');
    }

    private void line(String text) {
        out.append(INDENT).append(text).append('\n');
    }

    private void element(Commented element, String text) {
        comments(element.getComments(), INDENT);
        out.append(INDENT).append(text);
        endLine(element);
    }

    private void architecture(Architecture architecture) {
        if (architecture.isSetInput()) {
            line("input " + architecture.getInput()); //$NON-NLS-1$
        }
        for (Layer layer : architecture.getLayers()) {
            element(layer, layer(layer));
        }
    }

    /** @return the layer's line, as its kind declares it ({@link LayerText}) */
    public static String layer(Layer layer) {
        return LayerText.line(layer);
    }

    private void variety(Variety variety) {
        if (!variety.getCoordinates().isEmpty()) {
            line("coordinates " + String.join(" ", variety.getCoordinates())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String equation : variety.getEquations()) {
            line("equation " + equation); //$NON-NLS-1$
        }
        for (Inequality inequality : variety.getInequalities()) {
            element(inequality, "inequality " + orUnknown(inequality.getLeft()) + " " //$NON-NLS-1$ //$NON-NLS-2$
                    + inequality.getRelation().getLiteral() + " " + orUnknown(inequality.getRight())); //$NON-NLS-1$
        }
    }

    private void dataset(Dataset dataset) {
        for (DataPoint point : dataset.getPoints()) {
            String output = point.getOutput().size() == 1 ? point.getOutput().get(0) : vector(point.getOutput());
            element(point, "point " + vector(point.getInput()) + " -> " + output); //$NON-NLS-1$ //$NON-NLS-2$
        }
        RandomInputs random = dataset.getRandomInputs();
        if (random != null) {
            element(random, "random " + random.getCount() + " inputs in [" + random.getLow() + ", " + random.getHigh() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "]^" + random.getDimension() + " seed " + random.getSeed()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (dataset.getCsvFile() != null) {
            line("csv \"" + dataset.getCsvFile() + '"'); //$NON-NLS-1$
        }
        TargetsFrom targets = dataset.getTargets();
        if (targets != null) {
            element(targets, "targets from " + reference(targets, Literals.TARGETS_FROM__ARCHITECTURE) + " seed " //$NON-NLS-1$ //$NON-NLS-2$
                    + targets.getSeed() + (targets.getNoise() == null ? "" : " noise " + targets.getNoise())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the text, or {@code ?} for a side not yet written (an editor's new inequality) */
    private static String orUnknown(String text) {
        return text == null ? "?" : text; //$NON-NLS-1$
    }

    private static String vector(List<String> values) {
        return "(" + String.join(", ", values) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void analysis(Analysis analysis) {
        line(orUnknown(analysis.getKind()) + " of " + reference(analysis, Literals.ANALYSIS__SUBJECT) + clauses(analysis)); //$NON-NLS-1$
        for (Map.Entry<String, String> option : analysis.getOptions()) {
            line(option.getKey() + "=" + quote(option.getValue())); //$NON-NLS-1$
        }
    }

    /**
     * A sweep's template is written as it was read, between the braces of its
     * {@code architecture { … }}; a run's settings go on lines of their own, indented under it.
     */
    private void sweep(Sweep sweep) {
        if (sweep.getTemplate() != null) {
            line("architecture {" + sweep.getTemplate() + "}"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Analysis run : sweep.getRuns()) {
            element(run, "run " + orUnknown(run.getKind()) + clauses(run)); //$NON-NLS-1$
            for (Map.Entry<String, String> option : run.getOptions()) {
                line(INDENT + option.getKey() + "=" + quote(option.getValue())); //$NON-NLS-1$
            }
        }
        if (sweep.isSetTimeout()) {
            line("timeout " + sweep.getTimeout()); //$NON-NLS-1$
        }
    }

    /** @return the clauses of an analysis header after its id and subject, each with a leading space */
    private static String clauses(Analysis analysis) {
        StringBuilder first = new StringBuilder();
        if (analysis.getMetric() != null) {
            first.append(" metric ").append(metric(analysis.getMetric())); //$NON-NLS-1$
        }
        if (analysis.eGet(Literals.ANALYSIS__DATASET, false) != null) {
            first.append(" data ").append(reference(analysis, Literals.ANALYSIS__DATASET)); //$NON-NLS-1$
        }
        if (analysis.isSetSeed()) {
            first.append(" seed ").append(analysis.getSeed()); //$NON-NLS-1$
        }
        if (analysis.getTarget() != null) {
            first.append(" target ").append(analysis.getTarget()); //$NON-NLS-1$
        }
        return first.toString();
    }

    private static String metric(Metric metric) {
        return switch (metric.getKind()) {
            case RANDOM -> "random seed " + metric.getSeed(); //$NON-NLS-1$
            case DATA -> "data " + reference(metric, Literals.METRIC__DATASET); //$NON-NLS-1$
            case KERNEL -> "kernel " + metric.getKernelDimension() + " seed " + metric.getSeed(); //$NON-NLS-1$ //$NON-NLS-2$
            case WEIGHTS, MATRIX -> metric.getKind().getLiteral() + " " + MetricText.entries(metric); //$NON-NLS-1$
            default -> metric.getKind().getLiteral();
        };
    }

    /** @return the name of the referenced element, also when it is an unresolved proxy */
    private static String reference(EObject owner, EReference reference) {
        EObject target = (EObject) owner.eGet(reference, false);
        if (target == null) {
            return "?"; //$NON-NLS-1$
        }
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI().fragment();
        }
        return ((NamedElement) target).getName();
    }

    private static String quote(String value) {
        if (PLAIN_VALUE.matcher(value).matches()) {
            return value;
        }
        return '"' + value + '"';
    }
}
