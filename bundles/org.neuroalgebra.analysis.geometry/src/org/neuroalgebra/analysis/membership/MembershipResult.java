// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The outcome of a membership test (docs/MATHEMATICS.md §3). JSON fields: {@code analysis},
 * {@code subject}, {@code architecture}, {@code target}, {@code member} (true, false, or null
 * when unknown), {@code verdict} ("member", "not a member", "unknown"), {@code witness}
 * (parameter name → value, or null), {@code witnessResidual} (max |c_{f_θ} − c_target| at the
 * witness, evaluated exactly from its decimal digits; null without witness),
 * {@code remainingFiberDimension}, {@code solutions} (complex points found on the fibre),
 * {@code realSolutions}, {@code expectedSolutions} (the generic fibre size ∏ d_i! after
 * normalization when the fibre is finite, else null), {@code pathsTracked}, {@code failedPaths},
 * {@code pathsAtInfinity}, {@code certified}, {@code notes}, {@code seed}, {@code method},
 * {@code seconds}.
 *
 * @param subject
 *            the architecture's name
 * @param description
 *            the parametrization described
 * @param target
 *            the target polynomial as given
 * @param membership
 *            the answer
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
 *            true only for exact answers (a target outside the ambient space)
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
        List<String> witnessNames, double[] witness, double witnessResidual, int remainingFiberDimension,
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
        notes.forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", method, seed, seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("architecture", description); //$NON-NLS-1$
        json.addProperty("target", target); //$NON-NLS-1$
        if (membership == Membership.UNKNOWN) {
            json.add("member", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            json.addProperty("member", membership == Membership.MEMBER); //$NON-NLS-1$
        }
        json.addProperty("verdict", verdict()); //$NON-NLS-1$
        if (witness == null) {
            json.add("witness", JsonNull.INSTANCE); //$NON-NLS-1$
            json.add("witnessResidual", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            JsonObject w = new JsonObject();
            for (int i = 0; i < witness.length; i++) {
                w.addProperty(witnessNames.get(i), witness[i]);
            }
            json.add("witness", w); //$NON-NLS-1$
            json.addProperty("witnessResidual", witnessResidual); //$NON-NLS-1$
        }
        json.addProperty("remainingFiberDimension", remainingFiberDimension); //$NON-NLS-1$
        json.addProperty("solutions", solutions); //$NON-NLS-1$
        json.addProperty("realSolutions", realSolutions); //$NON-NLS-1$
        if (expectedSolutions < 0) {
            json.add("expectedSolutions", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            json.addProperty("expectedSolutions", expectedSolutions); //$NON-NLS-1$
        }
        json.addProperty("pathsTracked", pathsTracked); //$NON-NLS-1$
        json.addProperty("failedPaths", failedPaths); //$NON-NLS-1$
        json.addProperty("pathsAtInfinity", pathsAtInfinity); //$NON-NLS-1$
        json.addProperty("certified", certified); //$NON-NLS-1$
        JsonArray array = new JsonArray();
        notes.forEach(array::add);
        json.add("notes", array); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        json.addProperty("method", method); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }
}
