// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code dimension} analysis as a service. It reads no settings besides the seed. */
@Component(service = IAnalysis.class)
public class DimensionAnalysis implements IAnalysis {

    private SolverRegistry solvers;

    /** For use outside OSGi; varieties then need {@link #DimensionAnalysis(SolverRegistry)}. */
    public DimensionAnalysis() {
    }

    public DimensionAnalysis(SolverRegistry solvers) {
        this.solvers = solvers;
    }

    @Reference
    void setSolvers(SolverRegistry registry) {
        this.solvers = registry;
    }

    /** The analysis id. */
    public static final String ID = "dimension"; //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Dimension of the neuromanifold"; //$NON-NLS-1$
    }

    /** A variety's equations must parse; an architecture's coefficients must fit in double precision. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Variety variety) {
            VarietyEquations.of(variety);
        } else if (request.subject() instanceof Architecture architecture) {
            NumericalBreakdown.requireFinite(architecture.getName(),
                    ArchitectureParametrizations.of(architecture, request.monomialLimit()));
        }
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("dimension of " + request.subjectName(), -1); //$NON-NLS-1$
        if (request.subject() instanceof Variety variety) {
            return ofVariety(variety, request.seed(), monitor);
        }
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the dimension analysis needs an architecture or a variety, '" + request.subjectName() + "' is neither"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        NumericalBreakdown.requireFinite(architecture.getName(), parametrization);
        DimensionResult result;
        try {
            result = DimensionComputation.compute(parametrization, request.seed(), monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (ArithmeticException e) {
            throw NumericalBreakdown.of(request, e);
        }
        return new DimensionAnalysisResult(architecture.getName(), parametrization.describe(), result);
    }

    /** Dimension and degree of V(F) from Gröbner bases modulo two primes, which must agree. */
    private VarietyDimensionResult ofVariety(Variety variety, long seed, ProgressMonitor monitor) throws AnalysisException {
        SolutionCounter counter = solvers == null ? null : solvers.counters().stream().findFirst().orElse(null);
        if (counter == null) {
            throw new AnalysisException(Kind.FAILED, "the dimension of a variety needs an exact counter (Gröbner bases)"); //$NON-NLS-1$
        }
        long start = System.nanoTime();
        List<Polynomial> equations = VarietyEquations.of(variety);
        int n = variety.getCoordinates().size();
        CountResult first = counter.count(equations, n, List.of(), ModP.PRIME_1, seed, monitor);
        CountResult second = counter.count(equations, n, List.of(), ModP.PRIME_2, seed, monitor);
        if (first.dimension() != second.dimension() || first.degree() != second.degree()) {
            throw new AnalysisException(Kind.FAILED, "the two primes disagree (dimension " + first.dimension() + " / " //$NON-NLS-1$ //$NON-NLS-2$
                    + second.dimension() + ", degree " + first.degree() + " / " + second.degree() //$NON-NLS-1$ //$NON-NLS-2$
                    + "); an unlucky prime: please report the variety"); //$NON-NLS-1$
        }
        if (first.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() + "' is empty over C"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new VarietyDimensionResult(variety.getName(), first.dimension(), n, first.degree(),
                List.of(first.prime(), second.prime()), seed, first.method(), (System.nanoTime() - start) / 1e9);
    }
}
