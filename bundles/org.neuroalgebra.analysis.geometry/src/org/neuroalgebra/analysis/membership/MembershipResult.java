// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;

import com.google.gson.JsonObject;

/**
 * The outcome of a membership test (docs/MATHEMATICS.md §3). JSON fields: {@code analysis},
 * {@code subject}, {@code architecture}, {@code target}, {@code member} (true, false, or null
 * when unknown), {@code verdict} ("member", "not a member", "unknown"), {@code dimension} (dim M
 * over C, by the Jacobian rank), {@code ambientDimension} (dim V), {@code witness}
 * (parameter name → value, or null), {@code witnessResidual} (max |c_{f_θ} − c_target| at the
 * witness, evaluated exactly from its decimal digits; null without witness),
 * {@code remainingFiberDimension}, {@code solutions} (complex points found on the fibre),
 * {@code realSolutions}, {@code expectedSolutions} (the generic fibre size ∏ d_i! after
 * normalization when the fibre is finite, else null), {@code pathsTracked}, {@code failedPaths},
 * {@code pathsAtInfinity}, and the provenance tail (docs/RESULTS.md).
 *
 * @param subject
 *            the architecture's name
 * @param description
 *            the parametrization described
 * @param target
 *            the target polynomial as given
 * @param membership
 *            the answer
 * @param dimension
 *            dim M over C
 * @param ambientDimension
 *            dim V
 * @param witnessNames
 *            the parameter names (empty without witness)
 * @param witness
 *            a real θ with f_θ ≈ target, or null
 * @param witnessResidual
 *            its exact residual as a double, NaN without witness
 * @param remainingFiberDimension
 *            the generic fibre dimension left after normalizing the scalings
 * @param solutions
 *            the complex solutions found
 * @param realSolutions
 *            the real solutions found
 * @param expectedSolutions
 *            the generic number of solutions, -1 when not finite or unknown
 * @param pathsTracked
 *            homotopy paths tracked
 * @param failedPaths
 *            paths that failed
 * @param pathsAtInfinity
 *            paths that diverged to infinity
 * @param certified
 *            true for exact answers (a monomial outside the ambient space, an implicit
 *            equation of M that the target violates) and for a "member" whose real witness is
 *            proven by Krawczyk's operator on square normalized fibre equations
 * @param notes
 *            explanations
 * @param seed
 *            the seed of every random choice
 * @param method
 *            how it was computed
 * @param seconds
 *            wall-clock time
 */
