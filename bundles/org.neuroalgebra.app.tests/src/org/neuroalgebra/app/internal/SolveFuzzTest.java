// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.solver.ParsedSystem;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.SystemSyntaxException;
import org.neuroalgebra.solver.SystemTextFormat;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * Seeded random mutations of valid systems through {@code neuroalgebra solve}: every run ends
 * with exit code 0, 1 or 2, no exception escapes, and every nonzero exit says why on stderr
 * (syntax errors with {@code file:line:column}).
 */
class SolveFuzzTest {

    private static final long SEED = 20_251_107L;
    private static final int MUTANTS = 3_000;
    /**
     * A small valid mutant is solved with probability 1/SOLVE_ONE_IN: the parser sees every
     * mutant, the solvers (milliseconds each, seconds for a few) a sample, to stay fast.
     */
    private static final int SOLVE_ONE_IN = 4;
    private static final int MAX_VARIABLES = 4;
    private static final BigInteger MAX_SOLVED_PATHS = BigInteger.valueOf(64);

    private static final String[] SYSTEMS = { //
            "variables x y\nx^2 + y^2 - 1\nx = y\n", //$NON-NLS-1$
            "# katsura 3\nvariables x0 x1 x2\nx0 + 2*x1 + 2*x2 - 1\nx0^2 + 2*x1^2 + 2*x2^2 - x0\n2*x0*x1 + 2*x1*x2 - x1\n", //$NON-NLS-1$
            "variables u0, u1, u2, u3\nu0 + 2*u1 + 2*u2 + 2*u3 = 1\nu0^2 + 2*u1^2 + 2*u2^2 + 2*u3^2 - u0\n" //$NON-NLS-1$
                    + "2*u0*u1 + 2*u1*u2 + 2*u2*u3 - u1\nu1^2 + 2*u0*u2 + 2*u1*u3 - u2\n", //$NON-NLS-1$
            "variables x y\nx*y = 0\nx*y = 0\n", //$NON-NLS-1$
            "variables x\nx^3 - 6*x^2 + 11*x - 6   # roots 1, 2, 3\n", //$NON-NLS-1$
            "variables x y z\nx^2 - 1/2*y + 0.25\ny - (z + 1)^2\nz*x - 3\n", //$NON-NLS-1$
            "variables a b\na = 1\na = 2\nb^2 + 1\n", //$NON-NLS-1$
    };

    private static final String[] TOKENS = { " ", "\n", "x", "y", "z", "x0", "u1", "a", "0", "1", "7", "+", "-", "*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "/", "^", "^2", "^3", "(", ")", "=", ".", ",", "#", "variables ", "parameters p", "e300", "10^400", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "10^300*", "1/10^350", "((", "))", "x*y", "0*x", "é", "\t" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private static final Pattern POSITIONED = Pattern.compile("fuzz\\.txt:\\d+:\\d+: .+\\R"); //$NON-NLS-1$

    @TempDir
    Path directory;

    @Test
    void mutatedSystemsEndWithADocumentedExitAndAMessage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SolverRegistry solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
        CommandLine commandLine = new CommandLine(new AnalysisRegistry(), solvers,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Path file = directory.resolve("fuzz.txt"); //$NON-NLS-1$
        SplittableRandom random = new SplittableRandom(SEED);
        int[] exits = new int[3];
        int syntaxErrors = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String text = mutate(SYSTEMS[random.nextInt(SYSTEMS.length)], random);
            ParsedSystem parsed;
            try {
                parsed = SystemTextFormat.read(text);
            } catch (SystemSyntaxException e) {
                parsed = null;
            }
            boolean solve = random.nextInt(SOLVE_ONE_IN) == 0;
            if (parsed != null && !(solve && small(parsed.system()))) {
                continue;
            }
            Files.writeString(file, text);
            out.reset();
            err.reset();
            int exit;
            try {
                exit = commandLine.execute("solve", file.toString(), "--seed", Long.toString(i)); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("mutant " + i + " escaped with " + e + ":\n" + text, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            String message = err.toString(StandardCharsets.UTF_8);
            if (exit < 0 || exit > 2) {
                fail("mutant " + i + " exited with " + exit + ":\n" + text + "\n" + message); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            exits[exit]++;
            if (exit != CommandLine.EXIT_OK) {
                assertFalse(message.isBlank(), () -> "a silent failure:\n" + text); //$NON-NLS-1$
            }
            if (parsed == null) {
                syntaxErrors++;
                assertEquals(CommandLine.EXIT_BAD_INPUT, exit, () -> "a syntax error:\n" + text); //$NON-NLS-1$
                assertTrue(POSITIONED.matcher(message).matches(), () -> "no file:line:column in " + message + "for\n" + text); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // The mutations must exercise every outcome, or the test proves little. Positive-dimensional
        // mutants are decomposed (exit 0), so exit 1 is rarer: failed paths, disagreements.
        assertTrue(exits[0] > 50 && exits[1] > 2 && exits[2] > 50 && syntaxErrors > 50, Arrays.toString(exits));
    }

    private static boolean small(PolynomialSystem system) {
        if (system.variableCount() > MAX_VARIABLES) {
            return false;
        }
        BigInteger product = BigInteger.ONE;
        for (int d : system.degreesInVariables()) {
            product = product.multiply(BigInteger.valueOf(Math.max(1, d)));
        }
        return product.compareTo(MAX_SOLVED_PATHS) <= 0 && SolvePreflight.pathCount(system).compareTo(MAX_SOLVED_PATHS) <= 0;
    }

    /** One to three edits: insert a token, delete a few characters, duplicate or drop a line. */
    private static String mutate(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(4)) {
                case 0, 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(3)));
                default -> {
                    String[] lines = s.toString().split("\n", -1); //$NON-NLS-1$
                    int line = random.nextInt(lines.length);
                    s.setLength(0);
                    for (int l = 0; l < lines.length; l++) {
                        if (l != line) {
                            s.append(lines[l]).append('\n');
                        } else if (random.nextBoolean()) {
                            s.append(lines[l]).append('\n').append(lines[l]).append('\n');
                        }
                    }
                }
            }
        }
        return s.toString();
    }
}
