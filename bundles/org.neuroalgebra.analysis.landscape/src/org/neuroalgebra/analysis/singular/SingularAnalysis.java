// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code singular} analysis as a service. For a polynomial MLP its sparse-
 * subnetwork strata (removed neurons, and constant ones when σ(0) ≠ 0: {@link SparseStrata}) with
 * their dimensions, for a 1-D CNN its
 * strata of zero or shortened filters ({@link CnnStrata}); with option {@code point} (θ as
 * comma-separated numbers in {@link Parametrization#parameterNames()} order) also the stratum of
 * that point. Lightning self-attention has no sparse strata here: it needs {@code point}, which is
 * classified by its Jacobian rank against dim M (the result lists M itself as its one stratum). For a
 * variety given by one equation, or by several (the Jacobian criterion, {@link SingularLocus#ofVariety}):
 * the dimension and degree of its singular locus; for a plane curve
 * (with any inequalities) also its real singular points and boundary points ({@link CurveStrata}); for
 * a hypersurface in 3 or more coordinates (with any inequalities) its real singular points with their
 * type (A₁, A_k, …) and certificates, and its boundary strata ({@link HypersurfaceStrata}).
 */
@Component(service = IAnalysis.class)
public class SingularAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "singular"; //$NON-NLS-1$

    static final AnalysisSetting POINT = AnalysisSetting.text("point", null, //$NON-NLS-1$
            "networks: a parameter point θ (comma-separated numbers in parameter order) whose stratum is named"); //$NON-NLS-1$

    static final AnalysisSetting TOLERANCE = AnalysisSetting.number("tolerance", 1e-9, 0, true, 1, //$NON-NLS-1$
            "networks: weights of the point below this size count as zero"); //$NON-NLS-1$

    private static final List<AnalysisSetting> SETTINGS = List.of(POINT, TOLERANCE);

    private SolverRegistry solvers;

    /** For use outside OSGi; varieties then need {@link #SingularAnalysis(SolverRegistry)}. */
    public SingularAnalysis() {
    }

    public SingularAnalysis(SolverRegistry solvers) {
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
        return "Singularities and sparse subnetworks"; //$NON-NLS-1$
    }

    @Override
    public List<AnalysisSetting> settings() {
        return SETTINGS;
    }

    /** A network must fit in double precision, and the point have one number per parameter. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Variety) {
            return;
        }
        Parametrization parametrization = RequestInputs.network(request).parametrization();
        String pointText = SettingValues.text(request, POINT);
        if (pointText != null) {
            parsePoint(pointText, parametrization);
        }
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        long start = System.nanoTime();
        monitor.begin("singularities of " + request.subjectName(), -1); //$NON-NLS-1$
        if (request.subject() instanceof Variety variety) {
            return ofVariety(request, variety, monitor, start);
        }
        Parametrization parametrization = RequestInputs.network(request).parametrization();
        List<SparseStratum> strata = strata(request, parametrization);
        PointClassification point = null;
        String pointText = SettingValues.text(request, POINT);
        if (pointText != null) {
            double tolerance = SettingValues.number(request, TOLERANCE);
            double[] theta = parsePoint(pointText, parametrization);
            try {
                PointClassifier classifier = new PointClassifier(parametrization, request.seed());
                point = classifier.classify(theta, tolerance);
                if (strata.isEmpty()) {
                    strata = List.of(new SparseStratum(List.of(), classifier.genericRank()));
                }
            } catch (ArithmeticException e) {
                throw NumericalBreakdown.of(request, e);
            }
        }
        return new SingularAnalysisResult(request.subjectName(), parametrization.parameterNames(), strata, point,
                null, null, null, request.seed(), (System.nanoTime() - start) / 1e9);
    }

    /** @return the sparse strata of an MLP or a CNN; none for attention, which then needs a point */
    private static List<SparseStratum> strata(AnalysisRequest request, Parametrization parametrization)
            throws AnalysisException {
        try {
            if (parametrization instanceof MlpParametrization mlp) {
                return SparseStrata.of(mlp, request.seed());
            }
            if (parametrization instanceof ConvolutionParametrization cnn) {
                return CnnStrata.of(cnn, request.seed());
            }
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "'" + request.subjectName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (request.option(POINT.name(), null) == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "'" + request.subjectName() //$NON-NLS-1$
                    + "': sparse-subnetwork strata are listed for MLPs (zero neurons) and CNNs (zero or shortened " //$NON-NLS-1$
                    + "filters) only; for lightning self-attention give point=\"θ\" to classify that point by " //$NON-NLS-1$
                    + "its Jacobian rank against dim M"); //$NON-NLS-1$
        }
        return List.of();
    }

    private SingularAnalysisResult ofVariety(AnalysisRequest request, Variety variety, ProgressMonitor monitor,
            long start) throws AnalysisException {
        List<Polynomial> equations = VarietyEquations.of(variety);
        if (equations.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() + "' has no equation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SolutionCounter counter = HomotopySolvers.counter(solvers);
        if (counter == null) {
            throw new AnalysisException(Kind.FAILED, "the singular locus needs an exact counter (Gröbner bases)"); //$NON-NLS-1$
        }
        try {
            if (equations.size() > 1) {
                if (!variety.getInequalities().isEmpty()) {
                    throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                            + "': boundary strata of inequalities are computed for one equation only"); //$NON-NLS-1$
                }
                SingularLocus locus = SingularLocus.ofVariety(equations, counter, request.seed(), monitor);
                return new SingularAnalysisResult(variety.getName(), List.of(), List.of(), null, locus, null, null,
                        request.seed(), (System.nanoTime() - start) / 1e9);
            }
            if (variety.getCoordinates().size() == 2) {
                CurveStrata strata = CurveStrata.of(PlaneCurve.of(variety), HomotopySolvers.find(solvers), counter,
                        request.seed(), monitor);
                return new SingularAnalysisResult(variety.getName(), List.of(), List.of(), null, strata.locus(), strata,
                        null, request.seed(), (System.nanoTime() - start) / 1e9);
            }
            if (variety.getCoordinates().size() >= 3) {
                HypersurfaceStrata strata = HypersurfaceStrata.of(Hypersurface.of(variety), HomotopySolvers.find(solvers),
                        counter, request.seed(), monitor);
                return new SingularAnalysisResult(variety.getName(), List.of(), List.of(), null, strata.locus(), null,
                        strata, request.seed(), (System.nanoTime() - start) / 1e9);
            }
            if (!variety.getInequalities().isEmpty()) {
                throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                        + "': boundary strata of inequalities need 2 or more coordinates"); //$NON-NLS-1$
            }
            SingularLocus locus = SingularLocus.of(equations.get(0), counter, request.seed(), monitor);
            return new SingularAnalysisResult(variety.getName(), List.of(), List.of(), null, locus, null, null,
                    request.seed(), (System.nanoTime() - start) / 1e9);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new AnalysisException(Kind.FAILED, e.getMessage(), e);
        }
    }

    private static double[] parsePoint(String text, Parametrization parametrization) throws AnalysisException {
        String[] parts = text.split(","); //$NON-NLS-1$
        if (parts.length != parametrization.parameterCount()) {
            throw AnalysisException.badSetting(POINT.name(), "option point has " + parts.length + " values, θ has " //$NON-NLS-1$ //$NON-NLS-2$
                    + parametrization.parameterCount() + " " + parametrization.parameterNames()); //$NON-NLS-1$
        }
        double[] theta = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                theta[i] = Rational.parse(parts[i].trim()).doubleValue();
            } catch (RuntimeException e) {
                throw AnalysisException.badSetting(POINT.name(), "option point: '" + parts[i].trim() + "' is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!Double.isFinite(theta[i])) {
                throw AnalysisException.badSetting(POINT.name(), "option point: '" + parts[i].trim() //$NON-NLS-1$
                        + "' is beyond double precision"); //$NON-NLS-1$
            }
        }
        return theta;
    }
}
