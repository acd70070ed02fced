// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * The model bundle no longer knows that a membership block needs a target: the analysis declares
 * it ({@link MembershipAnalysis#TARGET}), and both the preflight of a run and the validation the
 * editors show report its absence at the block's analysis id.
 */
class MembershipDeclarationsTest {

    private static final String WITHOUT_TARGET = """
            architecture m {
              input 2
              dense 1
            }
            analysis q {
              membership of m
            }
            """;

    private static final String WITH_TARGET = """
            architecture m {
              input 2
              dense 1
            }
            analysis q {
              membership of m target x1 + 2*x2
            }
            """;

    private static AnalysisRegistry registry() {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new MembershipAnalysis(ModelText.solvers()));
        return registry;
    }

    private static List<String> preflight(String model) throws Exception {
        return AnalysisPreflight.check(ModelText.request(model, "q"), registry()).stream() //$NON-NLS-1$
                .map(ModelProblem::format).toList();
    }

    private static List<String> validation(String model) throws Exception {
        AnalysisRequest request = ModelText.request(model, "q"); //$NON-NLS-1$
        return ModelDiagnostics.validate(request.spec().eResource(), AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry())
                .stream().map(ModelProblem::format).toList();
    }

    @Test
    void aMembershipBlockWithoutTargetIsRefusedAtItsAnalysisId() throws Exception {
        // line 6 is "  membership of m"; the id starts in column 3
        String expected = "test.nalg:6:3: a membership analysis needs 'target POLYNOMIAL'"; //$NON-NLS-1$
        assertEquals(List.of(expected), preflight(WITHOUT_TARGET));
        assertEquals(List.of(expected), validation(WITHOUT_TARGET));
    }

    @Test
    void aMembershipBlockWithTargetPasses() throws Exception {
        assertEquals(List.of(), preflight(WITH_TARGET));
        assertEquals(List.of(), validation(WITH_TARGET));
    }
}
