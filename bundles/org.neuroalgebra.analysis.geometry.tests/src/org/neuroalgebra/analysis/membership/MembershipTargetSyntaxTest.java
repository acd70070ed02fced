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
 * Bad vector targets are reported at the column of the problem: the target starts in column 36 of
 * line 8 ("  membership of two_outputs target " is 35 characters), and an offset into it adds to
 * that column.
 */
class MembershipTargetSyntaxTest {

    private static final String MODEL = """
            architecture two_outputs {
              input 2
              dense 2 bias=false
              activation x^2
              dense 2 bias=false
            }
            analysis q {
              membership of two_outputs target %s
            }
            """;

    private static AnalysisRegistry registry() {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new MembershipAnalysis(ModelText.solvers()));
        return registry;
    }

    private static List<String> preflight(String target) throws Exception {
        return AnalysisPreflight.check(ModelText.request(MODEL.formatted(target), "q"), registry()).stream() //$NON-NLS-1$
                .map(ModelProblem::format).toList();
    }

    private static List<String> validation(String target) throws Exception {
        AnalysisRequest request = ModelText.request(MODEL.formatted(target), "q"); //$NON-NLS-1$
        return ModelDiagnostics.validate(request.spec().eResource(), AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry())
                .stream().map(ModelProblem::format).toList();
    }

    @Test
    void aVectorOfTheRightLengthPasses() throws Exception {
        assertEquals(List.of(), preflight("[x1^2, (x1 + x2)*(x1 - x2)]"));
        assertEquals(List.of(), validation("[x1^2, (x1 + x2)*(x1 - x2)]"));
    }

    @Test
    void aScalarTargetForTwoOutputsAsksForAVector() throws Exception {
        assertEquals(List.of("test.nalg:8:36: target: the network has 2 outputs: write the target as a vector [P1, ..., P2], one polynomial per output"), //$NON-NLS-1$
                preflight("x1^2"));
    }

    @Test
    void aVectorWithTooManyEntriesIsRefused() throws Exception {
        assertEquals(List.of("test.nalg:8:36: target: the vector has 3 entries, the network has 2 outputs"), //$NON-NLS-1$
                preflight("[x1^2, x2^2, x1*x2]"));
    }

    @Test
    void anUnknownVariableIsReportedAtItsColumnInItsEntry() throws Exception {
        // "[x1^2, x1*y]": y is at offset 10, column 36 + 10
        List<String> problems = preflight("[x1^2, x1*y]");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("test.nalg:8:46: target: "), problems.toString()); //$NON-NLS-1$
        // the model's own validation reports it at the same place
        List<String> validated = validation("[x1^2, x1*y]");
        assertEquals(1, validated.size(), validated.toString());
        assertEquals(true, validated.get(0).startsWith("test.nalg:8:46: target: "), validated.toString()); //$NON-NLS-1$
    }

    @Test
    void anEmptyEntryIsReportedAtItsComma() throws Exception {
        // "[x1^2, , x2^2]": the second comma, where the empty entry ends, is at offset 7
        assertEquals(List.of("test.nalg:8:43: target: expected a polynomial"), preflight("[x1^2, , x2^2]")); //$NON-NLS-1$
        assertEquals(List.of("test.nalg:8:43: target: expected a polynomial"), validation("[x1^2, , x2^2]")); //$NON-NLS-1$
    }

    @Test
    void anUnclosedVectorIsReportedAtItsBracket() throws Exception {
        assertEquals(List.of("test.nalg:8:36: target: the target vector opened here has no closing ']'"), //$NON-NLS-1$
                preflight("[x1^2, x2^2"));
    }

    @Test
    void textAfterTheVectorIsRefused() throws Exception {
        // "[x1^2, x2^2] + x1": the '+' is at offset 13
        assertEquals(List.of("test.nalg:8:49: target: unexpected text after the target vector's ']'"), //$NON-NLS-1$
                preflight("[x1^2, x2^2] + x1"));
    }
}
