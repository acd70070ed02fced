// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.DecompositionSolver;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.ParsedSystem;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.SystemSyntaxException;
import org.neuroalgebra.solver.SystemTextFormat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code neuroalgebra solve FILE [--solver ID] [--seed N] [--json]}: solves a system in the
 * solver text format with a registered solver, and cross-checks the number of solutions with
 * every registered exact counter.
 * <p>
 * The exact count comes first: its dimension decides what can honestly be said. A
 * positive-dimensional solution set (or, without a counter, a system with fewer equations than
 * unknowns) is decomposed into irreducible components with witness points by
 * {@link SolveDecomposition} when the solver can, and otherwise reported as such (the numerical
 * solver would return arbitrary points of it); an empty one is inconsistent. Only
 * zero-dimensional (or, without a counter, unknown) systems are solved numerically.
 * <p>
 * The report's {@code status} gives the exit code ({@link #exitCode(JsonObject)}):
 * {@value #SOLVED} and {@value #INCONSISTENT} are successes; {@value #POSITIVE_DIMENSIONAL},
 * {@value #INCOMPLETE} (failed paths), {@value #DISAGREES} (the counts differ) and
 * {@value #FAILED} (a solver error) exit with 1 after one line on stderr. Bad input (syntax
 * with {@code file:line:column}, parameters, coefficients outside double precision, more than
 * {@link SolvePreflight#MAX_PATHS} paths) prints one line and returns null (exit 2).
 * <p>
 * Every finite solution carries a {@code certificate} (Krawczyk's interval Newton test, see
 * {@link SolutionCertifier}) or {@code null} with a {@code certificateReason}. The report is
 * {@code certified} only when every finite solution is certified, their boxes are pairwise disjoint
 * (so they are proven distinct) and their number equals the exact count modulo two different primes
 * that agree; otherwise {@code certified} is false and {@code evidence} says what is missing.
 */
final class SolveCommand {

    static final String SOLVED = "solved"; //$NON-NLS-1$
    static final String INCONSISTENT = "inconsistent"; //$NON-NLS-1$
    static final String POSITIVE_DIMENSIONAL = "positive-dimensional"; //$NON-NLS-1$
    static final String INCOMPLETE = "incomplete"; //$NON-NLS-1$
    static final String DISAGREES = "disagrees"; //$NON-NLS-1$
    static final String FAILED = "failed"; //$NON-NLS-1$

    /** Larger files are refused before reading: a system text is a few lines. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private static final String DEFAULT_SOLVER = "homotopy"; //$NON-NLS-1$
    private static final String STATUS = "status"; //$NON-NLS-1$
    private static final String MESSAGE = "message"; //$NON-NLS-1$
    private static final String CERTIFIED = "certified"; //$NON-NLS-1$
    private static final String EVIDENCE = "evidence"; //$NON-NLS-1$
    private static final String CERTIFICATE = "certificate"; //$NON-NLS-1$

    private final SolverRegistry solvers;
    private final PrintStream out;
    private final PrintStream err;

    SolveCommand(SolverRegistry solvers, PrintStream out, PrintStream err) {
        this.solvers = solvers;
        this.out = out;
        this.err = err;
    }

    /**
     * An exact count modulo the first prime, or why there is none, and the same count modulo the
     * second prime (null with {@code secondError} when it failed).
     */
    private record Check(SolutionCounter counter, CountResult count, String error, CountResult second,
            String secondError) {

        /** @return true when both primes gave the same dimension and degree */
        boolean primesAgree() {
            return count != null && second != null && count.dimension() == second.dimension()
                    && count.degree() == second.degree();
        }
    }

    /** @return the JSON report, or null after printing a bad-input message */
    JsonObject run(Arguments arguments, ProgressMonitor monitor) throws UsageException {
        String solverId = arguments.option("solver") == null ? DEFAULT_SOLVER : arguments.option("solver"); //$NON-NLS-1$ //$NON-NLS-2$
        PolynomialSystemSolver solver = solvers.solver(solverId).orElseThrow(() -> new UsageException("no solver '" //$NON-NLS-1$
                + solverId + "' is installed; installed: " + installedSolvers())); //$NON-NLS-1$
        long seed = arguments.longOption("seed", 1); //$NON-NLS-1$
        Path file = path(arguments.file());
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ParsedSystem parsed;
        try {
            parsed = SystemTextFormat.read(read(file));
        } catch (SystemSyntaxException e) {
            return badInput(name + ":" + e.getMessage()); //$NON-NLS-1$
        }
        PolynomialSystem system = parsed.system();
        if (system.parameterCount() > 0) {
            return badInput(name + ": declares the parameters " + String.join(" ", system.parameters()) //$NON-NLS-1$ //$NON-NLS-2$
                    + "; 'solve' needs numeric equations (substitute values for the parameters)"); //$NON-NLS-1$
        }
        Optional<String> coefficient = SolvePreflight.coefficientOutOfRange(parsed);
        if (coefficient.isPresent()) {
            return badInput(name + ":" + coefficient.get()); //$NON-NLS-1$
        }
        Optional<String> size = SolvePreflight.tooManyPaths(system, parsed.groups());
        if (size.isPresent()) {
            return badInput(name + ": " + size.get()); //$NON-NLS-1$
        }

        JsonObject json = new JsonObject();
        json.addProperty("solver", solverId); //$NON-NLS-1$
        json.addProperty("variables", String.join(" ", system.variables())); //$NON-NLS-1$ //$NON-NLS-2$
        json.addProperty("equations", system.equationCount()); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        // A square system is solved first: when its solutions reach the Bézout number, they are proven complete
        // (BezoutCompleteness) and the exact counts are not needed; otherwise the result is kept for the counts.
        Attempt first = null;
        if (system.equationCount() == system.variableCount() && nonzeroConstant(system).isEmpty()) {
            first = attempt(solver, system, parsed, seed, monitor);
            if (first != null && BezoutCompleteness.reached(system, first.result(), first.certification())) {
                return completeByBezout(json, system, first);
            }
        }
        List<Check> checks = exactCounts(system, seed, monitor);
        Optional<CountResult> exact = checks.stream().map(Check::count).filter(Objects::nonNull).findFirst();
        boolean positive = exact.isPresent() ? exact.get().dimension() > 0
                : system.equationCount() < system.variableCount();
        if (positive && solver instanceof DecompositionSolver decomposer) {
            json.add("crossCheck", crossCheck(checks, null)); //$NON-NLS-1$
            return new SolveDecomposition(decomposer, err).run(name, system, exact.map(CountResult::dimension).orElse(-1),
                    seed, json, monitor);
        }
        if (exact.isPresent() && exact.get().dimension() > 0) {
            return positiveDimensional(name, system, exact.get(), checks, json);
        }
        if (exact.isEmpty() && system.equationCount() < system.variableCount()) {
            return badInput(name + ": " + shape(system) + ": solve needs at least as many equations as unknowns," //$NON-NLS-1$ //$NON-NLS-2$
                    + " and no exact counter could find the dimension of the solution set"); //$NON-NLS-1$
        }
        Optional<Integer> constant = nonzeroConstant(system);
        if (exact.isPresent() && exact.get().isEmpty() && constant.isPresent()) {
            // The homotopy cannot start from a constant equation, and there is nothing to track.
            json.addProperty(STATUS, INCONSISTENT);
            json.addProperty(MESSAGE, inconsistentMessage() + "; the equation at " + parsed.position(constant.get()) //$NON-NLS-1$
                    + " is a nonzero constant"); //$NON-NLS-1$
            json.add("crossCheck", crossCheck(checks, null)); //$NON-NLS-1$
            boolean proven = checks.stream().anyMatch(c -> c.primesAgree() && c.count().isEmpty());
            json.addProperty(CERTIFIED, proven);
            json.addProperty(EVIDENCE, proven ? "the Gröbner basis is {1} modulo two primes" //$NON-NLS-1$
                    : "the Gröbner basis is {1} modulo one prime only"); //$NON-NLS-1$
            return json;
        }
        SolveResult result;
        try {
            result = first != null ? first.result() : solve(solver, system, parsed, seed, monitor);
        } catch (CancellationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            return badInput(name + ": solver '" + solverId + "' refuses the system: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException e) {
            return failed(json, name + ": solver '" + solverId + "' failed: " + e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        addSolveResult(json, result);
        CertificationResult certification = first != null ? first.certification() : certify(system, result);
        addCertificates(json, certification);
        json.add("crossCheck", crossCheck(checks, result)); //$NON-NLS-1$
        classify(name, json, result, exact, checks);
        decideCertified(json, result, certification, checks);
        return json;
    }

    /** A solve made before the exact counts, with its certificates. */
    private record Attempt(SolveResult result, CertificationResult certification) {
    }

    private static SolveResult solve(PolynomialSystemSolver solver, PolynomialSystem system, ParsedSystem parsed, long seed,
            ProgressMonitor monitor) {
        return solver.solve(system, new Complex[0],
                SolverOptions.builder().seed(seed).variableGroups(parsed.groups()).build(), monitor);
    }

    /**
     * @return the solve of a square system with its certificates, or null when the solver refused or failed
     *         (the solve after the exact counts reports that, or the counts show why)
     */
    private static Attempt attempt(PolynomialSystemSolver solver, PolynomialSystem system, ParsedSystem parsed, long seed,
            ProgressMonitor monitor) {
        try {
            SolveResult result = solve(solver, system, parsed, seed, monitor);
            return new Attempt(result, certify(system, result));
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonObject completeByBezout(JsonObject json, PolynomialSystem system, Attempt first) {
        addSolveResult(json, first.result());
        addCertificates(json, first.certification());
        int n = first.certification().certificates().size();
        JsonArray crossCheck = new JsonArray();
        crossCheck.add(BezoutCompleteness.crossCheck(system, n));
        json.add("crossCheck", crossCheck); //$NON-NLS-1$
        json.addProperty(STATUS, SOLVED);
        json.addProperty(CERTIFIED, true);
        json.addProperty(EVIDENCE, BezoutCompleteness.evidence(n));
        return json;
    }

    /** @return the process exit code for a report of {@link #run} */
    static int exitCode(JsonObject report) {
        String status = report.has(STATUS) ? report.get(STATUS).getAsString() : FAILED;
        return SOLVED.equals(status) || INCONSISTENT.equals(status) ? CommandLine.EXIT_OK : CommandLine.EXIT_FAILED;
    }

    private String installedSolvers() {
        String ids = solvers.solvers().stream().map(PolynomialSystemSolver::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return ids.isEmpty() ? "none" : ids; //$NON-NLS-1$
    }

    private static Path path(String file) throws UsageException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + file + "' is not a file name: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String read(Path file) throws UsageException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw new UsageException(file + ": " + Files.size(file) + " bytes is too large for a system text (limit " //$NON-NLS-1$ //$NON-NLS-2$
                        + MAX_FILE_BYTES + ")"); //$NON-NLS-1$
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e); //$NON-NLS-1$
        }
    }

    private JsonObject badInput(String message) {
        // The message may quote the input, which may hold control characters.
        err.println(Failures.oneLine(message));
        return null;
    }

    private JsonObject failed(JsonObject json, String message) {
        err.println("neuroalgebra: " + message); //$NON-NLS-1$
        json.addProperty(STATUS, FAILED);
        json.addProperty("error", message); //$NON-NLS-1$
        return json;
    }

    private List<Check> exactCounts(PolynomialSystem system, long seed, ProgressMonitor monitor) {
        List<Check> checks = new ArrayList<>();
        for (SolutionCounter counter : solvers.counters()) {
            // The second prime runs beside the first (each count is one thread of Gröbner work); it is used only
            // when the first count is finite, and an unlucky prime can change a count: two that agree make that
            // implausible.
            AtomicBoolean unused = new AtomicBoolean();
            // Only the dimension and the degree are used: the counts with multiplicity.
            CompletableFuture<CountResult> secondCount = CompletableFuture.supplyAsync(() -> counter.countWithMultiplicity(
                    system.equations(), system.variableCount(), ModP.PRIME_2, seed,
                    ProgressMonitor.cancellationOf(() -> unused.get() || monitor.isCanceled())));
            CountResult first = null;
            String firstError = null;
            CountResult second = null;
            String secondError = null;
            try {
                first = counter.countWithMultiplicity(system.equations(), system.variableCount(), ModP.PRIME_1, seed,
                        monitor);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                // One counter failing (a denominator divisible by the prime, say) leaves the others.
                firstError = messageOf(e);
            }
            if (first != null && first.isFinite()) {
                try {
                    second = secondCount.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof CancellationException canceled) {
                        throw canceled;
                    }
                    secondError = messageOf(e.getCause() instanceof RuntimeException cause ? cause : e);
                }
            } else {
                unused.set(true);
            }
            checks.add(new Check(counter, first, firstError, second, secondError));
        }
        return checks;
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Certifies the finite solutions; the points at infinity are not solutions and get none. */
    private static CertificationResult certify(PolynomialSystem system, SolveResult result) {
        List<Complex[]> points = result.finiteSolutions().stream().map(Solution::coordinates).toList();
        return SolutionCertifier.certify(system, points);
    }

    private static void addCertificates(JsonObject json, CertificationResult certification) {
        JsonArray solutions = json.getAsJsonArray("solutions"); //$NON-NLS-1$
        int finite = 0;
        for (int i = 0; i < solutions.size(); i++) {
            JsonObject entry = solutions.get(i).getAsJsonObject();
            if (entry.get("atInfinity").getAsBoolean()) { //$NON-NLS-1$
                entry.add(CERTIFICATE, null);
                entry.addProperty("certificateReason", "at infinity: not a solution"); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            SolutionCertificate certificate = certification.certificate(finite++);
            if (certificate.certified()) {
                JsonObject proof = new JsonObject();
                proof.addProperty("kind", certificate.kind()); //$NON-NLS-1$
                proof.addProperty("radius", certificate.radius()); //$NON-NLS-1$
                if (certificate.scaled()) {
                    // the half-width in variable i is radius · scales_i
                    proof.add("scales", ResultJson.numbers(certificate.scales())); //$NON-NLS-1$
                }
                if (certificate.reality() != SolutionCertificate.Reality.UNDECIDED) {
                    proof.addProperty("real", certificate.provenReal()); //$NON-NLS-1$
                }
                entry.add(CERTIFICATE, proof);
            } else {
                entry.add(CERTIFICATE, null);
                entry.addProperty("certificateReason", certificate.reason()); //$NON-NLS-1$
            }
        }
        json.addProperty("certifiedSolutions", certification.certifiedCount()); //$NON-NLS-1$
        json.addProperty("provenDistinct", certification.provenDistinct()); //$NON-NLS-1$
        json.addProperty("provenReal", certification.provenRealCount()); //$NON-NLS-1$
        json.addProperty("provenNonReal", certification.provenNonRealCount()); //$NON-NLS-1$
        json.addProperty("certification", certification.summary()); //$NON-NLS-1$
        json.addProperty("certificationSeconds", certification.seconds()); //$NON-NLS-1$
    }

    /**
     * Sets {@code certified}: every finite solution certified, proven pairwise distinct, and as many
     * as the exact count modulo two primes that agree. Otherwise says what is missing.
     */
    private static void decideCertified(JsonObject json, SolveResult result, CertificationResult certification,
            List<Check> checks) {
        int n = certification.certificates().size();
        String evidence;
        boolean certified = false;
        Optional<Check> twoPrimes = checks.stream().filter(Check::primesAgree).findFirst();
        if (result.failedPathCount() > 0) {
            evidence = result.failedPathCount() + " paths failed"; //$NON-NLS-1$
        } else if (certification.certifiedCount() < n) {
            evidence = certification.summary();
        } else if (!certification.pairwiseDisjoint()) {
            evidence = "the certified boxes overlap: only " + certification.provenDistinct() + " of " + n //$NON-NLS-1$ //$NON-NLS-2$
                    + " solutions are proven distinct"; //$NON-NLS-1$
        } else if (twoPrimes.isEmpty()) {
            evidence = n + " solutions certified and distinct, but no exact count agrees modulo two primes" //$NON-NLS-1$
                    + twoPrimeFailure(checks);
        } else {
            CountResult count = twoPrimes.get().count();
            long exact = count.isEmpty() ? 0 : count.degree();
            certified = count.isFinite() && exact == n;
            String counted = twoPrimes.get().counter().id() + " counts " + exact + " modulo " + count.prime() //$NON-NLS-1$ //$NON-NLS-2$
                    + " and " + twoPrimes.get().second().prime(); //$NON-NLS-1$
            evidence = certified
                    ? n + (n == 1 ? " solution" : " solutions") + " certified (Krawczyk) and pairwise distinct; " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + counted
                    : n + " certified distinct solutions, but " + counted; //$NON-NLS-1$
        }
        json.addProperty(CERTIFIED, certified);
        json.addProperty(EVIDENCE, evidence);
    }

    private static String twoPrimeFailure(List<Check> checks) {
        return checks.stream().filter(c -> c.count() != null && !c.primesAgree()).findFirst().map(c -> {
            if (c.second() == null) {
                return " (" + c.counter().id() + " modulo " + ModP.PRIME_2 + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (c.secondError() == null ? "not computed" : c.secondError()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            return " (" + c.counter().id() + " counts " + c.count().degree() + " modulo " + c.count().prime() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " but " + c.second().degree() + " modulo " + c.second().prime() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }).orElse(""); //$NON-NLS-1$
    }

    private JsonObject positiveDimensional(String name, PolynomialSystem system, CountResult exact, List<Check> checks,
            JsonObject json) {
        String message = "the solution set has dimension " + exact.dimension() + " (mod p computation, p = " //$NON-NLS-1$ //$NON-NLS-2$
                + exact.prime() + "); isolated points are not counted here"; //$NON-NLS-1$
        json.addProperty(STATUS, POSITIVE_DIMENSIONAL);
        json.addProperty("dimension", exact.dimension()); //$NON-NLS-1$
        json.addProperty(MESSAGE, message);
        json.add("crossCheck", crossCheck(checks, null)); //$NON-NLS-1$
        String why = system.equationCount() < system.variableCount() ? " (" + shape(system) + ")" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        err.println("neuroalgebra: " + name + ": " + message + why); //$NON-NLS-1$ //$NON-NLS-2$
        return json;
    }

    private static String shape(PolynomialSystem system) {
        int m = system.equationCount();
        int n = system.variableCount();
        return m + (m == 1 ? " equation in " : " equations in ") + n + (n == 1 ? " unknown" : " unknowns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String inconsistentMessage() {
        return "no solutions (the system is inconsistent: the Gröbner basis is {1})"; //$NON-NLS-1$
    }

    private static Optional<Integer> nonzeroConstant(PolynomialSystem system) {
        for (int i = 0; i < system.equationCount(); i++) {
            Polynomial f = system.equations().get(i);
            if (!f.isZero() && f.degree() == 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static int numericalCount(SolveResult result) {
        int count = 0;
        for (Solution s : result.finiteSolutions()) {
            count += s.multiplicity();
        }
        return count;
    }

    /** Both methods count the same solutions: none when the ideal is the unit ideal, else D points. */
    private static boolean agrees(CountResult count, SolveResult result) {
        boolean sameCount = count.isEmpty() ? numericalCount(result) == 0
                : count.dimension() == 0 && count.degree() == numericalCount(result);
        return sameCount && result.failedPathCount() == 0;
    }

    private static JsonArray crossCheck(List<Check> checks, SolveResult result) {
        JsonArray array = new JsonArray();
        for (Check check : checks) {
            JsonObject entry = new JsonObject();
            entry.addProperty("counter", check.counter().id()); //$NON-NLS-1$
            if (check.count() == null) {
                entry.addProperty("error", check.error()); //$NON-NLS-1$
            } else {
                CountResult count = check.count();
                entry.addProperty("dimension", count.dimension()); //$NON-NLS-1$
                entry.addProperty("degree", count.degree()); //$NON-NLS-1$
                entry.addProperty("prime", count.prime()); //$NON-NLS-1$
                if (check.second() != null) {
                    entry.addProperty("secondPrime", check.second().prime()); //$NON-NLS-1$
                    entry.addProperty("secondDegree", check.second().degree()); //$NON-NLS-1$
                    entry.addProperty("primesAgree", check.primesAgree()); //$NON-NLS-1$
                } else if (check.secondError() != null) {
                    entry.addProperty("secondPrimeError", check.secondError()); //$NON-NLS-1$
                }
                if (result != null) {
                    entry.addProperty("agrees", agrees(count, result)); //$NON-NLS-1$
                    entry.addProperty("numericalCount", numericalCount(result)); //$NON-NLS-1$
                }
            }
            array.add(entry);
        }
        return array;
    }

    private void classify(String name, JsonObject json, SolveResult result, Optional<CountResult> exact,
            List<Check> checks) {
        String exactCount = exact.map(c -> "; the exact count mod " + c.prime() + " is " + c.degree()).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (result.failedPathCount() > 0) {
            json.addProperty(STATUS, INCOMPLETE);
            err.println("neuroalgebra: " + name + ": " + result.failedPathCount() + " of " + result.pathsTracked() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " paths failed " + failureCounts(result) + ": the solutions found may be incomplete" + exactCount); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        Optional<Check> disagreeing = checks.stream().filter(c -> c.count() != null && !agrees(c.count(), result))
                .findFirst();
        if (disagreeing.isPresent()) {
            CountResult count = disagreeing.get().count();
            json.addProperty(STATUS, DISAGREES);
            err.println("neuroalgebra: " + name + ": the numerical solver finds " + numericalCount(result) //$NON-NLS-1$ //$NON-NLS-2$
                    + " solutions with multiplicity, " + disagreeing.get().counter().id() + " mod " + count.prime() //$NON-NLS-1$ //$NON-NLS-2$
                    + " counts " + count.degree() + ": the result is not confirmed"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (exact.isPresent() && exact.get().isEmpty()) {
            json.addProperty(STATUS, INCONSISTENT);
            json.addProperty(MESSAGE, inconsistentMessage());
            return;
        }
        json.addProperty(STATUS, SOLVED);
    }

    private static String failureCounts(SolveResult result) {
        return result.failures().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static void addSolveResult(JsonObject json, SolveResult result) {
        JsonArray solutions = new JsonArray();
        for (Solution s : result.solutions()) {
            JsonObject entry = new JsonObject();
            JsonArray coordinates = new JsonArray();
            for (Complex z : s.coordinates()) {
                JsonArray pair = new JsonArray();
                pair.add(z.re());
                pair.add(z.im());
                coordinates.add(pair);
            }
            entry.add("coordinates", coordinates); //$NON-NLS-1$
            entry.addProperty("real", s.real()); //$NON-NLS-1$
            entry.addProperty("multiplicity", s.multiplicity()); //$NON-NLS-1$
            entry.addProperty("atInfinity", s.atInfinity()); //$NON-NLS-1$
            entry.addProperty("singular", s.singular()); //$NON-NLS-1$
            if (Double.isFinite(s.residual())) {
                entry.addProperty("residual", s.residual()); //$NON-NLS-1$
            }
            if (Double.isFinite(s.conditionNumber())) {
                entry.addProperty("conditionNumber", s.conditionNumber()); //$NON-NLS-1$
            }
            solutions.add(entry);
        }
        json.add("solutions", solutions); //$NON-NLS-1$
        json.addProperty("finiteSolutions", result.finiteSolutions().size()); //$NON-NLS-1$
        json.addProperty("realSolutions", result.realSolutions().size()); //$NON-NLS-1$
        json.addProperty("pathsTracked", result.pathsTracked()); //$NON-NLS-1$
        json.addProperty("failedPaths", result.failedPathCount()); //$NON-NLS-1$
        JsonObject failures = new JsonObject();
        for (Map.Entry<FailureReason, Integer> failure : result.failures().entrySet()) {
            failures.addProperty(failure.getKey().name(), failure.getValue());
        }
        json.add("failures", failures); //$NON-NLS-1$
        json.addProperty("method", result.method()); //$NON-NLS-1$
        json.addProperty("seconds", result.seconds()); //$NON-NLS-1$
    }

    /** Prints a human-readable report; a failed run has already said why on stderr. */
    void print(JsonObject json) {
        if (json.has(MESSAGE)) {
            out.println(json.get(MESSAGE).getAsString());
        }
        if (json.has("pathsTracked")) { //$NON-NLS-1$
            out.println(json.get("finiteSolutions").getAsInt() + " finite solutions (" + json.get("realSolutions").getAsInt() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " real), " + json.get("pathsTracked").getAsInt() + " paths, " + json.get("failedPaths").getAsInt() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " failed " + json.get("failures") + "; " + json.get("method").getAsString() + ", seed " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    + json.get("seed").getAsLong()); //$NON-NLS-1$
            json.getAsJsonArray("solutions").forEach(s -> out.println("  " + s)); //$NON-NLS-1$ //$NON-NLS-2$
            out.println(json.get("certification").getAsString() + String.format(Locale.ROOT, "; certification %.3f s", //$NON-NLS-1$ //$NON-NLS-2$
                    json.get("certificationSeconds").getAsDouble())); //$NON-NLS-1$
        }
        if (json.has(EVIDENCE)) {
            out.println((json.get(CERTIFIED).getAsBoolean() ? "certified: " : "numerical: ") //$NON-NLS-1$ //$NON-NLS-2$
                    + json.get(EVIDENCE).getAsString());
        }
        if (json.has("components")) { //$NON-NLS-1$
            SolveDecomposition.print(json, out);
        }
        if (json.has("crossCheck")) { //$NON-NLS-1$
            json.getAsJsonArray("crossCheck").forEach(c -> out.println("cross-check: " + c)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
