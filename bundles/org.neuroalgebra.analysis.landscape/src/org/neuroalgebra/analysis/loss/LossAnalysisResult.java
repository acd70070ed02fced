// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.data.Samples;

import com.google.gson.JsonObject;

/**
 * The {@code loss} result. JSON fields: {@code subject}, {@code samples} (|S|),
 * {@code ambientDimension} (m·d_L), {@code rankQ}, {@code exactRankQ} (rank of A over Q, or null
 * when too large), {@code kernelDimension} (m − rank Q), {@code distance} ("metric" | "pseudometric"),
 * {@code gapRatio} (null when infinite), {@code eigenvalues} (of Q, descending), {@code moments} (for d_0 = 1: s_k =
 * Σ a^k, Q[i][j] = s_{i+j}), {@code target} (U as a coefficient vector), {@code offset},
 * {@code offsetSpread}, {@code offsetRelativeSpread}, {@code checks}, {@code data},
 * and the provenance tail (docs/RESULTS.md; {@code certified}: the exact rank agrees with the
 * numerical one).
 */
public record LossAnalysisResult(String subject, Samples samples, LossGeometry geometry, OffsetCheck check,
        int exactRank, double seconds) implements AnalysisResult {

    @Override
    public String analysisId() {
        return LossAnalysis.ID;
    }

    /** @return rank Q as decided numerically */
    public int rankQ() {
        return geometry.rank().rank();
    }

    /** @return k = dim ker Q */
    public int kernelDimension() {
        return geometry.basis().size() - rankQ();
    }

    /** Certified when the exact rank of A over Q agrees with the numerical rank of Q. */
    @Override
    public Provenance provenance() {
        return Provenance.of(exactRank == rankQ(), "least squares via the EJML pseudo-inverse; rank of Q from its eigenvalue gap" //$NON-NLS-1$
                + (exactRank >= 0 ? " and exactly as rank A over Q" : ""), check.seed(), seconds); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return s_k = Σ_k a_k^j for j = 0 … 2·max degree when d_0 = 1, else empty */
    public double[] moments() {
        if (samples.inputDimension() != 1) {
            return new double[0];
        }
        double[] s = new double[2 * geometry.basis().degree() + 1];
        for (double[] a : samples.inputs()) {
            for (int j = 0; j < s.length; j++) {
                s[j] += Math.pow(a[0], j);
            }
        }
        return s;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        int m = geometry.basis().size();
        lines.add(String.format("%s with %s: |S| = %d, Q = AᵀA is %d×%d", subject, samples.description(), //$NON-NLS-1$
                samples.size(), m, m));
        lines.add(String.format("rank Q = %d (gap %.3g%s), k = dim ker Q = %d: ‖·‖_Q is a %s", rankQ(), //$NON-NLS-1$
                geometry.rank().gapRatio(), exactRank >= 0 ? ", exact rank " + exactRank : "", kernelDimension(), //$NON-NLS-1$ //$NON-NLS-2$
                distance()));
        if (moments().length > 0) {
            lines.add("Q is a Hankel matrix Q[i][j] = s_{i+j}, s = " + Arrays.toString(moments())); //$NON-NLS-1$
        }
        lines.add(String.format("L(f_θ) − ‖C_θ − U‖²_Q = %.6g over %d random θ, spread %.3g (relative %.3g)", //$NON-NLS-1$
                check.offset(), check.trials(), check.spread(), check.relativeSpread()));
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    private String distance() {
        return kernelDimension() == 0 ? "metric" : "pseudometric"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public JsonObject toJson() {
        return ResultJson.begin(this).text("data", samples.description()) //$NON-NLS-1$
                .integer("samples", samples.size()) //$NON-NLS-1$
                .integer("ambientDimension", geometry.basis().size() * geometry.outputs()) //$NON-NLS-1$
                .integer("rankQ", rankQ()) //$NON-NLS-1$
                .integer("exactRankQ", exactRank, exactRank >= 0) //$NON-NLS-1$
                .integer("kernelDimension", kernelDimension()) //$NON-NLS-1$
                .text("distance", distance()) //$NON-NLS-1$
                .number("gapRatio", geometry.rank().gapRatio()) //$NON-NLS-1$
                .numbers("eigenvalues", geometry.rank().singularValues()) //$NON-NLS-1$
                .numbers("moments", moments()) //$NON-NLS-1$
                .numbers("target", geometry.target()) //$NON-NLS-1$
                .number("offset", check.offset()) //$NON-NLS-1$
                .number("offsetSpread", check.spread()) //$NON-NLS-1$
                .number("offsetRelativeSpread", check.relativeSpread()) //$NON-NLS-1$
                .integer("checks", check.trials()) //$NON-NLS-1$
                .end();
    }

    /**
     * rank Q first, certified when the exact rank over Q agrees with the numerical one (and with
     * it the kernel dimension and whether ‖·‖_Q is a metric); the offset is floating point.
     */
    @Override
    public List<ResultFigure> figures() {
        Evidence rank = certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        double gap = geometry.rank().gapRatio();
        return List.of(ResultFigure.of("rankQ", "Rank of Q = AᵀA", (long) rankQ(), rank), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("kernelDimension", "Dimension of ker Q", (long) kernelDimension(), rank), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("distance", "‖·‖_Q is a", distance(), rank), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("exactRankQ", "Exact rank of A over Q", exactRank < 0 ? null : (long) exactRank, //$NON-NLS-1$ //$NON-NLS-2$
                        exactRank < 0 ? Evidence.NONE : Evidence.CERTIFIED),
                ResultFigure.of("gapRatio", "Eigenvalue gap ratio at the rank", Double.isFinite(gap) ? gap : null, //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.NUMERICAL),
                ResultFigure.of("offset", "Offset L(f_θ) − ‖C_θ − U‖²_Q", check.offset(), Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("samples", "Data points |S|", (long) samples.size()), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("ambientDimension", "Ambient dimension", //$NON-NLS-1$ //$NON-NLS-2$
                        (long) geometry.basis().size() * geometry.outputs()),
                new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The eigenvalues of Q, descending. */
    @Override
    public List<ResultTable> tables() {
        double[] eigenvalues = geometry.rank().singularValues();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < eigenvalues.length; i++) {
            rows.add(List.<Object>of((long) (i + 1), eigenvalues[i]));
        }
        return List.of(new ResultTable("eigenvalues", "Eigenvalues of Q = AᵀA", List.of("index", "eigenvalue"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The spectrum of Q on a log axis, with rank Q marked. */
    @Override
    public List<ResultChart> charts() {
        return List.of(ResultChart.spectrum("eigenvalues", "Eigenvalues of Q = AᵀA", "eigenvalue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                geometry.rank().singularValues(), rankQ()));
    }

    /** @deprecated use {@link #charts()} */
    @Deprecated(forRemoval = true)
    @Override
    public List<ResultSeries> series() {
        return List.of(new ResultSeries("Eigenvalues of Q = AᵀA", "index", "eigenvalue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                geometry.rank().singularValues(), true, rankQ()));
    }
}