public record MembershipResult(String subject, String description, String target, Membership membership,
        int dimension, int ambientDimension, List<String> witnessNames, double[] witness, double witnessResidual, int remainingFiberDimension,
        int solutions, int realSolutions, long expectedSolutions, int pathsTracked, int failedPaths,
        int pathsAtInfinity, boolean certified, List<String> notes, long seed, String method, double seconds)
        implements AnalysisResult {

    /** Copies the mutable parts. */
    public MembershipResult {
        witnessNames = List.copyOf(witnessNames);
        witness = witness == null ? null : witness.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] witness() {
        return witness == null ? null : witness.clone();
    }

    @Override
    public String analysisId() {
        return MembershipAnalysis.ID;
    }

    /** @return "member", "not a member" or "unknown" */
    public String verdict() {
        return switch (membership) {
            case MEMBER -> "member"; //$NON-NLS-1$
            case NOT_MEMBER -> "not a member"; //$NON-NLS-1$
            case UNKNOWN -> "unknown"; //$NON-NLS-1$
        };
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add("target " + target + ": " + verdict() + (certified ? " (certified)" : " (numerical)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        lines.add("over C: dim M = " + dimension + " of dim V = " + ambientDimension //$NON-NLS-1$ //$NON-NLS-2$
                + (dimension == ambientDimension ? " (fills V)" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        if (witness != null) {
            StringBuilder sb = new StringBuilder("witness θ:"); //$NON-NLS-1$
            for (int i = 0; i < witness.length; i++) {
                sb.append(' ').append(witnessNames.get(i)).append('=').append(String.format("%.6g", witness[i])); //$NON-NLS-1$
            }
            lines.add(sb.append(String.format("; residual %.2e", witnessResidual)).toString()); //$NON-NLS-1$
        }
        lines.add(String.format("%d solutions (%d real), expected %s; %d paths, %d failed, %d at infinity", //$NON-NLS-1$
                solutions, realSolutions, expectedSolutions < 0 ? "?" : Long.toString(expectedSolutions), //$NON-NLS-1$
                pathsTracked, failedPaths, pathsAtInfinity));
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public Provenance provenance() {
        return new Provenance(certified, method, seed, seconds, notes);
    }

    @Override
    public JsonObject toJson() {
        JsonObject w = null;
        if (witness != null) {
            w = new JsonObject();
            for (int i = 0; i < witness.length; i++) {
                w.add(witnessNames.get(i), ResultJson.number(witness[i]));
            }
        }
        return ResultJson.begin(this).text("architecture", description) //$NON-NLS-1$
                .text("target", target) //$NON-NLS-1$
                .flag("member", member()) //$NON-NLS-1$
                .text("verdict", verdict()) //$NON-NLS-1$
                .integer("dimension", dimension) //$NON-NLS-1$
                .integer("ambientDimension", ambientDimension) //$NON-NLS-1$
                .element("witness", w) //$NON-NLS-1$
                .number("witnessResidual", witness == null ? Double.NaN : witnessResidual) //$NON-NLS-1$
                .integer("remainingFiberDimension", remainingFiberDimension) //$NON-NLS-1$
                .integer("solutions", solutions) //$NON-NLS-1$
                .integer("realSolutions", realSolutions) //$NON-NLS-1$
                .integer("expectedSolutions", expectedSolutions, expectedSolutions >= 0) //$NON-NLS-1$
                .integer("pathsTracked", pathsTracked) //$NON-NLS-1$
                .integer("failedPaths", failedPaths) //$NON-NLS-1$
                .integer("pathsAtInfinity", pathsAtInfinity) //$NON-NLS-1$
                .end();
    }

    /** @return true for a member, false for a non-member, null when unknown */
    private Boolean member() {
        return membership == Membership.UNKNOWN ? null : membership == Membership.MEMBER;
    }

    /**
     * The answer first: certified only for exact answers; a witness is found in floating point
     * and checked exactly from its digits, which the residual reports.
     */
    @Override
    public List<ResultFigure> figures() {
        return List.of(
                ResultFigure.of("member", "Member of the neuromanifold", member(), //$NON-NLS-1$ //$NON-NLS-2$
                        certified ? Evidence.CERTIFIED : Evidence.NUMERICAL),
                ResultFigure.info("target", "Target", target), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("dimension", "dim M over C", (long) dimension), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("ambientDimension", "dim V", (long) ambientDimension), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("witnessResidual", "Residual of the witness", //$NON-NLS-1$ //$NON-NLS-2$
                        witness == null || !Double.isFinite(witnessResidual) ? null : witnessResidual, Evidence.NUMERICAL),
                ResultFigure.of("solutions", "Complex solutions on the fibre", (long) solutions, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("realSolutions", "Real solutions", (long) realSolutions, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("expectedSolutions", "Expected solutions", //$NON-NLS-1$ //$NON-NLS-2$
                        expectedSolutions < 0 ? null : expectedSolutions),
                ResultFigure.info("failedPaths", "Failed paths", (long) failedPaths), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The witness parameters, when there is one. */
    @Override
    public List<ResultTable> tables() {
        if (witness == null) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < witness.length; i++) {
            rows.add(List.<Object>of(witnessNames.get(i), witness[i]));
        }
        return List.of(new ResultTable("witness", "Witness parameters θ with f_θ = target", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("parameter", "value"), rows)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
