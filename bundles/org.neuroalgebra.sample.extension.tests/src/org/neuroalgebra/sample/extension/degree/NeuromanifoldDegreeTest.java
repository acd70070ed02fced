// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.sample.extension.SampleRuntime;

/**
 * The degree of a neuromanifold through its parametrization, on architectures whose neuromanifold
 * is known: the same degrees as the varieties that are their closures (DegreeAnalysisTest).
 */
class NeuromanifoldDegreeTest {

    @TempDir
    Path folder;

    /** The linear network (2,1,2): M is the 2 × 2 matrices of rank ≤ 1, the cone over P¹ × P¹ ⊂ P³, degree 2. */
    @Test
    void theLinearNetwork212HasTheDegreeOfRankOneTwoByTwoMatrices() throws AnalysisException {
        DegreeResult result = degree("""
                architecture linear {
                  input 2
                  dense 1 bias=false
                  dense 2 bias=false
                }
                """);
        assertCertified(2, 3, 4, result);
    }

    /** (3,1,3): the rank-one 3 × 3 matrices, the cone over P² × P² ⊂ P⁸, degree C(4, 2) = 6. */
    @Test
    void theLinearNetwork313HasTheDegreeOfRankOneThreeByThreeMatrices() throws AnalysisException {
        DegreeResult result = degree("""
                architecture linear {
                  input 3
                  dense 1 bias=false
                  dense 3 bias=false
                }
                """);
        assertCertified(6, 5, 9, result);
    }

    /**
     * f(x) = x + w₂ (w₁·x)² (ResidualKindTest): M is the identity plus the cone over P¹ × (a conic)
     * embedded by v ⊗ ℓ², i.e. P¹ × P¹ by O(1, 2), whose degree is (h₁ + 2h₂)² = 4 h₁h₂: 4. A
     * translate has the degree of the cone.
     */
    @Test
    void theResidualBlockOfOneHiddenUnitHasDegreeFour() throws AnalysisException {
        DegreeResult result = degree("""
                architecture skip {
                  input 2
                  residual hidden=1 activation="x^2" bias=false
                }
                """);
        assertCertified(4, 3, 12, result);
    }

    private DegreeResult degree(String architecture) throws AnalysisException {
        String name = architecture.substring("architecture ".length(), architecture.indexOf(' ', "architecture ".length())); //$NON-NLS-1$ //$NON-NLS-2$
        String text = architecture + "analysis g {\n  degree of " + name + " seed 5\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "net.nalg", text)); //$NON-NLS-1$
        return (DegreeResult) SampleRuntime.run(model, "g"); //$NON-NLS-1$
    }

    private static void assertCertified(long degree, int dimension, int ambient, DegreeResult result) {
        assertEquals(degree, result.degree(), () -> String.join("\n", result.summary())); //$NON-NLS-1$
        assertEquals(dimension, result.dimension());
        assertEquals(ambient, result.ambientDimension());
        assertEquals(Integer.valueOf((int) degree), result.homotopyPoints(), () -> String.join("\n", result.summary())); //$NON-NLS-1$
        for (DegreeResult.PrimeCount count : result.exactCounts()) {
            assertEquals(degree, count.points(), "exact count modulo " + count.prime()); //$NON-NLS-1$
        }
        assertTrue(result.certified(), () -> String.join("\n", result.summary())); //$NON-NLS-1$
        assertEquals(degree, result.toJson().get("degree").getAsLong()); //$NON-NLS-1$
        assertEquals(5, result.seed());
    }
}
