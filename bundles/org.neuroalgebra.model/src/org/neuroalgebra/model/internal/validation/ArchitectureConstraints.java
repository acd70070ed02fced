// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.math.BigInteger;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.internal.layers.AttributeSlots;
import org.neuroalgebra.model.layers.ArchitectureInputs;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.LayerValues;
import org.neuroalgebra.model.layers.NetworkInput;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * Checks an architecture by walking its layers as the network does: it tracks the signal
 * length (so a convolution can be checked against the length it really receives) and the
 * degree of the network function, and finally refuses architectures too large to compute
 * with. The size is estimated as the algebra core computes (see its {@code SizeEstimate}):
 * the largest of the ambient dimension, the coefficients of the dense polynomials a layer
 * holds ({@code C(n + d, n)} for each neuron of degree d in n inputs) and the Jacobian
 * (ambient dimension × parameters).
 */
public final class ArchitectureConstraints {

    private final Architecture architecture;
    private final Problems problems;
    private int length;
    private BigInteger degree = BigInteger.ONE;
    private boolean sizeKnown = true;
    private int variables;
    private int layerNumber;
    private BigInteger parameters = BigInteger.ZERO;
    private boolean homogeneous = true;
    private AmbientSize working = AmbientSize.monomials(1, BigInteger.ZERO, false);
    private String workingWhere;

    private ArchitectureConstraints(Architecture architecture, Problems problems) {
        this.architecture = architecture;
        this.problems = problems;
    }

    /**
     * @param monomialLimit
     *            the largest ambient dimension accepted
     */
    public static void check(Architecture architecture, Problems problems, BigInteger monomialLimit) {
        new ArchitectureConstraints(architecture, problems).check(monomialLimit);
    }

    /**
     * @return the number of input variables of the architecture (d·t for attention), or -1 if
     *         it is not given
     */
    public static int inputDimension(Architecture architecture) {
        return ArchitectureInputs.count(architecture);
    }

    /** @return the names of the input variables: x1..x_n, or as the first layer names them (attention: x_{i,j}) */
    public static List<String> inputVariables(Architecture architecture) {
        return ArchitectureInputs.names(architecture);
    }

    private static NetworkInput networkInput(Architecture architecture) {
        return ArchitectureInputs.declaredBy(architecture);
    }

