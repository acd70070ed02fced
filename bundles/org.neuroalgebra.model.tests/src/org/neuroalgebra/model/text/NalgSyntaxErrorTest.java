// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.NeuroalgebraModel;

/**
 * Malformed files: each error is asserted with its exact message, line and column, and
 * parsing goes on after it.
 */
class NalgSyntaxErrorTest {

    private static Resource assertErrors(String text, String... expected) {
        Resource resource = NalgFiles.load("bad.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(expected), NalgFiles.errors(resource));
        return resource;
    }

    private static void assertLayerError(String layerLine, String expected) {
        assertErrors("architecture a {\n  input 2\n" + layerLine + "\n}\n", expected); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void negativeWidthIsReportedAsInTheDslDocumentation() {
        Resource resource = NalgFiles.load("talk.nalg", "# talk\narchitecture a {\n  input 2\n  dense -2\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("talk.nalg:4:9: expected a positive integer after 'dense', found '-2'"), //$NON-NLS-1$
                NalgFiles.errors(resource));
        Resource.Diagnostic error = resource.getErrors().get(0);
        assertEquals(4, error.getLine());
        assertEquals(9, error.getColumn());
        assertEquals("memory:/test/talk.nalg", error.getLocation()); //$NON-NLS-1$
    }

    @Test
    void zeroWidth() {
        assertLayerError("  dense 0", "bad.nalg:3:9: expected a positive integer after 'dense', found '0'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void unknownLayerKeyword() {
        assertLayerError("  pool 2", //$NON-NLS-1$
                "bad.nalg:3:3: unknown layer 'pool' (expected input, dense, activation, conv or attention)"); //$NON-NLS-1$
    }

    @Test
    void badBias() {
        assertLayerError("  dense 2 bias=yes", "bad.nalg:3:16: expected true or false after 'bias=', found 'yes'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void unknownConvSetting() {
        assertLayerError("  conv kernel=2 padding=1", //$NON-NLS-1$
                "bad.nalg:3:17: unknown setting 'padding' for 'conv' (expected kernel, stride, bias, channels)"); //$NON-NLS-1$
    }

    @Test
    void convWithoutKernel() {
        assertLayerError("  conv stride=1", "bad.nalg:3:3: 'conv' needs kernel=N"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void attentionWithoutA() {
        assertErrors("architecture a {\n  attention d=2 t=2\n}\n", "bad.nalg:2:3: 'attention' needs a=N"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void emptyActivation() {
        assertLayerError("  activation   # none", //$NON-NLS-1$
                "bad.nalg:3:16: expected a polynomial in x after 'activation', found a comment"); //$NON-NLS-1$
    }

    @Test
    void somethingLeftOnTheLine() {
        assertErrors("architecture a {\n  input 2 3\n}\n", "bad.nalg:2:11: expected end of line, found '3'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void inputGivenTwice() {
        assertLayerError("  input 3", "bad.nalg:3:3: 'input' is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void unclosedBraceAtEndOfFile() {
        Resource resource = assertErrors("architecture a {\n  input 2\n  dense 1\n", //$NON-NLS-1$
                "bad.nalg:4:1: expected '}' to close architecture 'a' opened at 1:1, found end of file"); //$NON-NLS-1$
        assertEquals(1, ((Architecture) NalgFiles.model(resource).getElements().get(0)).getLayers().size());
    }

    @Test
    void unclosedBraceBeforeTheNextBlock() {
        Resource resource = assertErrors("architecture a {\n  input 2\narchitecture b {\n  input 1\n}\n", //$NON-NLS-1$
                "bad.nalg:3:1: expected '}' to close architecture 'a' opened at 1:1, found 'architecture'"); //$NON-NLS-1$
        assertEquals(2, NalgFiles.model(resource).getElements().size(), "the next block is still read"); //$NON-NLS-1$
    }

    @Test
    void missingName() {
        assertErrors("architecture {\n}\n", "bad.nalg:1:14: expected a name after 'architecture', found '{'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingOpeningBrace() {
        assertErrors("variety v\n  coordinates x\n}\n", //$NON-NLS-1$
                "bad.nalg:1:10: expected '{' after 'variety v', found end of line"); //$NON-NLS-1$
    }

    @Test
    void unknownBlockKeyword() {
        assertErrors("network n {\n}\n", //$NON-NLS-1$
                "bad.nalg:1:1: expected 'architecture', 'variety', 'dataset', 'analysis' or 'sweep', found 'network'"); //$NON-NLS-1$
    }

    @Test
    void badNumberInAPoint() {
        assertErrors("dataset d {\n  point (1, 2x) -> 3\n}\n", "bad.nalg:2:13: expected a number, found '2x'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void zeroDenominator() {
        assertErrors("dataset d {\n  point (1/0) -> 1\n}\n", "bad.nalg:2:10: zero denominator in '1/0'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingArrow() {
        assertErrors("dataset d {\n  point (1, 2) 3\n}\n", //$NON-NLS-1$
                "bad.nalg:2:16: expected '->' after the input of 'point', found '3'"); //$NON-NLS-1$
    }

    @Test
    void randomInputsWithoutSeed() {
        assertErrors("dataset d {\n  random 5 inputs in [0, 1]^2\n}\n", //$NON-NLS-1$
                "bad.nalg:2:30: expected 'seed' after the dimension, found end of line"); //$NON-NLS-1$
    }

    @Test
    void unterminatedString() {
        assertErrors("dataset d {\n  csv \"data.csv\n}\n", //$NON-NLS-1$
                "bad.nalg:2:7: expected a quoted file name after 'csv', found '\"data.csv'"); //$NON-NLS-1$
    }

    @Test
    void referenceToTheWrongKindOfBlock() {
        assertErrors("variety v {\n  coordinates x\n  equation x = 0\n}\ndataset d {\n  random 2 inputs in [0, 1]^1 seed 1\n" //$NON-NLS-1$
                + "  targets from v seed 2\n}\n", "bad.nalg:7:16: 'v' is a variety, not an architecture"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void analysisIdsAreAnyIdentifierForTheParser() {
        // whether an analysis with that id is installed is for validation to say (AnalysisCatalogTest)
        Resource resource = assertErrors("variety m {\n  coordinates x\n  equation x = 0\n}\nanalysis a {\n  dimensions of m\n}\n"); //$NON-NLS-1$
        assertEquals("dimensions", ((Analysis) NalgFiles.model(resource).getElements().get(1)).getKind()); //$NON-NLS-1$
    }

    @Test
    void analysisWithoutKind() {
        assertErrors("analysis a {\n  seed 3\n}\n", "bad.nalg:1:1: analysis 'a' needs 'ANALYSIS of NAME', e.g. 'dimension of NAME'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void unknownMetric() {
        assertErrors("analysis a {\n  edd of v metric euclid\n}\n", //$NON-NLS-1$
                "bad.nalg:2:19: expected identity, bombieri-weyl, random, data, kernel, weights or matrix after 'metric', found 'euclid'"); //$NON-NLS-1$
    }

    @Test
    void severalErrorsInOneFileAreAllReportedInOrder() {
        String text = "architecture a {\n  input 0\n  dense -1\n  pool 3\n  dense 2\n}\n" //$NON-NLS-1$
                + "oops\n" //$NON-NLS-1$
                + "dataset d {\n  point (1 -> 2\n  random 5 inputs in [0, 1]^2 seed x\n}\n" //$NON-NLS-1$
                + "analysis q {\n  dimension of a metric kernel -1 seed 2\n"; //$NON-NLS-1$
        Resource resource = assertErrors(text, "bad.nalg:2:9: expected a positive integer after 'input', found '0'", //$NON-NLS-1$
                "bad.nalg:3:9: expected a positive integer after 'dense', found '-1'", //$NON-NLS-1$
                "bad.nalg:4:3: unknown layer 'pool' (expected input, dense, activation, conv or attention)", //$NON-NLS-1$
                "bad.nalg:7:1: expected 'architecture', 'variety', 'dataset', 'analysis' or 'sweep', found 'oops'", //$NON-NLS-1$
                "bad.nalg:9:12: expected ',' or ')', found '->'", //$NON-NLS-1$
                "bad.nalg:10:36: expected a non-negative integer seed after 'seed', found 'x'", //$NON-NLS-1$
                "bad.nalg:13:32: expected a non-negative integer after 'kernel', found '-1'", //$NON-NLS-1$
                "bad.nalg:14:1: expected '}' to close analysis 'q' opened at 12:1, found end of file"); //$NON-NLS-1$
        NeuroalgebraModel model = NalgFiles.model(resource);
        assertEquals(3, model.getElements().size(), "every block is kept"); //$NON-NLS-1$
        assertEquals(1, ((Architecture) model.getElements().get(0)).getLayers().size(), "the valid layer is kept"); //$NON-NLS-1$
    }

    @Test
    void invalidUtf8IsAnErrorWithItsPositionAndTheFileIsNotParsed() {
        byte[] prefix = "architecture a {\n  input 2\n  activation x".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        byte[] suffix = "^2 + \u00e9\n}\n# \u00fc".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        byte[] bytes = new byte[prefix.length + 1 + suffix.length + 2];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xFF;
        System.arraycopy(suffix, 0, bytes, prefix.length + 1, suffix.length);
        bytes[bytes.length - 2] = (byte) 0xC3; // a truncated two-byte sequence
        bytes[bytes.length - 1] = (byte) '\n';
        Resource resource = NalgFiles.load("latin1.nalg", bytes); //$NON-NLS-1$
        assertEquals(List.of("latin1.nalg:3:15: invalid UTF-8 byte sequence 0xFF (files must be encoded in UTF-8)", //$NON-NLS-1$
                "latin1.nalg:5:4: invalid UTF-8 byte sequence 0xC3 (files must be encoded in UTF-8)"), //$NON-NLS-1$
                NalgFiles.errors(resource));
        assertTrue(resource.getContents().isEmpty());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] text = "\uFEFFarchitecture a {\n  input 1\n  dense 1\n}\n".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        Resource resource = NalgFiles.load("bom.nalg", text); //$NON-NLS-1$
        assertEquals(List.of(), NalgFiles.errors(resource));
        assertEquals("a", NalgFiles.model(resource).getElements().get(0).getName()); //$NON-NLS-1$
    }
}
