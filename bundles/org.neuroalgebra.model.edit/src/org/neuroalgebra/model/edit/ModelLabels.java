// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.edit;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.TargetsFrom;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.LayerText;
import org.neuroalgebra.model.text.MetricText;
import org.neuroalgebra.model.util.NalgSwitch;

/**
 * Labels of model objects that read like the {@code .nalg} text they come from, e.g.
 * {@code architecture square_mlp}, {@code dense 4 (bias)}, {@code activation x^2}: a tree of
 * the model then looks like an outline of the file.
 */
public final class ModelLabels extends NalgSwitch<String> {

    private static final ModelLabels INSTANCE = new ModelLabels();
    private static final String UNKNOWN = "?"; //$NON-NLS-1$
    private static final String BIAS = " (bias)"; //$NON-NLS-1$

    private ModelLabels() {
    }

    /**
     * @param object
     *            a model object (or anything else)
     * @return its label, or null for objects that are not of the model
     */
    public static String text(Object object) {
        return object instanceof EObject eObject ? INSTANCE.doSwitch(eObject) : null;
    }

    @Override
    public String caseNeuroalgebraModel(NeuroalgebraModel model) {
        return "model"; //$NON-NLS-1$
    }

    @Override
    public String caseArchitecture(Architecture architecture) {
        return named("architecture", architecture); //$NON-NLS-1$
    }

    @Override
    public String caseVariety(Variety variety) {
        return named("variety", variety); //$NON-NLS-1$
    }

    @Override
    public String caseDataset(Dataset dataset) {
        return named("dataset", dataset); //$NON-NLS-1$
    }

    @Override
    public String caseSweep(Sweep sweep) {
        return named("sweep", sweep); //$NON-NLS-1$
    }

    @Override
    public String caseAnalysis(Analysis analysis) {
        String kind = analysis.getKind() == null ? UNKNOWN : analysis.getKind();
        if (analysis.eContainer() instanceof Sweep) {
            // a sweep's run is about each member, not about a subject of its own
            return "run " + kind; //$NON-NLS-1$
        }
        return named("analysis", analysis) + " (" + kind + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + reference(analysis, Literals.ANALYSIS__SUBJECT) + ')';
    }

    @Override
    public String caseDenseLayer(DenseLayer layer) {
        return "dense " + layer.getUnits() + (layer.isBias() ? BIAS : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String caseActivationLayer(ActivationLayer layer) {
        return "activation " + orUnknown(layer.getPolynomial()); //$NON-NLS-1$
    }

    @Override
    public String caseConvolutionLayer(ConvolutionLayer layer) {
        return "conv kernel=" + layer.getKernel() + " stride=" + layer.getStride() //$NON-NLS-1$ //$NON-NLS-2$
                + (layer.isBias() ? BIAS : ""); //$NON-NLS-1$
    }

    @Override
    public String caseAttentionLayer(AttentionLayer layer) {
        return "attention d=" + layer.getD() + " t=" + layer.getT() + " a=" + layer.getA() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (layer.isSetOut() ? " out=" + layer.getOut() : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A contributed layer reads like its line; one whose kind is gone says so. */
    @Override
    public String caseExtensionLayer(ExtensionLayer layer) {
        return LayerText.line(layer) + (LayerKindRegistry.shared().kindOf(layer) == null ? " (not installed)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String caseLayerAttributeValue(Map.Entry<String, String> value) {
        return value.getKey() + "=" + orUnknown(value.getValue()); //$NON-NLS-1$
    }

    @Override
    public String caseDataPoint(DataPoint point) {
        List<String> output = point.getOutput();
        return "point " + vector(point.getInput()) + " -> " //$NON-NLS-1$ //$NON-NLS-2$
                + (output.size() == 1 ? output.get(0) : vector(output));
    }

    @Override
    public String caseRandomInputs(RandomInputs random) {
        return "random " + random.getCount() + " inputs in [" + orUnknown(random.getLow()) + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + orUnknown(random.getHigh()) + "]^" + random.getDimension() + " seed " + random.getSeed(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String caseTargetsFrom(TargetsFrom targets) {
        return "targets from " + reference(targets, Literals.TARGETS_FROM__ARCHITECTURE) + " seed " //$NON-NLS-1$ //$NON-NLS-2$
                + targets.getSeed() + (targets.getNoise() == null ? "" : " noise " + targets.getNoise()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String caseMetric(Metric metric) {
        if (metric.getKind() == null) {
            return "metric " + UNKNOWN; //$NON-NLS-1$
        }
        return "metric " + switch (metric.getKind()) { //$NON-NLS-1$
            case RANDOM -> "random seed " + metric.getSeed(); //$NON-NLS-1$
            case DATA -> "data " + reference(metric, Literals.METRIC__DATASET); //$NON-NLS-1$
            case KERNEL -> "kernel " + metric.getKernelDimension() + " seed " + metric.getSeed(); //$NON-NLS-1$ //$NON-NLS-2$
            case WEIGHTS, MATRIX -> metric.getKind().getLiteral() + " " + MetricText.entries(metric); //$NON-NLS-1$
            default -> metric.getKind().getLiteral();
        };
    }

    @Override
    public String caseOption(Map.Entry<String, String> option) {
        return orUnknown(option.getKey()) + " = " + orUnknown(option.getValue()); //$NON-NLS-1$
    }

    private static String named(String keyword, NamedElement element) {
        return keyword + ' ' + orUnknown(element.getName());
    }

    private static String vector(List<String> values) {
        return '(' + String.join(", ", values) + ')'; //$NON-NLS-1$
    }

    private static String orUnknown(String text) {
        return text == null || text.isEmpty() ? UNKNOWN : text;
    }

    /** @return the name of the referenced element, also when it is an unresolved proxy */
    private static String reference(EObject owner, EReference reference) {
        EObject target = (EObject) owner.eGet(reference, false);
        if (target == null) {
            return UNKNOWN;
        }
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI().fragment();
        }
        return orUnknown(((NamedElement) target).getName());
    }
}
