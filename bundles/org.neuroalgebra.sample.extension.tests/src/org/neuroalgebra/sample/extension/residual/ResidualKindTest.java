// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.residual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.ModelFiles.LoadedModel;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.NetworkParametrizations;
import org.neuroalgebra.sample.extension.SampleRuntime;

import com.google.gson.JsonObject;

/**
 * The residual layer kind as a user meets it: written in a {@code .nalg} file, checked with
 * positions, saved unchanged, and measured by the built-in dimension analysis through the
 * registry. The dimensions are derived by hand in each test.
 */
class ResidualKindTest {

    private static final String SKIP = """
            architecture skip {
              input 2
              residual hidden=1 activation="x^2" bias=false
            }
            analysis d {
              dimension of skip seed 3
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theKindIsRegisteredByDeclarativeServicesWithItsDeclarations() {
        SampleRuntime.registry();
        ResidualKind kind = assertInstanceOf(ResidualKind.class, LayerKindRegistry.shared().find("residual")); //$NON-NLS-1$
        assertEquals("Residual block", kind.label()); //$NON-NLS-1$
        assertEquals("icons/residual.png", kind.iconPath()); //$NON-NLS-1$
        assertEquals(List.of("hidden", "activation", "bias"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                kind.attributes().stream().map(a -> a.name()).toList());
        assertEquals("true", kind.attributes().get(2).defaultValue()); //$NON-NLS-1$
        assertTrue(ResidualKind.class.getResource("/icons/residual.png") != null, "the icon ships in the bundle"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aResidualLayerParsesIntoAnExtensionLayer() {
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "skip.nalg", SKIP)); //$NON-NLS-1$
        Architecture skip = (Architecture) model.getElements().get(0);
        ExtensionLayer layer = assertInstanceOf(ExtensionLayer.class, skip.getLayers().get(0));
        assertEquals("residual", layer.getKind()); //$NON-NLS-1$
        assertEquals("1", layer.getAttributes().get("hidden")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("x^2", layer.getAttributes().get("activation")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("false", layer.getAttributes().get("bias")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void badValuesAreReportedAtTheirPositions() {
        String text = """
                architecture skip {
                  input 2
                  residual hidden=0 activation="x^2"
                  residual hidden=1 activation="x^2+"
                }
                """;
        Path file = SampleRuntime.write(folder, "bad.nalg", text); //$NON-NLS-1$
        LoadedModel loaded = SampleRuntime.load(file);
        String problems = String.join("\n", loaded.problems()); //$NON-NLS-1$
        // line 3: "  residual hidden=0": the value 0 is at column 19, and the declared type refuses it
        assertTrue(problems.contains("bad.nalg:3:19: expected a positive integer after 'hidden=', found '0'"), problems); //$NON-NLS-1$
        // line 4: "  residual hidden=1 activation=\"x^2+\"": the polynomial x^2+ (columns 33 to 36) ends
        // where a term is expected, at its last character
        assertTrue(problems.contains("bad.nalg:4:36: activation: expected a number, variable or '(', found end of input"), //$NON-NLS-1$
                problems);
    }

    @Test
    void aSavedModelReadsBackTheSame() throws IOException {
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "skip.nalg", SKIP)); //$NON-NLS-1$
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        model.eResource().save(saved, null);
        String text = saved.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("residual hidden=1 activation=\"x^2\" bias=false"), text); //$NON-NLS-1$
        NeuroalgebraModel again = SampleRuntime.valid(SampleRuntime.write(folder, "again.nalg", text)); //$NON-NLS-1$
        ExtensionLayer layer = (ExtensionLayer) ((Architecture) again.getElements().get(0)).getLayers().get(0);
        assertEquals(List.of("hidden=1", "activation=x^2", "bias=false"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                layer.getAttributes().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()); //$NON-NLS-1$
    }

    @Test
    void theMapIsTheSkipPlusTheHiddenLayer() throws Exception {
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "skip.nalg", SKIP)); //$NON-NLS-1$
        Parametrization f = NetworkParametrizations.of((Architecture) model.getElements().get(0),
                BigInteger.valueOf(1000));
        LayerStackParametrization stack = assertInstanceOf(LayerStackParametrization.class, f);
        assertEquals(List.of("L1:W1[1,1]", "L1:W1[1,2]", "L1:W2[1,1]", "L1:W2[2,1]"), stack.parameterNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(12, f.ambientDimension()); // two outputs, each 1, x1, x2, x1², x1x2, x2²
        // w1 = (1, 2), w2 = (3, 5): f = (x1 + 3 (x1 + 2 x2)², x2 + 5 (x1 + 2 x2)²)
        Rational[] c = f.evaluate(new Rational[] { Rational.of(1), Rational.of(2), Rational.of(3), Rational.of(5) });
        List<String> names = f.coordinateNames();
        assertEquals(Rational.ONE, c[names.indexOf("y1:x1")]); //$NON-NLS-1$
        assertEquals(Rational.of(0), c[names.indexOf("y1:x2")]); //$NON-NLS-1$
        assertEquals(Rational.of(12), c[names.indexOf("y1:x1*x2")]); //$NON-NLS-1$
        assertEquals(Rational.of(20), c[names.indexOf("y2:x2^2")]); //$NON-NLS-1$
        assertEquals(Rational.ONE, c[names.indexOf("y2:x2")]); //$NON-NLS-1$
        assertEquals(1, f.symmetryBound().dimension(), "rescaling the hidden unit"); //$NON-NLS-1$
    }

    /**
     * f(x) = x + w₂ (w₁·x)², x ∈ C²: the linear part is the identity, the constant 0, and the
     * quadratic part is the pair (v₁ ℓ², v₂ ℓ²) = v ⊗ ℓ², v = w₂, ℓ = w₁·x. Such tensors form the
     * cone over P¹ × (a conic) in the 6-dimensional space of pairs of binary quadrics: v up to
     * scale (1), ℓ² up to scale (1), and the scale (1): dimension 3. Equivalently 4 parameters
     * minus the one-dimensional rescaling (w₁, w₂) ↦ (t w₁, t⁻² w₂), and f is injective modulo it.
     */
    @Test
    void oneHiddenUnitGivesDimensionThree() throws AnalysisException {
        JsonObject json = dimension(SKIP);
        assertEquals(3, json.get("dimension").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(12, json.get("ambientDimension").getAsInt()); //$NON-NLS-1$
        assertEquals(4, json.get("parameterDimension").getAsInt()); //$NON-NLS-1$
    }

    /**
     * Two hidden units: the quadratic part is v₁ ⊗ ℓ₁² + v₂ ⊗ ℓ₂². A generic pair (q₁, q₂) of
     * binary quadrics spans a pencil whose discriminant, a binary quadratic in the pencil's
     * coordinates, has two roots: the pencil contains two squares ℓ₁², ℓ₂² and is spanned by them,
     * so q₁ and q₂ are combinations of ℓ₁², ℓ₂². All 6 dimensions of quadratic parts are reached
     * (8 parameters, 2 rescalings).
     */
    @Test
    void twoHiddenUnitsFillTheQuadraticParts() throws AnalysisException {
        JsonObject json = dimension(SKIP.replace("hidden=1", "hidden=2")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(6, json.get("dimension").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(8, json.get("parameterDimension").getAsInt()); //$NON-NLS-1$
    }

    /** Three inputs, one hidden unit: v ⊗ ℓ² with v, ℓ ∈ C³: 3 + 3 − 1 = 5 (6 parameters, 1 rescaling). */
    @Test
    void threeInputsAndOneHiddenUnitGiveDimensionFive() throws AnalysisException {
        JsonObject json = dimension(SKIP.replace("input 2", "input 3")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(5, json.get("dimension").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(30, json.get("ambientDimension").getAsInt()); // 3 outputs × 10 monomials of degree ≤ 2 //$NON-NLS-1$
    }

    private JsonObject dimension(String text) throws AnalysisException {
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "m.nalg", text)); //$NON-NLS-1$
        return SampleRuntime.run(model, "d").toJson(); //$NON-NLS-1$
    }
}
