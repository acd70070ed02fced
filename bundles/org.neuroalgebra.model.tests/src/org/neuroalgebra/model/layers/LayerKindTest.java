// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.text.NalgFiles;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * A layer kind registered only here ({@link ScaleKind}) goes through the one mechanism the
 * built-in kinds use: parsed from text with positions, checked against its declarations,
 * validated by the kind, written back canonically.
 */
class LayerKindTest {

    private static final String MODEL = "architecture a {\n  input 2\n  dense 3\n  scale c=3/2 power=2\n  dense 1\n}\n"; //$NON-NLS-1$

    private LayerKindRegistry.Registration registration;

    @BeforeEach
    void install() {
        registration = LayerKindRegistry.shared().register(new ScaleKind());
    }

    @AfterEach
    void uninstall() {
        registration.close();
    }

    private static Architecture architecture(Resource resource) {
        return (Architecture) NalgFiles.model(resource).getElements().get(0);
    }

    private static List<String> problems(String text) {
        return ModelDiagnostics.validate(NalgFiles.load("model.nalg", text)).stream().map(ModelProblem::format).toList(); //$NON-NLS-1$
    }

    private static void assertLayerError(String line, String expected) {
        Resource resource = NalgFiles.load("bad.nalg", "architecture a {\n  input 2\n" + line + "\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(expected), NalgFiles.errors(resource));
    }

    @Test
    void parsesIntoAnExtensionLayerWithPositions() {
        Resource resource = NalgFiles.load("m.nalg", MODEL); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        Layer layer = architecture(resource).getLayers().get(1);
        ExtensionLayer scale = (ExtensionLayer) layer;
        assertEquals("scale", scale.getKind()); //$NON-NLS-1$
        assertEquals("3/2", scale.getAttributes().get("c")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2", scale.getAttributes().get("power")); //$NON-NLS-1$ //$NON-NLS-2$
        SourcePosition keyword = SourceLocation.get(layer).getPosition();
        assertEquals(List.of(4, 3), List.of(keyword.line(), keyword.column()));
        EObject c = (EObject) scale.getAttributes().get(scale.getAttributes().indexOfKey("c")); //$NON-NLS-1$
        assertEquals(4, SourceLocation.get(c).getPosition().line());
        assertEquals(11, SourceLocation.get(c).getPosition().column());
        assertSame(LayerKindRegistry.shared().find("scale"), LayerKindRegistry.shared().kindOf(layer)); //$NON-NLS-1$
    }

    @Test
    void roundTripsThroughTheSerializer() {
        assertEquals(MODEL, NalgFiles.save(NalgFiles.load("m.nalg", MODEL))); //$NON-NLS-1$
        // the default power=1 is not written
        String defaulted = "architecture a {\n  input 2\n  scale c=-2\n  dense 1 bias=false\n}\n"; //$NON-NLS-1$
        assertEquals(defaulted, NalgFiles.save(NalgFiles.load("m.nalg", defaulted.replace("c=-2", "c=-2 power=1")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void unknownKeywordListsTheInstalledKinds() {
        assertLayerError("  pool 2", //$NON-NLS-1$
                "bad.nalg:3:3: unknown layer 'pool' (expected input, dense, activation, conv, attention or scale)"); //$NON-NLS-1$
    }

    @Test
    void attributesAreCheckedAgainstTheDeclarations() {
        assertLayerError("  scale c=x", "bad.nalg:3:11: expected a number after 'c=', found 'x'"); //$NON-NLS-1$ //$NON-NLS-2$
        assertLayerError("  scale c=2 power=0", "bad.nalg:3:19: expected a positive integer after 'power=', found '0'"); //$NON-NLS-1$ //$NON-NLS-2$
        assertLayerError("  scale c=2 shift=1", //$NON-NLS-1$
                "bad.nalg:3:13: unknown setting 'shift' for 'scale' (expected c, power)"); //$NON-NLS-1$
        assertLayerError("  scale power=2", "bad.nalg:3:3: 'scale' needs c=NUMBER"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theKindValidatesAtTheAttributesPosition() {
        assertEquals(List.of("model.nalg:4:11: scale c must not be 0 (the network would be constant)"), //$NON-NLS-1$
                problems(MODEL.replace("c=3/2", "c=0"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), problems(MODEL));
    }

    @Test
    void aLayerOfAKindNoLongerInstalledIsReportedAndKeptOnSave() {
        Resource resource = NalgFiles.load("model.nalg", MODEL); //$NON-NLS-1$
        registration.close();
        List<String> problems = ModelDiagnostics.validate(resource).stream().map(ModelProblem::format).toList();
        assertEquals(List.of("model.nalg:4:3: layer kind 'scale' is not installed (installed: dense, activation, conv, attention)"), //$NON-NLS-1$
                problems);
        assertEquals(MODEL, NalgFiles.save(resource));
        registration = LayerKindRegistry.shared().register(new ScaleKind());
    }

    @Test
    void keywordsAreUnique() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerKindRegistry.shared().register(new ScaleKind()));
        assertEquals("layer keyword 'scale' is already installed", e.getMessage()); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> LayerKindRegistry.shared().register(new ScaleKind() {
            @Override
            public String keyword() {
                return "input"; //$NON-NLS-1$
            }
        }));
        registration.close();
        assertNull(LayerKindRegistry.shared().find("scale")); //$NON-NLS-1$
        registration = LayerKindRegistry.shared().register(new ScaleKind());
    }

    @Test
    void builtInLayersAreKindsToo() {
        assertEquals(List.of("dense", "activation", "conv", "attention", "scale"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                LayerKindRegistry.shared().keywords());
        Architecture architecture = architecture(NalgFiles.load("m.nalg", MODEL)); //$NON-NLS-1$
        LayerKind dense = LayerKindRegistry.shared().kindOf(architecture.getLayers().get(0));
        assertEquals("dense", dense.keyword()); //$NON-NLS-1$
        assertEquals("3", LayerValues.written(dense, architecture.getLayers().get(0), "units")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("true", LayerValues.text(dense, architecture.getLayers().get(0), "bias")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
