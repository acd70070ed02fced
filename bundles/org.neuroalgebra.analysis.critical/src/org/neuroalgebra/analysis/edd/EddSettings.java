// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.CostEstimate;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.validation.UserMetrics;

/**
 * The settings of the {@code edd} analysis and their up-front check: the metric must act on the
 * space of the data (a kernel of dimension below it), the point must have one number per
 * coordinate, the formulation must fit the architecture, and for a variety the number of critical
 * points to track, bounded by the generic ED degree of its equations' degrees, must stay within
 * {@link CostEstimate#HOMOTOPY_PATHS}.
 */
final class EddSettings {

    static final AnalysisSetting METRIC = AnalysisSetting.field("metric", //$NON-NLS-1$
            "the quadratic form of the distance: identity, bombieri-weyl, random seed N, data NAME, kernel K seed N, " //$NON-NLS-1$
                    + "weights (W1, ..., Wn) or matrix ((Q11, ..., Q1n), ..., (Qn1, ..., Qnn)), n the number of " //$NON-NLS-1$
                    + "coordinates in the order results list them"); //$NON-NLS-1$

    static final AnalysisSetting POINT = AnalysisSetting.text("point", null, //$NON-NLS-1$
            "the data point u as comma-separated numbers, one per coordinate (default: Gaussian from the seed)"); //$NON-NLS-1$

    static final AnalysisSetting FORMULATION = AnalysisSetting.choice(ArchitectureEdd.FORMULATION, null,
            List.of(ArchitectureEdd.PARAMETRIC, ArchitectureEdd.IMPLICIT, ArchitectureEdd.GAUGE_FIXED),
            "architectures: critical points in parameter space (MLPs), of the implicit equation in a chart of the span, " //$NON-NLS-1$
                    + "or in an injective gauge-fixed chart of M (linear networks, one hidden monomial neuron)"); //$NON-NLS-1$

    static final AnalysisSetting DEGREE = AnalysisSetting.integer(ImplicitArchitectureEdd.DEGREE_OPTION, 6L, 2, 100,
            "implicit formulation: the largest degree searched for the equation of M in its span"); //$NON-NLS-1$

    static final List<AnalysisSetting> ALL = List.of(METRIC, POINT, FORMULATION, DEGREE);

    /** Up to this many coordinates, a metric of the wrong size is told their order. */
    private static final int SHOWN_COORDINATES = 30;

    private EddSettings() {
    }

