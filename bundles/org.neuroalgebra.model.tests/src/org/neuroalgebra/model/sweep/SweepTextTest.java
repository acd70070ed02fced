// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.text.NalgFiles;
import org.neuroalgebra.model.validation.AnalysisCatalog;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * The text of a sweep block: exact round trip, and each error with its exact line and column (the
 * statement, choice set or entry that is wrong).
 */
class SweepTextTest {

    private static List<String> errors(String text) {
        return NalgFiles.errors(NalgFiles.load("bad.nalg", text)); //$NON-NLS-1$
    }

    /** A sweep whose template is {@code lines} (each indented by 4), with one run. */
    private static String sweep(String... lines) {
        StringBuilder text = new StringBuilder("sweep s {\n  architecture {\n"); //$NON-NLS-1$
        for (String line : lines) {
            text.append("    ").append(line).append('\n'); //$NON-NLS-1$
        }
        return text.append("  }\n  run dimension\n}\n").toString(); //$NON-NLS-1$
    }

    @Test
    void canonicalTextRoundTripsByteForByte() {
        String text = """
                # Every (2, w1, ..., wk, 1) network with sigma = x^2 and no biases.
                sweep square_defects {
                  architecture {
                    input 2
                    # depth 1 to 3
                    repeat [1..3] {
                      dense [1..4] bias=false # the width
                      activation x^2
                    }
                    dense 1 bias=false
                  }
                  # the dimension first
                  run dimension seed 1
                  run fiber seed 2 # fibres
                    samples=3
                    method="monodromy loop"
                  run edd metric random seed 7 data pts
                  timeout 120
                  # more runs later
                }

                dataset pts {
                  point (1, 2) -> 3
                }
                """;
        Resource resource = NalgFiles.load("s.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals(List.of(), ModelDiagnostics.validate(resource));
        assertEquals(text, NalgFiles.save(resource));
        Sweep sweep = (Sweep) NalgFiles.model(resource).getElements().get(0);
        assertEquals(3, sweep.getRuns().size());
        assertEquals(120, sweep.getTimeout());
        assertEquals("# fibres", sweep.getRuns().get(1).getLineComment()); //$NON-NLS-1$
        assertEquals("monodromy loop", sweep.getRuns().get(1).getOptions().get("method")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, sweep.getTemplateLine());
        assertEquals(17, sweep.getTemplateColumn());
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource), NalgFiles.model(NalgFiles.load("t.nalg", NalgFiles.save(resource))))); //$NON-NLS-1$
    }

    @Test
    void emptyChoiceSet() {
        assertEquals(List.of("bad.nalg:4:11: empty choice set: give at least one value, e.g. [1..4] or [1, 2, 8]"), //$NON-NLS-1$
                errors(sweep("input 2", "dense []"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void emptyRange() {
        assertEquals(List.of("bad.nalg:4:12: the range 4..1 is empty: write the smaller end first, e.g. [1..4]"), //$NON-NLS-1$
                errors(sweep("input 2", "dense [4..1]"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void emptyValueAndUnclosedChoiceSet() {
        assertEquals(List.of("bad.nalg:4:15: empty value in a choice set: remove the extra ','", //$NON-NLS-1$
                "bad.nalg:6:18: expected ']' to close the choice set opened at 6:18, found end of line"), //$NON-NLS-1$
                errors(sweep("input 2", "dense [1, , 2]", "activation x^2", "dense 1 bias=[true"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** A choice set where the statement takes no value is reported at the choice set. */
    @Test
    void choiceSetWhereNoValueIsTaken() {
        assertEquals(List.of("bad.nalg:4:13: 'dense' takes no value there: a choice set stands for a value the statement takes", //$NON-NLS-1$
                "bad.nalg:5:5: a choice set stands for a value, not for a statement: write the statement's keyword " //$NON-NLS-1$
                        + "(input, dense, activation, …) before it"), //$NON-NLS-1$
                errors(sweep("input 2", "dense 4 [1, 2]", "[dense, conv] 4"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A value the statement cannot take is reported at the entry that gives it, whichever members use it. */
    @Test
    void invalidValueIsReportedAtItsEntry() {
        assertEquals(List.of("bad.nalg:4:12: expected a positive integer after 'dense', found '0'", //$NON-NLS-1$
                "bad.nalg:5:32: expected true or false after 'bias=', found 'maybe'"), //$NON-NLS-1$
                errors(sweep("input 2", "dense [0..2]", "dense 1 bias=[true, false, maybe]"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void repeatWithNothingInside() {
        assertEquals(List.of("bad.nalg:4:5: 'repeat' has nothing to repeat: write at least one statement between '{' and '}'"), //$NON-NLS-1$
                errors(sweep("input 2", "repeat [1..2] {", "  # nothing", "}", "dense 1"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Test
    void badRepeats() {
        // the last repeat lacks its '}': the template's own '}' closes it, so the template's is missing
        assertEquals(List.of("bad.nalg:4:16: a repeat count is a non-negative integer, found 'x'", //$NON-NLS-1$
                "bad.nalg:7:12: expected a choice set of counts such as [1..3] after 'repeat', found '3'", //$NON-NLS-1$
                "bad.nalg:13:3: expected '}' to close 'architecture {' opened at 2:3, found 'run'"), //$NON-NLS-1$
                errors(sweep("input 2", "repeat [1, x] {", "  dense 1", "}", "repeat 3 {", "  dense 1", "}", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                        "repeat [2] {", "  dense 1"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void sweepStatementsAndMissingParts() {
        assertEquals(List.of("bad.nalg:1:1: sweep 's' needs 'architecture { … }'", //$NON-NLS-1$
                "bad.nalg:1:1: sweep 's' needs at least one 'run ANALYSIS', e.g. 'run dimension'", //$NON-NLS-1$
                "bad.nalg:2:3: expected 'architecture {', 'run ANALYSIS' or 'timeout SECONDS', found 'samples'", //$NON-NLS-1$
                "bad.nalg:3:11: expected a positive integer after 'timeout' (seconds), found '0'"), //$NON-NLS-1$
                errors("sweep s {\n  samples=3\n  timeout 0\n}\n")); //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:6:3: expected '}' to close 'architecture {' opened at 2:3, found 'run'"), //$NON-NLS-1$
                errors("sweep s {\n  architecture {\n    input 2\n    dense 1\n\n  run dimension\n}\n")); //$NON-NLS-1$
        // a second template is one error, its lines are not read as the sweep's statements
        assertEquals(List.of("bad.nalg:5:3: 'architecture' is given twice"), //$NON-NLS-1$
                errors("sweep s {\n  architecture {\n    input 2\n  }\n  architecture {\n    dense 1\n  }\n  run dimension\n}\n")); //$NON-NLS-1$
    }

    /** A run has no subject of its own ('of' is refused) and its dataset is looked up like any other. */
    @Test
    void runClauses() {
        String architecture = "sweep s {\n  architecture {\n    input 2\n    dense 1\n  }\n"; //$NON-NLS-1$
        assertEquals(List.of("bad.nalg:6:17: expected 'target', 'metric', 'data', 'seed' or key=value, found 'of'"), //$NON-NLS-1$
                errors(architecture + "  run dimension of mlp\n}\n")); //$NON-NLS-1$
        Resource resource = NalgFiles.load("bad.nalg", architecture + "  run loss data nosuch\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals(List.of("bad.nalg:6:17: unknown dataset 'nosuch'"), //$NON-NLS-1$
                ModelDiagnostics.validate(resource).stream().map(ModelProblem::format).toList());
    }

    /** A run of an analysis that is not installed is reported at its id, when the installed ones are known. */
    @Test
    void runOfAnUnknownAnalysis() {
        AnalysisCatalog catalog = () -> List.of("dimension", "edd"); //$NON-NLS-1$ //$NON-NLS-2$
        Resource resource = NalgFiles.load("bad.nalg", "sweep s {\n  architecture {\n    input 2\n    dense 1\n  }\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "  run dimension\n  run dimesion seed 3\n}\n"); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals(List.of("bad.nalg:7:7: unknown analysis 'dimesion' (installed: dimension, edd)"), //$NON-NLS-1$
                ModelDiagnostics.validate(resource, BigInteger.TEN.pow(6), catalog).stream().map(ModelProblem::format).toList());
    }

    /**
     * A member whose expanded architecture is invalid says why at the statement that produced it:
     * the second member repeats 'input 2'.
     */
    @Test
    void invalidMemberIsReportedAtTheStatementThatProducedIt() {
        Sweep sweep = SweepMembersTest.sweep(sweep("repeat [1..2] {", "  input 2", "}", "dense 1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(2, SweepMembers.count(sweep));
        assertEquals(List.of(), SweepMembers.member(sweep, 0).problems());
        SweepMember second = SweepMembers.member(sweep, 1);
        assertEquals(List.of("s.nalg:4:7: 'input' is given twice"), second.problems().stream().map(ModelProblem::format).toList()); //$NON-NLS-1$
        assertTrue(!second.isValid());
        assertEquals("input 2; input 2; dense 1", second.architectureText()); //$NON-NLS-1$
    }

    /** Validation of a member (here the size limit) points into the template. */
    @Test
    void memberValidationPointsIntoTheTemplate() {
        Sweep sweep = SweepMembersTest.sweep(sweep("input [2, 3000]", "dense 1", "activation x^2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(), SweepMembers.member(sweep, 0).problems());
        List<String> problems = SweepMembers.member(sweep, 1).problems().stream().map(ModelProblem::format).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("s.nalg:3:5: architecture 's_1' needs "), problems.get(0)); //$NON-NLS-1$
    }
}
