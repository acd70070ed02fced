// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * The model bundle no longer knows that the bias of a variety needs a plane curve: the bias
 * analysis refuses other varieties in its own check, and the preflight of a run reports that at
 * the subject's position before any work.
 */
class BiasDeclarationsTest {

    private static final String MODEL = """
            variety s {
              coordinates x y z
              equation x*y = z
              equation x = y
            }
            variety c {
              coordinates x y
              equation y^2 = x^3
              inequality x <= 1
            }
            analysis b {
              bias of s
            }
            analysis d {
              bias of c
            }
            """;

    private static List<String> preflight(String block) throws Exception {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new BiasAnalysis(ModelText.solvers()));
        return AnalysisPreflight.check(ModelText.request(MODEL, block), registry).stream()
                .map(ModelProblem::format).toList();
    }

    @Test
    void theBiasOfASpaceCurveIsRefusedAtItsSubject() throws Exception {
        // line 12 is "  bias of s": the subject starts in column 11
        assertEquals(List.of("test.nalg:12:11: a bias analysis of a variety needs a plane curve or a hypersurface " //$NON-NLS-1$
                + "(1 equation in 2 or more coordinates), but 's' has 3 coordinates and 2 equations"), preflight("b")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theBiasOfAPlaneCurvePasses() throws Exception {
        assertEquals(List.of(), preflight("d")); //$NON-NLS-1$
    }
}
