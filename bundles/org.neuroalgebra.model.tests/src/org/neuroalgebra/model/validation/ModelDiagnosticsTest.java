// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.text.NalgFiles;

/**
 * Validation problems with exact messages and positions: sizes, references, polynomials,
 * dimensions and the size guard.
 */
class ModelDiagnosticsTest {

    private static List<String> problems(String text) {
        return ModelDiagnostics.validate(NalgFiles.load("model.nalg", text)).stream().map(ModelProblem::format).toList(); //$NON-NLS-1$
    }

    private static List<String> activationProblems(String polynomial) {
        return problems("architecture a {\n  input 2\n  dense 2\n  activation " + polynomial + "\n  dense 1\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void validArchitectureHasNoProblems() {
        assertEquals(List.of(), activationProblems("1/2*x^2 + x")); //$NON-NLS-1$
    }

    @Test
    void incompleteExponent() {
        assertEquals(List.of("model.nalg:4:16: activation: expected an exponent after '^', found end of input"), //$NON-NLS-1$
                activationProblems("x^")); //$NON-NLS-1$
    }

    @Test
    void pythonPowerOperator() {
        assertEquals(List.of("model.nalg:4:15: activation: '**' is not an operator; write '^' for powers"), //$NON-NLS-1$
                activationProblems("2**x")); //$NON-NLS-1$
    }

    @Test
    void negativeExponent() {
        assertEquals(List.of("model.nalg:4:16: activation: negative exponents are not polynomial: 'x^-1'"), //$NON-NLS-1$
                activationProblems("x^-1")); //$NON-NLS-1$
    }

    @Test
    void activationMustBeUnivariateInX() {
        assertEquals(List.of("model.nalg:4:14: activation: unknown variable 'y' (expected one of x)"), //$NON-NLS-1$
                activationProblems("y^2")); //$NON-NLS-1$
        assertEquals(List.of("model.nalg:4:18: activation: unknown variable 'y' (expected one of x)"), //$NON-NLS-1$
                activationProblems("x + y^2")); //$NON-NLS-1$
    }

    @Test
    void duplicateNames() {
        assertEquals(List.of("model.nalg:5:9: duplicate name 'v' (first defined at 1:9)"), //$NON-NLS-1$
                problems("variety v {\n  coordinates x\n  equation x = 0\n}\n" //$NON-NLS-1$
                        + "variety v {\n  coordinates y\n  equation y = 1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void unknownReference() {
        assertEquals(List.of("model.nalg:2:16: unknown architecture or variety 'nosuch'"), //$NON-NLS-1$
                problems("analysis a {\n  dimension of nosuch\n}\n")); //$NON-NLS-1$
    }

    @Test
    void hugeArchitectureIsRefusedWithItsEstimate() {
        // C(2000 + 3, 3) monomials of degree <= 3 in 2000 inputs, one output.
        BigInteger expected = BigInteger.valueOf(2003L * 2002 * 2001 / 6);
        assertEquals(BigInteger.valueOf(1_337_337_001L), expected);
        // its Jacobian has that many rows and 2000·4 + 4 + 4 + 1 = 8009 parameter columns
        assertEquals(List.of("model.nalg:1:14: architecture 'huge' needs 1.1e13 coefficients: its Jacobian has 1.3e9 " //$NON-NLS-1$
                + "monomials × 8009 parameters (limit 1e6; raise it with --monomial-limit N)"), //$NON-NLS-1$
                problems("architecture huge {\n  input 2000\n  dense 4\n  activation x^3\n  dense 1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void monomialLimitIsConfigurable() {
        // square_mlp: V = 3 binary quadratic forms, 6 parameters: a Jacobian of 18 entries, more
        // than the 2 neurons of 6 dense coefficients (degree <= 2 in x1, x2) the evaluation holds
        Resource resource = NalgFiles.load("model.nalg", //$NON-NLS-1$
                "architecture s {\n  input 2\n  dense 2 bias=false\n  activation x^2\n  dense 1 bias=false\n}\n"); //$NON-NLS-1$
        assertEquals(List.of(), ModelDiagnostics.validate(resource, BigInteger.valueOf(18)));
        assertEquals(List.of("model.nalg:1:14: architecture 's' needs 18 coefficients: its Jacobian has 3 monomials × 6 " //$NON-NLS-1$
                + "parameters (limit 17; raise it with --monomial-limit N)"), //$NON-NLS-1$
                ModelDiagnostics.validate(resource, BigInteger.valueOf(17)).stream().map(ModelProblem::format).toList());
    }

    @Test
    void datasetOfTheWrongDimension() {
        assertEquals(List.of("model.nalg:9:18: dataset 'd' has inputs of dimension 3, but architecture 'm' has 2 inputs"), //$NON-NLS-1$
                problems("architecture m {\n  input 2\n  dense 1\n}\ndataset d {\n  point (1, 2, 3) -> 1\n}\n" //$NON-NLS-1$
                        + "analysis l {\n  loss of m data d\n}\n")); //$NON-NLS-1$
    }

    @Test
    void metricDatasetOfTheWrongDimension() {
        assertEquals(List.of("model.nalg:9:24: dataset 'd' has inputs of dimension 1, but architecture 'm' has 2 inputs"), //$NON-NLS-1$
                problems("architecture m {\n  input 2\n  dense 1\n}\ndataset d {\n  point 1 -> 1\n}\n" //$NON-NLS-1$
                        + "analysis e {\n  edd of m metric data d\n}\n")); //$NON-NLS-1$
    }

    @Test
    void attentionWithMoreRowsThanColumnsInKAndQ() {
        assertEquals(List.of("model.nalg:2:23: attention needs a <= d (K and Q are a x d), found a=3 > d=2"), //$NON-NLS-1$
                problems("architecture t {\n  attention d=2 t=2 a=3\n}\n")); //$NON-NLS-1$
    }

    @Test
    void stackedAttentionReadsThePreviousOutput() {
        assertEquals(List.of("model.nalg:3:15: a stacked attention layer reads the previous layer's output: " //$NON-NLS-1$
                + "d must be its out = 3, found 2"), //$NON-NLS-1$
                problems("architecture s {\n  attention d=2 t=2 a=1 out=3\n  attention d=2 t=2 a=1\n}\n")); //$NON-NLS-1$
        assertEquals(List.of("model.nalg:3:19: a stacked attention layer keeps the tokens: t must be 2 as in the " //$NON-NLS-1$
                + "layer before, found 3"), //$NON-NLS-1$
                problems("architecture s {\n  attention d=2 t=2 a=1\n  attention d=2 t=3 a=1\n}\n")); //$NON-NLS-1$
        assertEquals(List.of(), problems("architecture s {\n  attention d=2 t=2 a=1 heads=2\n  attention d=2 t=2 a=1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void channelsOnlyInNetworksOfConvolutions() {
        assertEquals(List.of("model.nalg:3:46: conv channels=2 needs a network of convolutions and activations only"), //$NON-NLS-1$
                problems("architecture c {\n  input 6\n  conv kernel=2 stride=2 bias=false channels=2\n  dense 1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void attentionStacksOnlyWithAttention() {
        List<String> problems = problems("architecture m {\n  attention d=2 t=2 a=1\n  dense 1\n}\n"); //$NON-NLS-1$
        assertTrue(problems.contains("model.nalg:2:3: attention layers can be stacked only with attention layers"), //$NON-NLS-1$
                problems.toString());
    }

    @Test
    void kernelLongerThanTheSignal() {
        assertEquals(List.of("model.nalg:3:15: conv kernel=4 is longer than its input signal (length 3)"), //$NON-NLS-1$
                problems("architecture c {\n  input 3\n  conv kernel=4 stride=1\n}\n")); //$NON-NLS-1$
    }

    @Test
    void strideThatDoesNotTileIsAWarning() {
        // DSL.md's polynomial_cnn: lengths 6 -> 5 -> (5 - 2)/2 + 1 = 2.5
        List<ModelProblem> problems = ModelDiagnostics.validate(NalgFiles.load("model.nalg", //$NON-NLS-1$
                "architecture p {\n  input 6\n  conv kernel=2 stride=1 bias=false\n  conv kernel=2 stride=2 bias=false\n}\n")); //$NON-NLS-1$
        assertEquals(1, problems.size());
        assertEquals(ModelProblem.Severity.WARNING, problems.get(0).severity());
        assertEquals("model.nalg:4:24: warning: conv kernel=2 stride=2 does not tile a signal of length 5: the output " //$NON-NLS-1$
                + "length (5 - 2)/2 + 1 is not an integer, so the last 1 input value(s) are ignored", problems.get(0).format()); //$NON-NLS-1$
    }

    @Test
    void targetInTheWrongVariables() {
        assertEquals(List.of("model.nalg:6:33: target: unknown variable 'x3' (expected one of x1, x2)"), //$NON-NLS-1$
                problems("architecture m {\n  input 2\n  dense 1\n}\nanalysis q {\n  membership of m target x1^2 + x3\n}\n")); //$NON-NLS-1$
    }

    @Test
    void errorOnTheRightSideOfAnEquation() {
        assertEquals(List.of("model.nalg:3:20: equation: expected an exponent after '^', found end of input"), //$NON-NLS-1$
                problems("variety v {\n  coordinates a b\n  equation a^2 = b^\n}\n")); //$NON-NLS-1$
    }

    @Test
    void syntaxAndValidationProblemsComeTogetherSortedByPosition() {
        assertEquals(List.of("model.nalg:3:9: expected a positive integer after 'dense', found '0'", //$NON-NLS-1$
                "model.nalg:4:14: activation: unknown variable 'y' (expected one of x)", //$NON-NLS-1$
                "model.nalg:8:16: unknown architecture or variety 'b'"), //$NON-NLS-1$
                problems("architecture a {\n  input 2\n  dense 0\n  activation y\n  dense 1\n}\nanalysis q {\n" //$NON-NLS-1$
                        + "  dimension of b\n}\n")); //$NON-NLS-1$
    }

    @Test
    void validatorIsRegisteredForEmfsOwnDiagnostician() {
        Resource resource = NalgFiles.load("model.nalg", "analysis a {\n  dimension of nosuch\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(resource.getContents().get(0));
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertEquals("unknown architecture or variety 'nosuch'", diagnostic.getChildren().get(0).getMessage()); //$NON-NLS-1$
    }
}
