// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.dimension.DimensionAnalysisResult;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.layers.LayerKindRegistry;

/**
 * A layer kind registered only in this test ({@code square}: h ↦ h²) is
 * parametrized by composition and measured by the dimension analysis.
 */
class ContributedLayerDimensionTest {

    private static final String MODEL = """
            architecture veronese {
              input 3
              dense 1 bias=false
              square
              dense 1 bias=false
            }
            analysis d {
              dimension of veronese seed 7
            }
            """;

    private LayerKindRegistry.Registration registration;

    @BeforeEach
    void install() {
        registration = LayerKindRegistry.shared().register(new SquareKind());
    }

    @AfterEach
    void uninstall() {
        registration.close();
    }

    @Test
    void squaresOfLinearFormsMakeTheVeroneseCone() throws Exception {
        // f = v(w·x)²: the rank-one ternary quadratic forms λ ℓ², a cone over the Veronese
        // surface, of dimension 3 (ℓ up to scale: 2, and λ: 1); V = ternary quadratic forms
        // (dim 6, the layers preserve forms), Θ = 3 + 1 = 4 parameters
        DimensionAnalysisResult analysed = (DimensionAnalysisResult) new DimensionAnalysis(ModelText.solvers())
                .run(ModelText.request(MODEL, "d"), ProgressMonitor.NULL); //$NON-NLS-1$
        DimensionResult result = analysed.result();
        assertEquals(3, result.dimension());
        assertEquals(6, result.ambientDimension());
        assertEquals(4, result.parameterDimension());
    }

    @Test
    void theCompositionEvaluatesTheNetworkExactly() throws Exception {
        Architecture architecture = (Architecture) ModelText.request(MODEL, "d").spec().getSubject(); //$NON-NLS-1$
        Parametrization p = ArchitectureParametrizations.of(architecture, BigInteger.valueOf(1_000_000));
        LayerStackParametrization stack = assertInstanceOf(LayerStackParametrization.class, p);
        assertEquals(List.of("x1^2", "x1*x2", "x1*x3", "x2^2", "x2*x3", "x3^2"), stack.coordinateNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        // w = (1, 2, 3), v = 5: 5 (x1 + 2 x2 + 3 x3)² in the basis order above
        Rational[] c = p.evaluate(new Rational[] { Rational.of(1), Rational.of(2), Rational.of(3), Rational.of(5) });
        long[] expected = { 5, 20, 30, 20, 60, 45 };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Rational.of(expected[i]), c[i], stack.coordinateNames().get(i));
        }
    }

    @Test
    void builtInMlpsKeepTheirSpecialisedParametrization() throws Exception {
        Architecture architecture = (Architecture) ModelText
                .request(MODEL.replace("square", "activation x^2"), "d").spec().getSubject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertInstanceOf(MlpParametrization.class, ArchitectureParametrizations.of(architecture, BigInteger.valueOf(1_000_000)));
    }
}
