// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.text.NalgFiles;

/**
 * Input a tester would throw at the headless application: each case ends in one clear
 * problem with its position, never in an exception, a flood of errors or a raw control
 * character.
 */
class HostileInputTest {

    private static List<String> problems(byte[] bytes) {
        return ModelDiagnostics.validate(NalgFiles.load("m.nalg", bytes)).stream().map(ModelProblem::format).toList(); //$NON-NLS-1$
    }

    private static List<String> problems(String text) {
        return problems(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String variety(String equation) {
        return "variety v {\n  coordinates x\n  equation " + equation + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String mlp(String activation) {
        return "architecture a {\n  input 2\n  dense 2\n  activation " + activation + "\n  dense 1\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void deepNestingIsASyntaxErrorAtItsColumn() {
        // the equation starts at column 12; the 201st '(' is 200 characters further
        assertEquals(List.of("m.nalg:3:212: equation: expression nested too deeply (more than 200 levels)"), //$NON-NLS-1$
                problems(variety("(".repeat(3000) + "x" + ")".repeat(3000)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("m.nalg:4:214: activation: expression nested too deeply (more than 200 levels)"), //$NON-NLS-1$
                problems(mlp("(".repeat(3000) + "x" + ")".repeat(3000)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void longUnaryMinusChainIsValid() {
        assertEquals(List.of(), problems(variety("- ".repeat(200_000) + "x"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void randomBytesAreOneError() {
        byte[] bytes = new byte[4096];
        new Random(4096).nextBytes(bytes);
        assertEquals(List.of("m.nalg: not a text model file (binary content)"), problems(bytes)); //$NON-NLS-1$
    }

    @Test
    void aNulByteMakesAFileBinary() {
        assertEquals(List.of("m.nalg: not a text model file (binary content)"), //$NON-NLS-1$
                problems(variety("x\u0000 = 0"))); //$NON-NLS-1$
    }

    @Test
    void errorsAreCappedWithACount() {
        StringBuilder text = new StringBuilder("architecture a {\n  input 2\n"); //$NON-NLS-1$
        for (int i = 0; i < 50; i++) {
            text.append("  dense x\n"); //$NON-NLS-1$
        }
        List<String> problems = problems(text.append("}\n").toString()); //$NON-NLS-1$
        assertEquals(21, problems.size());
        assertEquals("m.nalg:3:9: expected a positive integer after 'dense', found 'x'", problems.get(0)); //$NON-NLS-1$
        assertEquals("m.nalg:23:9: ... and 30 more errors", problems.get(20)); //$NON-NLS-1$
        Resource resource = NalgFiles.load("m.nalg", text.toString()); //$NON-NLS-1$
        assertEquals(21, resource.getErrors().size());
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals(List.of("m.nalg:2:18: expected 'target', 'metric', 'data', 'seed' or key=value, found '\"a\\u0001b\"'"), //$NON-NLS-1$
                problems("analysis a {\n  dimension of v \"a\u0001b\"\n}\n" + variety("x"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("m.nalg:1:1: expected 'architecture', 'variety', 'dataset', 'analysis' or 'sweep', found '\\u001B'"), //$NON-NLS-1$
                problems("\u001B[31m\n")); //$NON-NLS-1$
    }

    @Test
    void unknownKeywordsGiveOnlyTheirOwnError() {
        AnalysisCatalog.setDefault(() -> List.of("dimension", "edd")); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            assertEquals(List.of("m.nalg:2:3: unknown analysis 'frobnicate' (installed: dimension, edd)"), //$NON-NLS-1$
                    problems("analysis a {\n  frobnicate of v\n}\n" + variety("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            AnalysisCatalog.setDefault(null);
        }
        assertEquals(List.of("m.nalg:3:3: unknown layer 'frobnicate' (expected input, dense, activation, conv or attention)"), //$NON-NLS-1$
                problems("architecture a {\n  input 2\n  frobnicate 3\n}\n")); //$NON-NLS-1$
        assertEquals(List.of("m.nalg:2:3: expected 'coordinates', 'equation' or 'inequality' in a variety, found 'frobnicate'"), //$NON-NLS-1$
                problems("variety v {\n  frobnicate x\n}\n")); //$NON-NLS-1$
        assertEquals(List.of("m.nalg:2:3: expected 'point', 'random', 'targets' or 'csv' in a dataset, found 'frobnicate'"), //$NON-NLS-1$
                problems("dataset d {\n  frobnicate 1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void tooLargeNumbersSaySo() {
        assertEquals(List.of("m.nalg:3:9: number 2147483647 is too large (maximum 999999999)"), //$NON-NLS-1$
                problems("architecture a {\n  input 2\n  dense 2147483647\n}\n")); //$NON-NLS-1$
        assertEquals(List.of("m.nalg:2:23: number 99999999999999999999 is too large (maximum 9223372036854775807)"), //$NON-NLS-1$
                problems("analysis a {\n  dimension of v seed 99999999999999999999\n}\n" + variety("x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:2:9: number of 40 digits is too large (maximum 999999999)"), //$NON-NLS-1$
                problems("architecture a {\n  input " + "7".repeat(40) + "\n  dense 1\n}\n")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void constantEquationsAreErrors() {
        assertEquals(List.of("m.nalg:3:12: equation '0 = 0' holds everywhere (both sides are equal), so it does not " //$NON-NLS-1$
                + "define a variety"), problems(variety("0 = 0"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:3:12: equation 'x + 1 = x' holds nowhere (its sides differ by a non-zero " //$NON-NLS-1$
                + "constant), so the variety is empty"), problems(variety("x + 1 = x"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("m.nalg:3:12: equation '1' holds nowhere (its sides differ by a non-zero constant), so " //$NON-NLS-1$
                + "the variety is empty"), problems(variety("1"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void constantActivationsAreErrors() {
        assertEquals(List.of("m.nalg:4:14: activation must have degree at least 1, found the constant 5"), //$NON-NLS-1$
                problems(mlp("5"))); //$NON-NLS-1$
        assertEquals(List.of("m.nalg:4:14: activation must have degree at least 1, found the constant 0"), //$NON-NLS-1$
                problems(mlp("x - x"))); //$NON-NLS-1$
    }

    @Test
    void wideNetworkIsRefusedForItsJacobian() {
        assertEquals(List.of("m.nalg:1:14: architecture 'w' needs 5e11 coefficients: its Jacobian has 5e5 monomials × " //$NON-NLS-1$
                + "1002001 parameters (limit 1e6; raise it with --monomial-limit N)"), //$NON-NLS-1$
                problems("architecture w {\n  input 1000\n  dense 1000\n  activation x^2\n  dense 1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void highDegreeActivationIsRefusedForItsDenseLayer() {
        String text = "architecture a {\n  input 2\n  dense 2 bias=false\n  activation x^1000\n  dense 1 bias=false\n}\n"; //$NON-NLS-1$
        // V = 1001 binary forms, but layer 2 holds 2 neurons of C(1002, 2) = 501501 coefficients
        assertEquals(List.of("m.nalg:1:14: architecture 'a' needs 1e6 coefficients: layer 2 holds 2 polynomials of " //$NON-NLS-1$
                + "5e5 monomials (degree ≤ 1000 in 2 variables) (limit 1e6; raise it with --monomial-limit N)"), //$NON-NLS-1$
                problems(text));
        assertEquals(List.of(), ModelDiagnostics.validate(NalgFiles.load("m.nalg", text), BigInteger.valueOf(1_003_002))); //$NON-NLS-1$
    }
}