    static void check(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Variety variety) {
            List<Polynomial> equations = VarietyEquations.of(variety);
            int n = variety.getCoordinates().size();
            metric(request, n, null, variety.getCoordinates(), "the variety lies in C^" + n); //$NON-NLS-1$
            point(request, n, "the variety lies in C^" + n); //$NON-NLS-1$
            paths(request, equations, n).require();
        } else if (request.subject() instanceof Architecture architecture) {
            Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
            NumericalBreakdown.requireFinite(architecture.getName(), parametrization);
            int n = parametrization.ambientDimension();
            String space = "the coefficient space has dimension " + n; //$NON-NLS-1$
            metric(request, n, parametrization, parametrization.coordinateNames(), space);
            point(request, n, space);
            if (ArchitectureEdd.GAUGE_FIXED.equals(SettingValues.text(request, FORMULATION))) {
                String reason = parametrization instanceof MlpParametrization mlp ? GaugeFixedChart.notApplicable(mlp)
                        : "it is not a polynomial MLP"; //$NON-NLS-1$
                if (reason != null) {
                    throw AnalysisException.badSetting(FORMULATION.name(), "architecture '" + architecture.getName() //$NON-NLS-1$
                            + "': the gauge-fixed formulation needs an injective chart of M, and " + reason); //$NON-NLS-1$
                }
            }
            SettingValues.integer(request, DEGREE);
        }
    }

    /**
     * The metric must act on the space of the data: a kernel of dimension below it, Bombieri–Weyl
     * only where the coordinates are coefficients of monomials, weights or a matrix of its size.
     *
     * @param parametrization
     *            the architecture's, or null for a variety
     * @param coordinates
     *            the coordinates in the order the weights and rows refer to
     */
    private static void metric(AnalysisRequest request, int n, Parametrization parametrization,
            List<String> coordinates, String space) throws AnalysisException {
        Metric metric = request.spec().getMetric();
        if (metric == null) {
            return;
        }
        if (metric.getKind() == MetricKind.KERNEL && metric.getKernelDimension() >= n) {
            throw AnalysisException.badSetting(METRIC.name(), "metric kernel " + metric.getKernelDimension() //$NON-NLS-1$
                    + ": the kernel dimension must be below the dimension of the space the metric acts on; " + space); //$NON-NLS-1$
        }
        String refusal = metric.getKind() == MetricKind.BOMBIERI_WEYL
                ? EddAnalysis.EddMetrics.bombieriWeylRefusal(parametrization)
                : null;
        if (refusal != null) {
            throw AnalysisException.badSetting(METRIC.name(), refusal);
        }
        if (UserMetrics.isUserMetric(metric) && UserMetrics.dimension(metric) != n) {
            String order = n <= SHOWN_COORDINATES ? " (coordinates in order: " + String.join(", ", coordinates) + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : ""; //$NON-NLS-1$
            throw AnalysisException.badSetting(METRIC.name(), EddAnalysis.EddMetrics.sizeMismatch(metric, space) + order);
        }
    }

    /** @return the point of the request, or null when it has none */
    static double[] point(AnalysisRequest request, int n, String space) throws AnalysisException {
        String text = SettingValues.text(request, POINT);
        if (text == null) {
            return null;
        }
        String[] parts = text.split(","); //$NON-NLS-1$
        if (parts.length != n) {
            throw AnalysisException.badSetting(POINT.name(), "point has " + parts.length + " coordinates, " + space); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                u[i] = Rational.parse(parts[i].trim()).doubleValue();
            } catch (RuntimeException e) {
                throw AnalysisException.badSetting(POINT.name(), "point: '" + parts[i].trim() + "' is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!Double.isFinite(u[i])) {
                throw AnalysisException.badSetting(POINT.name(), "point: '" + parts[i].trim() //$NON-NLS-1$
                        + "' is beyond double precision"); //$NON-NLS-1$
            }
        }
        return u;
    }

    /**
     * The critical points of the distance to V(F) are at most the generic ED degree of a complete
     * intersection of the same degrees, d_1⋯d_c Σ_{i_1+…+i_c ≤ n−c} ∏ (d_j − 1)^{i_j} with the c
     * largest degrees; the codimension c is not known before a Gröbner basis, so the largest value
     * over the possible c is taken. Monodromy tracks one path per critical point and loop.
     */
    static CostEstimate paths(AnalysisRequest request, List<Polynomial> equations, int n) {
        int[] degrees = equations.stream().mapToInt(Polynomial::degree).sorted().toArray();
        BigInteger bound = BigInteger.ZERO;
        for (int c = 1; c <= Math.min(degrees.length, Math.max(1, n - 1)); c++) {
            bound = bound.max(edDegreeBound(degrees, c, n));
        }
        return CostEstimate.of(request, "critical points to track (the generic ED degree of equations of degrees " //$NON-NLS-1$
                + Arrays.toString(degrees) + " in " + n + " coordinates)", bound, CostEstimate.HOMOTOPY_PATHS, //$NON-NLS-1$ //$NON-NLS-2$
                null, "homotopy continuation cannot track that many paths in reasonable time"); //$NON-NLS-1$
    }

    /** @return the ED degree bound with the c largest of the ascending degrees */
    static BigInteger edDegreeBound(int[] ascending, int c, int n) {
        int top = Math.max(0, n - c);
        // coefficients of ∏ 1 / (1 − (d_j − 1) t) up to t^top; their sum is the inner sum
        BigInteger[] series = new BigInteger[top + 1];
        Arrays.fill(series, BigInteger.ZERO);
        series[0] = BigInteger.ONE;
        BigInteger product = BigInteger.ONE;
        for (int j = ascending.length - c; j < ascending.length; j++) {
            int d = Math.max(1, ascending[j]);
            product = product.multiply(BigInteger.valueOf(d));
            BigInteger a = BigInteger.valueOf(d - 1L);
            for (int k = 1; k <= top; k++) {
                series[k] = series[k].add(a.multiply(series[k - 1]));
            }
        }
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger term : series) {
            sum = sum.add(term);
        }
        return product.multiply(sum);
    }
}
