// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.data.Samples;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code loss} result. JSON fields: {@code subject}, {@code samples} (|S|),
 * {@code ambientDimension} (m·d_L), {@code rankQ}, {@code exactRankQ} (rank of A over Q, or -1 when
 * too large), {@code kernelDimension} (m − rank Q), {@code distance} ("metric" | "pseudometric"),
 * {@code gapRatio}, {@code eigenvalues} (of Q, descending), {@code moments} (for d_0 = 1: s_k =
 * Σ a^k, Q[i][j] = s_{i+j}), {@code target} (U as a coefficient vector), {@code offset},
 * {@code offsetSpread}, {@code offsetRelativeSpread}, {@code checks}, {@code data},
 * {@code certified} (the exact rank agrees with the numerical one), {@code seed}, {@code method},
 * {@code seconds}.
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

    @Override
    public boolean certified() {
        return exactRank == rankQ();
    }

    @Override
    public String method() {
        return "least squares via the EJML pseudo-inverse; rank of Q from its eigenvalue gap" //$NON-NLS-1$
                + (exactRank >= 0 ? " and exactly as rank A over Q" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public long seed() {
        return check.seed();
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
        lines.add(String.format("method: %s; seed %d; %.3f s", method(), seed(), seconds)); //$NON-NLS-1$
        return lines;
    }

    private String distance() {
        return kernelDimension() == 0 ? "metric" : "pseudometric"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("data", samples.description()); //$NON-NLS-1$
        json.addProperty("samples", samples.size()); //$NON-NLS-1$
        json.addProperty("ambientDimension", geometry.basis().size() * geometry.outputs()); //$NON-NLS-1$
        json.addProperty("rankQ", rankQ()); //$NON-NLS-1$
        json.addProperty("exactRankQ", exactRank); //$NON-NLS-1$
        json.addProperty("kernelDimension", kernelDimension()); //$NON-NLS-1$
        json.addProperty("distance", distance()); //$NON-NLS-1$
        double gap = geometry.rank().gapRatio();
        json.addProperty("gapRatio", Double.isFinite(gap) ? gap : -1); //$NON-NLS-1$
        json.add("eigenvalues", array(geometry.rank().singularValues())); //$NON-NLS-1$
        json.add("moments", array(moments())); //$NON-NLS-1$
        json.add("target", array(geometry.target())); //$NON-NLS-1$
        json.addProperty("offset", check.offset()); //$NON-NLS-1$
        json.addProperty("offsetSpread", check.spread()); //$NON-NLS-1$
        json.addProperty("offsetRelativeSpread", check.relativeSpread()); //$NON-NLS-1$
        json.addProperty("checks", check.trials()); //$NON-NLS-1$
        json.addProperty("certified", certified()); //$NON-NLS-1$
        json.addProperty("seed", seed()); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }

    static JsonArray array(double[] values) {
        JsonArray array = new JsonArray();
        for (double value : values) {
            array.add(value);
        }
        return array;
    }

    @Override
    public List<ResultSeries> series() {
        return List.of(new ResultSeries("Eigenvalues of Q = AᵀA", "index", "eigenvalue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                geometry.rank().singularValues(), true, rankQ()));
    }
}
