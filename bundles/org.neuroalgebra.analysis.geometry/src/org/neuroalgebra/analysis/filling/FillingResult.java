// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Marker;
import org.neuroalgebra.analysis.ResultChart.Orientation;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.internal.ProportionInterval;

import com.google.gson.JsonObject;

/**
 * The real filling of an architecture (docs/MATHEMATICS.md §3.2): which fraction of targets with
 * independent standard Gaussian coefficients in the monomial basis of V is f_θ for a real θ.
 * JSON fields: {@code analysis}, {@code subject}, {@code architecture}, {@code dimension} (dim M
 * over C), {@code ambientDimension}, {@code fillsOverC}, {@code samples}, {@code members},
 * {@code nonMembers}, {@code unknown} (samples the membership test could not decide),
 * {@code estimate} (members / samples), {@code low}, {@code high} (the 99% Wilson interval, widened
 * to count every undecided sample as either), {@code closedForm} (the criterion, or null),
 * {@code exactFraction} (its value, or null), {@code closedFormAgreements} (decided samples
 * whose numerical verdict equals the closed form's exact one, or null), and the provenance tail
 * (docs/RESULTS.md).
 *
 * @param subject
 *            the architecture's name
 * @param description
 *            the parametrization described
 * @param dimension
 *            dim M over C
 * @param ambientDimension
 *            dim V
 * @param samples
 *            targets drawn (0 when M is a proper subvariety: the fraction is then 0 exactly)
 * @param members
 *            samples decided as members
 * @param nonMembers
 *            samples decided as non-members
 * @param interval
 *            the interval for the fraction, or null without samples
 * @param closedForm
 *            the exact criterion, or null
 * @param exactFraction
 *            the closed form's fraction (0 for a proper subvariety), NaN when none is known
 * @param closedFormAgreements
 *            decided samples whose numerical verdict equals the exact criterion, -1 without
 *            closed form
 * @param running
 *            members / k after each sample k, for the chart
 * @param certified
 *            true only when the fraction is exact (a proper subvariety)
 * @param notes
 *            explanations
 * @param seed
 *            the seed of the targets and of every membership test
 * @param method
 *            how it was computed
 * @param seconds
 *            wall-clock time
 */
public record FillingResult(String subject, String description, int dimension, int ambientDimension, int samples,
        int members, int nonMembers, ProportionInterval interval, String closedForm, double exactFraction,
        int closedFormAgreements, double[] running, boolean certified, List<String> notes, long seed, String method,
        double seconds) implements AnalysisResult {

    /** Copies the mutable parts. */
    public FillingResult {
        running = running.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] running() {
        return running.clone();
    }

    @Override
    public String analysisId() {
        return FillingAnalysis.ID;
    }

    /** @return samples neither decided as members nor as non-members */
    public int unknown() {
        return samples - members - nonMembers;
    }

    /** @return members / samples, or the exact 0 of a proper subvariety */
    public double estimate() {
        return samples == 0 ? 0 : (double) members / samples;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add("over C: dim M = " + dimension + " of dim V = " + ambientDimension //$NON-NLS-1$ //$NON-NLS-2$
                + (dimension == ambientDimension ? " (fills V)" : " (a proper subvariety: fraction 0)")); //$NON-NLS-1$ //$NON-NLS-2$
        if (samples > 0) {
            lines.add(String.format("real filling: %d of %d Gaussian targets reachable (%d not, %d undecided): %s, 99%% interval [%s, %s] (numerical)", //$NON-NLS-1$
                    members, samples, nonMembers, unknown(), FigureFormat.real(estimate()),
                    FigureFormat.real(interval.low()), FigureFormat.real(interval.high())));
        }
        if (closedForm != null) {
            lines.add("closed form: " + closedForm + "; exact fraction " + FigureFormat.real(exactFraction) //$NON-NLS-1$ //$NON-NLS-2$
                    + (samples == 0 ? "" : (interval.contains(exactFraction) ? ", inside" : ", OUTSIDE") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " the interval; " + closedFormAgreements + " of the " + (members + nonMembers) //$NON-NLS-1$ //$NON-NLS-2$
                            + " decided verdicts agree with the criterion")); //$NON-NLS-1$
        }
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public Provenance provenance() {
        return new Provenance(certified, method, seed, seconds, notes);
    }

    @Override
    public JsonObject toJson() {
        boolean sampled = samples > 0;
        return ResultJson.begin(this).text("architecture", description) //$NON-NLS-1$
                .integer("dimension", dimension) //$NON-NLS-1$
                .integer("ambientDimension", ambientDimension) //$NON-NLS-1$
                .flag("fillsOverC", dimension == ambientDimension) //$NON-NLS-1$
                .integer("samples", samples) //$NON-NLS-1$
                .integer("members", members) //$NON-NLS-1$
                .integer("nonMembers", nonMembers) //$NON-NLS-1$
                .integer("unknown", unknown()) //$NON-NLS-1$
                .number("estimate", sampled ? estimate() : Double.NaN) //$NON-NLS-1$
                .number("low", sampled ? interval.low() : Double.NaN) //$NON-NLS-1$
                .number("high", sampled ? interval.high() : Double.NaN) //$NON-NLS-1$
                .text("closedForm", closedForm) //$NON-NLS-1$
                .number("exactFraction", exactFraction) //$NON-NLS-1$
                .integer("closedFormAgreements", closedFormAgreements, closedFormAgreements >= 0) //$NON-NLS-1$
                .end();
    }

    /** The exact fraction where one is known, then the sampled one with its interval. */
    @Override
    public List<ResultFigure> figures() {
        boolean sampled = samples > 0;
        return List.of(
                ResultFigure.of("exactFraction", "Exact fraction of reachable targets", //$NON-NLS-1$ //$NON-NLS-2$
                        Double.isNaN(exactFraction) ? null : exactFraction,
                        certified ? Evidence.CERTIFIED : Evidence.NUMERICAL),
                ResultFigure.of("estimate", "Sampled fraction of reachable targets", sampled ? estimate() : null, //$NON-NLS-1$ //$NON-NLS-2$
                        Evidence.NUMERICAL),
                ResultFigure.of("low", "99% interval, low", sampled ? interval.low() : null, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("high", "99% interval, high", sampled ? interval.high() : null, Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("samples", "Gaussian targets", (long) samples), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("unknown", "Undecided targets", (long) unknown()), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("dimension", "dim M over C", (long) dimension), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("ambientDimension", "dim V", (long) ambientDimension), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The running fraction over the samples, with the closed form's value as a line. */
    @Override
    public List<ResultChart> charts() {
        if (samples == 0) {
            return List.of();
        }
        double[] index = new double[running.length];
        for (int k = 0; k < index.length; k++) {
            index[k] = k + 1;
        }
        List<Marker> markers = Double.isNaN(exactFraction) ? List.of()
                : List.of(new Marker("closed form " + FigureFormat.real(exactFraction), Orientation.HORIZONTAL, //$NON-NLS-1$
                        exactFraction));
        return List.of(new ResultChart("runningFraction", "Fraction of reachable targets as the samples grow", //$NON-NLS-1$ //$NON-NLS-2$
                Axis.integer("samples"), Axis.linear("fraction reachable over R"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(PictureLayer.line("members / samples", index, running)), markers)); //$NON-NLS-1$
    }
}