    private void check(BigInteger monomialLimit) {
        String name = architecture.getName();
        List<Layer> layers = architecture.getLayers();
        boolean incomplete = SourceLocation.isIncomplete(architecture);
        NetworkInput input = networkInput(architecture);
        // what a statement with a syntax error would have given is missing: no follow-up error
        sizeKnown = !incomplete;
        if (incomplete && (layers.isEmpty() || !architecture.isSetInput() && input == null)) {
            length = -1;
            for (int i = 0; i < layers.size(); i++) {
                layer(i);
            }
            return;
        }
        if (layers.isEmpty()) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' has no layers"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (input != null) {
            if (architecture.isSetInput()) {
                problems.error(architecture, Literals.ARCHITECTURE__INPUT, 0, "an " + kindOf(layers.get(0)).keyword() //$NON-NLS-1$
                        + " architecture takes no 'input': its input is " + input.inputDescription()); //$NON-NLS-1$
            }
            length = -1;
        } else if (!architecture.isSetInput()) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' needs 'input N'"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        } else if (architecture.getInput() <= 0) {
            problems.error(architecture, Literals.ARCHITECTURE__INPUT, 0,
                    "input size must be positive, found " + architecture.getInput()); //$NON-NLS-1$
            return;
        } else {
            length = architecture.getInput();
            variables = length;
        }
        for (int i = 0; i < layers.size(); i++) {
            layer(i);
        }
        if (sizeKnown && problems.isValid()) {
            checkSize(name, monomialLimit);
        }
    }

    private static LayerKind kindOf(Layer layer) {
        return LayerKindRegistry.shared().kindOf(layer);
    }

    private void checkSize(String name, BigInteger monomialLimit) {
        AmbientSize ambient = AmbientSize.monomials(variables, degree, homogeneous).times(BigInteger.valueOf(length));
        AmbientSize jacobian = ambient.times(parameters.max(BigInteger.ONE));
        AmbientSize peak = ambient;
        String where = "its ambient space has " + ambient + " monomials"; //$NON-NLS-1$ //$NON-NLS-2$
        if (working.isLargerThan(peak)) {
            peak = working;
            where = workingWhere;
        }
        if (jacobian.isLargerThan(peak)) {
            peak = jacobian;
            where = "its Jacobian has " + ambient + " monomials × " + parameters + " parameters"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (peak.exceeds(monomialLimit)) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' needs " + peak //$NON-NLS-1$ //$NON-NLS-2$
                    + " coefficients: " + where + " (limit " + AmbientSize.format(monomialLimit) //$NON-NLS-1$ //$NON-NLS-2$
                    + "; raise it with --monomial-limit N)"); //$NON-NLS-1$
        }
    }

    /** Records that a layer holds {@code neurons} dense polynomials of the current degree. */
    private void holds(int neurons) {
        layerNumber++;
        AmbientSize perNeuron = AmbientSize.monomials(variables, degree, false);
        AmbientSize size = perNeuron.times(BigInteger.valueOf(neurons));
        if (size.isLargerThan(working)) {
            working = size;
            workingWhere = "layer " + layerNumber + " holds " + neurons //$NON-NLS-1$ //$NON-NLS-2$
                    + (neurons == 1 ? " polynomial" : " polynomials") + " of " + perNeuron + " monomials (degree ≤ " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + degree + " in " + variables + " variables)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void layer(int index) {
        Layer layer = architecture.getLayers().get(index);
        LayerKind kind = kindOf(layer);
        if (kind == null) {
            String keyword = layer instanceof ExtensionLayer extension ? extension.getKind() : layer.eClass().getName();
            problems.error(layer, "layer kind '" + keyword + "' is not installed (installed: " //$NON-NLS-1$ //$NON-NLS-2$
                    + String.join(", ", LayerKindRegistry.shared().keywords()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            sizeKnown = false;
            length = -1;
            return;
        }
        Check check = new Check(kind, layer, index);
        if (!check.requiredPresent()) {
            sizeKnown = false;
            length = -1;
            return;
        }
        LayerShape shape = kind.check(layer, check);
        if (shape == null) {
            sizeKnown = false;
            length = -1;
            return;
        }
        if (index == 0 && length < 0 && kind.capability(NetworkInput.class) != null) {
            variables = kind.capability(NetworkInput.class).inputNames(layer).size();
        }
        parameters = parameters.add(BigInteger.valueOf(shape.parameters()));
        degree = degree.multiply(BigInteger.valueOf(shape.degree()));
        homogeneous &= shape.preservesForms();
        length = shape.outputWidth();
        if (length > 0 && variables > 0) {
            holds(length);
        }
    }

    /** What a kind sees of the validation of one of its layers. */
    private final class Check implements LayerCheck {

        private final LayerKind kind;
        private final Layer layer;
        private final int index;
        private final int inputWidth;

        Check(LayerKind kind, Layer layer, int index) {
            this.kind = kind;
            this.layer = layer;
            this.index = index;
            this.inputWidth = length;
        }

        /** A contributed layer built in an editor or read from XMI may miss what the parser demands. */
        boolean requiredPresent() {
            boolean present = true;
            for (LayerAttribute attribute : kind.attributes()) {
                if (attribute.required() && LayerValues.written(kind, layer, attribute.name()) == null) {
                    problems.error(layer, "'" + kind.keyword() + "' needs " + attribute.name() + "=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + attribute.type().placeholder());
                    present = false;
                }
            }
            return present;
        }

        @Override
        public Architecture architecture() {
            return architecture;
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public int inputWidth() {
            return inputWidth;
        }

        @Override
        public void error(String attribute, String message) {
            if (attribute == null) {
                problems.error(layer, message);
            } else {
                AttributeSlots slot = AttributeSlots.of(kind, layer, attribute);
                problems.error(slot.owner(), slot.feature(), 0, message);
            }
        }

        @Override
        public void warning(String attribute, String message) {
            AttributeSlots slot = attribute == null ? new AttributeSlots(layer, null) : AttributeSlots.of(kind, layer, attribute);
            problems.warning(slot.owner(), slot.feature(), 0, message);
        }

        @Override
        public Polynomial polynomial(String attribute, String what) {
            String text = LayerValues.text(kind, layer, attribute);
            AttributeSlots slot = AttributeSlots.of(kind, layer, attribute);
            return PolynomialCheck.parse(problems, slot.owner(), slot.feature(), 0, text == null ? "" : text, 0, //$NON-NLS-1$
                    List.of("x"), what); //$NON-NLS-1$
        }
    }
}
