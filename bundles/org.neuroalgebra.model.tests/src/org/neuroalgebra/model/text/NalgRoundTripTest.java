// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Variety;

/**
 * Text round trip: the DSL.md sample (copied verbatim into dsl-sample.nalg) is reproduced
 * byte for byte, and non-canonical text gives the same model after parse, serialize, parse
 * (equal modulo whitespace and defaults).
 */
class NalgRoundTripTest {

    static String dslSample() {
        return new String(NalgFiles.read(NalgRoundTripTest.class.getResourceAsStream("dsl-sample.nalg")), //$NON-NLS-1$
                StandardCharsets.UTF_8);
    }

    @Test
    void dslSampleParsesWithoutErrors() {
        Resource resource = NalgFiles.load("dsl.nalg", dslSample()); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals(15, NalgFiles.model(resource).getElements().size());
    }

    @Test
    void dslSampleSerializesBackByteForByte() {
        String text = dslSample();
        assertEquals(text, NalgFiles.save(NalgFiles.load("dsl.nalg", text))); //$NON-NLS-1$
    }

    @Test
    void dslSampleReparsesToAnEqualModel() {
        NeuroalgebraModel first = NalgFiles.model(NalgFiles.load("dsl.nalg", dslSample())); //$NON-NLS-1$
        NeuroalgebraModel second = NalgFiles.model(NalgFiles.load("dsl.nalg", NalgFiles.save(first.eResource()))); //$NON-NLS-1$
        assertTrue(EcoreUtil.equals(first, second));
    }

    @Test
    void dslSampleContentIsReadAsWritten() {
        NeuroalgebraModel model = NalgFiles.model(NalgFiles.load("dsl.nalg", dslSample())); //$NON-NLS-1$
        Architecture square = (Architecture) model.getElements().get(0);
        assertEquals("square_mlp", square.getName()); //$NON-NLS-1$
        assertEquals(2, square.getInput());
        assertEquals(List.of("# A comment runs to the end of the line.", "", //$NON-NLS-1$ //$NON-NLS-2$
                "# The talk's first question: which functions does this MLP parametrize?"), square.getComments()); //$NON-NLS-1$
        DenseLayer hidden = (DenseLayer) square.getLayers().get(0);
        assertEquals(2, hidden.getUnits());
        assertFalse(hidden.isBias());
        assertEquals("x^2", ((ActivationLayer) square.getLayers().get(1)).getPolynomial()); //$NON-NLS-1$

        Architecture general = (Architecture) model.getElements().get(2);
        assertTrue(((DenseLayer) general.getLayers().get(0)).isBias(), "bias defaults to true"); //$NON-NLS-1$
        assertEquals("1/2*x^2 + x", ((ActivationLayer) general.getLayers().get(1)).getPolynomial()); //$NON-NLS-1$

        ConvolutionLayer conv = (ConvolutionLayer) ((Architecture) model.getElements().get(4)).getLayers().get(0);
        assertEquals(3, conv.getKernel());
        assertEquals(1, conv.getStride());

        AttentionLayer lightning = (AttentionLayer) ((Architecture) model.getElements().get(6)).getLayers().get(0);
        assertFalse(lightning.isSetOut(), "out unset means d"); //$NON-NLS-1$
        AttentionLayer readout = (AttentionLayer) ((Architecture) model.getElements().get(7)).getLayers().get(0);
        assertEquals(List.of(3, 2, 2, 1), List.of(readout.getD(), readout.getT(), readout.getA(), readout.getOut()));

        Variety quartic = (Variety) model.getElements().get(8);
        assertEquals(6, quartic.getCoordinates().size());
        assertTrue(quartic.getEquations().get(0).startsWith("y1^2*y6^2 + y4^2*y3^2")); //$NON-NLS-1$

        Dataset points = (Dataset) model.getElements().get(9);
        assertEquals(List.of("2", "-1"), points.getPoints().get(3).getInput()); //$NON-NLS-1$ //$NON-NLS-2$
        Dataset cloud = (Dataset) model.getElements().get(10);
        assertEquals(List.of(50, 2, 7L), List.of(cloud.getRandomInputs().getCount(),
                cloud.getRandomInputs().getDimension(), cloud.getRandomInputs().getSeed()));
        assertEquals("cubic_mlp", cloud.getTargets().getArchitecture().getName()); //$NON-NLS-1$
        assertEquals("0.1", cloud.getTargets().getNoise()); //$NON-NLS-1$

        Analysis membership = (Analysis) model.getElements().get(12);
        assertEquals("membership", membership.getKind()); //$NON-NLS-1$
        assertEquals("x1^3 - x1*x2^2", membership.getTarget()); //$NON-NLS-1$
        Analysis edd = (Analysis) model.getElements().get(13);
        assertEquals(MetricKind.RANDOM, edd.getMetric().getKind());
        assertEquals(3, edd.getMetric().getSeed());
        Analysis loss = (Analysis) model.getElements().get(14);
        assertEquals(points, loss.getDataset());
    }

