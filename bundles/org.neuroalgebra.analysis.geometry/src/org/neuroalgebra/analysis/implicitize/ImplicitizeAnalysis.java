// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.implicitize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.implicit.Implicitization;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.CostEstimate;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.internal.TopComponentCheck;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code implicitize} analysis: the equations of M of degree ≤ {@code degree} by exact
 * interpolation ({@link Implicitization}). Setting {@code chart}: coordinate names separated by
 * blanks, to be used first as the independent coordinates in which the equations are written
 * (e.g. the six coefficients that make the lightning quartic appear in its textbook form). The
 * size of the interpolation in the highest degree is bounded up front
 * ({@link CostEstimate#INTERPOLATION_MONOMIALS}).
 */
@Component(service = IAnalysis.class)
public class ImplicitizeAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "implicitize"; //$NON-NLS-1$

    static final AnalysisSetting DEGREE = AnalysisSetting.integer("degree", 2L, 1, 1_000, //$NON-NLS-1$
            "the largest degree of the equations searched"); //$NON-NLS-1$

    static final AnalysisSetting CHART = AnalysisSetting.text("chart", "", //$NON-NLS-1$ //$NON-NLS-2$
            "coordinate names, separated by blanks, to use first as the independent coordinates of the equations"); //$NON-NLS-1$

    private static final List<AnalysisSetting> SETTINGS = List.of(DEGREE, CHART);

    private static final long[] PRIMES = { ModP.PRIME_1, ModP.PRIME_2 };

    private SolverRegistry solvers;

    /** For use by Declarative Services, which then injects the solvers. */
    public ImplicitizeAnalysis() {
    }

    /**
     * @param solvers
     *            where to find the exact counter that compares V(F) with M
     */
    public ImplicitizeAnalysis(SolverRegistry solvers) {
        this.solvers = solvers;
    }

    @Reference
    void setSolvers(SolverRegistry registry) {
        this.solvers = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Implicit equations of the neuromanifold"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return SETTINGS;
    }

    /**
     * The chart must name coordinates, and the interpolation up to degree {@code degree} must
     * stay within the column limit. The monomials of that degree in dim M variables (M spans a
     * space of at least its own dimension; the mod-p rank of one Jacobian gives dim M) must be
     * few enough to sort into blocks, and the largest block, which is what is interpolated, must
     * fit the heap.
     */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        Parametrization parametrization = parametrization(request);
        List<Integer> chart = chart(SettingValues.text(request, CHART), parametrization.coordinateNames());
        int degree = SettingValues.integer(request, DEGREE);
        int dimension = dimensionLowerBound(parametrization, request.seed());
        new CostEstimate("monomials of degree " + degree + " in at least " + dimension //$NON-NLS-1$ //$NON-NLS-2$
                + " chart coordinates (dim M) to sort into blocks for the interpolation", //$NON-NLS-1$
                Monomials.count(Math.max(1, dimension), degree, true),
                BigInteger.valueOf(Implicitization.ENUMERATED_MONOMIALS), DEGREE.name(), "lower degree").require(); //$NON-NLS-1$
        long block = Implicitization.largestBlock(parametrization, degree, chart, request.seed());
        CostEstimate.interpolation(request, "monomials in the largest block of the interpolation up to degree " + degree //$NON-NLS-1$
                + " (a dense matrix of " + block + "² entries of 8 bytes)", //$NON-NLS-1$ //$NON-NLS-2$
                BigInteger.valueOf(block), DEGREE.name(), "lower degree or raise the heap (NEUROALGEBRA_VMARGS=-Xmx…)").require(); //$NON-NLS-1$
    }

    /**
     * Several equations: whether M is the only top-dimensional component of their zero set, which is
     * what an ED count on V(F) needs (docs/MATHEMATICS.md §6.2). The Jacobian rank is a lower bound
     * of dim M, and too low a bound can only make the check fail.
     */
    private TopComponentCheck.Verdict topComponent(Parametrization parametrization, ImplicitEquations equations,
            long seed, ProgressMonitor monitor) {
        List<Integer> coordinates = IntStream.range(0, parametrization.ambientDimension()).boxed().toList();
        return TopComponentCheck.check(solvers.counters().get(0), parametrization, equations.all(), coordinates,
                dimensionLowerBound(parametrization, seed), PRIMES, seed, monitor);
    }

    /** @return the rank of the Jacobian modulo a prime at a random integer point: a lower bound of dim M */
    private static int dimensionLowerBound(Parametrization parametrization, long seed) {
        if (parametrization.parameterCount() == 0 || parametrization.ambientDimension() == 0) {
            return 0;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[parametrization.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextLong(1, ModP.PRIME_1);
        }
        return ModularMatrix.of(parametrization.jacobian(theta, ModP.PRIME_1), ModP.PRIME_1).rank();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("implicitization: checking the size", -1); //$NON-NLS-1$
        check(request);
        Parametrization parametrization = parametrization(request);
        String name = request.subjectName();
        int degree = SettingValues.integer(request, DEGREE);
        List<Integer> chart = chart(SettingValues.text(request, CHART), parametrization.coordinateNames());
        long start = System.nanoTime();
        try {
            ImplicitEquations equations = Implicitization.compute(parametrization, degree,
                    CostEstimate.interpolationLimit(request), chart, request.seed(), monitor);
            Completeness completeness = Completeness.of(parametrization, equations, request.seed());
            Boolean onlyTopComponent = null;
            String reason = completeness.reason();
            if (!completeness.proven() && equations.equations().size() >= 2 && solvers != null
                    && !solvers.counters().isEmpty()) {
                try {
                    TopComponentCheck.Verdict top = topComponent(parametrization, equations, request.seed(), monitor);
                    onlyTopComponent = top.proven();
                    reason += "; " + top.account(); //$NON-NLS-1$
                } catch (CancellationException e) {
                    throw e; // an IllegalStateException too: a cancel, not a failed comparison
                } catch (IllegalArgumentException | IllegalStateException e) {
                    reason += "; V(F) was not compared with M (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return new ImplicitizeResult(name, parametrization.describe(), parametrization.coordinateNames(),
                    equations, completeness.proven(), reason, onlyTopComponent, (System.nanoTime() - start) / 1e9);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new AnalysisException(Kind.FAILED, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Parametrization parametrization(AnalysisRequest request) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the implicitize analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ArchitectureParametrizations.of(architecture, request.monomialLimit());
    }

    private static List<Integer> chart(String text, List<String> names) throws AnalysisException {
        List<Integer> chart = new ArrayList<>();
        for (String name : text.trim().split("\\s+")) { //$NON-NLS-1$
            if (name.isEmpty()) {
                continue;
            }
            int index = names.indexOf(name);
            if (index < 0) {
                throw AnalysisException.badSetting(CHART.name(), "option chart: no coordinate '" + name //$NON-NLS-1$
                        + "'; coordinates are named like '" + names.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (chart.contains(index)) {
                throw AnalysisException.badSetting(CHART.name(), "option chart: coordinate '" + name //$NON-NLS-1$
                        + "' is named twice"); //$NON-NLS-1$
            }
            chart.add(index);
        }
        return chart;
    }
}
