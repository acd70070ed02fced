// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.internal.text.TextEscapes;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * Seeded fuzzing of the whole front end: every example file, mutated thousands of times
 * (characters and lines deleted, duplicated, swapped; tokens, random bytes, NULs, deep
 * nesting and huge numbers inserted), is loaded as a {@code .nalg} resource and validated.
 * Whatever the mutant, no exception may escape, every problem has a position (except the
 * one error of a binary file), no message carries a raw control character, and the number
 * of problems is capped. Run with {@code -Dnalg.fuzz.seed=N} to repeat a reported failure.
 */
class NalgFuzzTest {

    private static final long SEED = Long.getLong("nalg.fuzz.seed", 20_250_611L); //$NON-NLS-1$
    private static final int MUTANTS_PER_FILE = 250;
    private static final String BINARY = "not a text model file (binary content)"; //$NON-NLS-1$
    private static final String[] TOKENS = { "architecture", "variety", "dataset", "analysis", "input", "dense", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "activation", "conv", "attention", "equation", "coordinates", "inequality", "point", "random", "of", "{", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        "}", "(", ")", "=", "^", "->", ",", "\"", "#", "-", "x^", "0", "-3/0", "1.5", "bias=", "seed", "target", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
        "metric", "kernel", "d=", "t=", "a=", "\n", "\t", "\r", "\u00e9", "\u202e", "\u0007", "sweep", "repeat", "run", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
        "timeout", "[", "]", "..", "[1..1000]" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    @Test
    void mutatedExamplesNeverFailSilentlyOrNoisily() throws IOException {
        Random random = new Random(SEED);
        int checked = 0;
        for (String file : Examples.FILES) {
            byte[] original = NalgFiles.read(Examples.url(file).openStream());
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                byte[] mutant = original;
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    mutant = mutate(mutant, random);
                }
                check(file + " mutant " + i, mutant); //$NON-NLS-1$
                checked++;
            }
        }
        // Its running time is watched in the build log, never asserted: a loaded machine must not fail it.
        assertTrue(checked > 0, "mutants were checked (seed " + SEED + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void check(String name, byte[] mutant) {
        String where = name + " (seed " + SEED + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        List<ModelProblem> problems;
        try {
            problems = ModelDiagnostics.validate(NalgFiles.load("fuzz.nalg", mutant)); //$NON-NLS-1$
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(where + ": " + e, e); //$NON-NLS-1$
        }
        if (problems.size() > ModelDiagnostics.MAX_PROBLEMS + 1) {
            fail(where + ": " + problems.size() + " problems, more than the cap"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (ModelProblem problem : problems) {
            String text = problem.format();
            if (problem.line() < 1 && !problem.message().equals(BINARY)) {
                fail(where + ": no position: " + text); //$NON-NLS-1$
            }
            for (int c = 0; c < text.length(); c++) {
                if (TextEscapes.isHidden(text.charAt(c))) {
                    fail(where + ": raw control character U+" + Integer.toHexString(text.charAt(c)) + " in " //$NON-NLS-1$ //$NON-NLS-2$
                            + TextEscapes.escapeControls(text));
                }
            }
        }
    }

    private static byte[] mutate(byte[] text, Random random) {
        int at = random.nextInt(text.length + 1);
        return switch (random.nextInt(10)) {
            case 0 -> delete(text, at, Math.min(text.length - at, 1 + random.nextInt(12)));
            case 1, 2 -> insert(text, at, bytes(TOKENS[random.nextInt(TOKENS.length)] + " ")); //$NON-NLS-1$
            case 3 -> duplicateLine(text, at, 1 + (random.nextBoolean() ? 0 : random.nextInt(40)));
            case 4 -> swapLines(text, at, random.nextInt(text.length + 1));
            case 5 -> swapBytes(text, at);
            case 6 -> insert(text, at, randomBytes(random));
            case 7 -> insert(text, at, bytes("(".repeat(150 + random.nextInt(3000)) + "x")); //$NON-NLS-1$ //$NON-NLS-2$
            case 8 -> insert(text, at, bytes("9".repeat(1 + random.nextInt(60)))); //$NON-NLS-1$
            default -> insert(text, at, bytes("- ".repeat(random.nextInt(5000)))); //$NON-NLS-1$
        };
    }

    /** A few random bytes; a NUL only now and then, so that most mutants still parse as text. */
    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(6)];
        random.nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 && random.nextInt(4) != 0) {
                bytes[i] = 1;
            }
        }
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] delete(byte[] text, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(text, at + length, text.length - at - length);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] text, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static byte[] swapBytes(byte[] text, int at) {
        byte[] copy = text.clone();
        if (at + 1 < copy.length) {
            byte b = copy[at];
            copy[at] = copy[at + 1];
            copy[at + 1] = b;
        }
        return copy;
    }

    private static int[] lineAround(byte[] text, int at) {
        int start = Math.min(at, text.length);
        while (start > 0 && text[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(at, text.length);
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        return new int[] { start, Math.min(end + 1, text.length) };
    }

    private static byte[] duplicateLine(byte[] text, int at, int copies) {
        int[] line = lineAround(text, at);
        byte[] content = Arrays.copyOfRange(text, line[0], line[1]);
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < copies; i++) {
            repeated.write(content, 0, content.length);
        }
        return insert(text, line[0], repeated.toByteArray());
    }

    private static byte[] swapLines(byte[] text, int a, int b) {
        int[] first = lineAround(text, Math.min(a, b));
        int[] second = lineAround(text, Math.max(a, b));
        if (second[0] < first[1]) {
            return text;
        }
        List<byte[]> parts = new ArrayList<>();
        parts.add(Arrays.copyOfRange(text, 0, first[0]));
        parts.add(Arrays.copyOfRange(text, second[0], second[1]));
        parts.add(Arrays.copyOfRange(text, first[1], second[0]));
        parts.add(Arrays.copyOfRange(text, first[0], first[1]));
        parts.add(Arrays.copyOfRange(text, second[1], text.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(p -> out.write(p, 0, p.length));
        return out.toByteArray();
    }
}