    @Test
    void nonCanonicalTextGivesTheSameModelAsItsCanonicalForm() {
        String messy = "\t# header\r\n\r\n\r\narchitecture   m{   # opens\r\n" //$NON-NLS-1$
                + "input 2\r\n  dense 2   bias=true # hidden\r\n\n\n  activation   x^2 +   x\n" //$NON-NLS-1$
                + "  conv stride=1 bias=false kernel=2\n  # closing\n}\n" //$NON-NLS-1$
                + "analysis a { \n  seed 4\n dimension of m\n  k=v\n}   # after\n# end\n\n"; //$NON-NLS-1$
        Resource resource = NalgFiles.load("messy.nalg", messy); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        String canonical = NalgFiles.save(resource);
        assertEquals("# header\n\narchitecture m { # opens\n  input 2\n  dense 2 # hidden\n" //$NON-NLS-1$
                + "  activation x^2 +   x\n  conv kernel=2 stride=1 bias=false\n  # closing\n}\n\n" //$NON-NLS-1$
                + "analysis a {\n  dimension of m seed 4\n  k=v\n}\n\n# after\n# end\n", canonical); //$NON-NLS-1$
        Resource reparsed = NalgFiles.load("messy.nalg", canonical); //$NON-NLS-1$
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource), NalgFiles.model(reparsed)));
        assertEquals(canonical, NalgFiles.save(reparsed), "canonical form is a fixed point"); //$NON-NLS-1$
    }

    @Test
    void emptyFileIsAValidEmptyModel() {
        Resource resource = NalgFiles.load("empty.nalg", ""); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertTrue(((NalgResource) resource).getModel().getElements().isEmpty());
        assertEquals("", NalgFiles.save(resource)); //$NON-NLS-1$
    }

    @Test
    void commentsOnlyFileIsAValidEmptyModelThatKeepsItsComments() {
        String text = "# nothing yet\n\n# a second paragraph\n"; //$NON-NLS-1$
        Resource resource = NalgFiles.load("notes.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        NeuroalgebraModel model = NalgFiles.model(resource);
        assertTrue(model.getElements().isEmpty());
        assertEquals(List.of("# nothing yet", "", "# a second paragraph"), model.getTrailingComments()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(text, NalgFiles.save(resource));
    }

    @Test
    void unknownReferenceSurvivesTheRoundTripByName() {
        String text = "analysis a {\n  dimension of nosuch data nodata\n}\n"; //$NON-NLS-1$
        Resource resource = NalgFiles.load("refs.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource), "unknown names are validation errors, not syntax errors"); //$NON-NLS-1$
        assertEquals(text, NalgFiles.save(resource));
        Analysis analysis = (Analysis) NalgFiles.model(resource).getElements().get(0);
        assertTrue(analysis.getSubject().eIsProxy());
        assertNull(analysis.getTarget());
    }

    @Test
    void aVectorTargetKeepsTheBracesOfAttentionInputs() {
        // the raw text of a target ends at a closing brace only when it closes none of the text's own
        String text = "analysis a {\n  membership of att target [x_{1,1}^3, x_{1,2}*x_{2,1}^2]\n}\n"; //$NON-NLS-1$
        Resource resource = NalgFiles.load("vector.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        Analysis analysis = (Analysis) NalgFiles.model(resource).getElements().get(0);
        assertEquals("[x_{1,1}^3, x_{1,2}*x_{2,1}^2]", analysis.getTarget()); //$NON-NLS-1$
        assertEquals(text, NalgFiles.save(resource));
    }

    @Test
    void commentsEditedWithoutTheirHashAreStillWrittenAsComments() {
        // The Properties view and XMI files let a user type a comment without its leading '#'.
        Resource resource = NalgFiles.load("c.nalg", "architecture a {\n  input 1\n  dense 1\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Architecture architecture = (Architecture) NalgFiles.model(resource).getElements().get(0);
        architecture.getComments().add("first note\nsecond line"); //$NON-NLS-1$
        architecture.setLineComment("on the line"); //$NON-NLS-1$
        NalgFiles.model(resource).getTrailingComments().add("# already a comment"); //$NON-NLS-1$

        String text = NalgFiles.save(resource);

        assertEquals("# first note\n# second line\narchitecture a { # on the line\n  input 1\n  dense 1\n}\n" //$NON-NLS-1$
                + "\n# already a comment\n", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(NalgFiles.load("c.nalg", text))); //$NON-NLS-1$
    }
}
