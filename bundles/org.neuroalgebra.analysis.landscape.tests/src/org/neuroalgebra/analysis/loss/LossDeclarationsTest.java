// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

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
 * The model bundle no longer knows that a loss block needs data and an architecture: the loss
 * analysis declares both (its subject kinds and {@link LossAnalysis#DATASET}), and the preflight
 * of a run and the validation the editors show report each at its own position.
 */
class LossDeclarationsTest {

    private static final String OF_A_VARIETY_WITHOUT_DATA = """
            variety v {
              coordinates x
              equation x = 0
            }
            analysis l {
              loss of v
            }
            """;

    private static final String OF_AN_ARCHITECTURE_WITH_DATA = """
            architecture m {
              input 1
              dense 1
            }
            dataset d {
              point (0) -> 1
              point (1) -> 3
            }
            analysis l {
              loss of m data d
            }
            """;

    /** Line 6 is "  loss of v": the subject starts in column 11. */
    private static final String NOT_AN_ARCHITECTURE = "test.nalg:6:11: a loss analysis needs an architecture, but 'v' is a variety"; //$NON-NLS-1$

    /** Line 6 is "  loss of v": the analysis id starts in column 3. */
    private static final String NO_DATA = "test.nalg:6:3: a loss analysis needs 'data DATASET'"; //$NON-NLS-1$

    private static AnalysisRegistry registry() {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new LossAnalysis());
        return registry;
    }

    private static List<String> preflight(String model) throws Exception {
        return AnalysisPreflight.check(ModelText.request(model, "l"), registry()).stream() //$NON-NLS-1$
                .map(ModelProblem::format).toList();
    }

    private static List<String> validation(String model) throws Exception {
        AnalysisRequest request = ModelText.request(model, "l"); //$NON-NLS-1$
        return ModelDiagnostics.validate(request.spec().eResource(), AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry())
                .stream().map(ModelProblem::format).toList();
    }

    @Test
    void aLossOfAVarietyWithoutDataIsRefusedForBothReasonsAtTheirPositions() throws Exception {
        // the preflight reports in the order of the declarations (the subject, then the fields),
        // validation in the order of the positions in the file
        assertEquals(List.of(NOT_AN_ARCHITECTURE, NO_DATA), preflight(OF_A_VARIETY_WITHOUT_DATA));
        assertEquals(List.of(NO_DATA, NOT_AN_ARCHITECTURE), validation(OF_A_VARIETY_WITHOUT_DATA));
    }

    @Test
    void aLossOfAnArchitectureWithDataPasses() throws Exception {
        assertEquals(List.of(), preflight(OF_AN_ARCHITECTURE_WITH_DATA));
        assertEquals(List.of(), validation(OF_AN_ARCHITECTURE_WITH_DATA));
    }
}
