// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.sweep.SweepMember;
import org.neuroalgebra.model.sweep.SweepMembers;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.sweep.SweepRow.Status;
import org.neuroalgebra.sweep.internal.RowText;
import org.neuroalgebra.sweep.internal.TimedRun;

/**
 * Computes one member of a sweep from its {@link WorkUnit}: parses the model text, builds the
 * member ({@link SweepMembers#member}), checks every run before the first one starts (a member an
 * analysis refuses, e.g. too large, gives {@code refused} rows with the analysis's own estimate;
 * an invalid member gives {@code invalid} rows with its problem), then runs the runs in order with
 * the {@link AnalysisRegistry}. A run that throws gives a {@code failed} row and the next run
 * still runs. The time limit is for all runs of the member together: at the limit the running
 * computation is canceled, and abandoned if it has not stopped after a grace period; the rows
 * of the run and of those not started say {@code timed out}.
 */
public final class MemberEvaluation implements WorkUnitEvaluator {

    /** How long a canceled computation may take to notice, by default. */
    public static final long DEFAULT_GRACE_SECONDS = 5;

    private final AnalysisRegistry registry;
    private final long graceNanos;

    public MemberEvaluation(AnalysisRegistry registry) {
        this(registry, TimeUnit.SECONDS.toNanos(DEFAULT_GRACE_SECONDS));
    }

    /**
     * @param graceNanos
     *            how long a computation canceled at the time limit may take to stop before it is abandoned
     */
    public MemberEvaluation(AnalysisRegistry registry, long graceNanos) {
        this.registry = registry;
        this.graceNanos = graceNanos;
    }

    /**
     * @throws IllegalArgumentException
     *             when the unit is not a work unit, its text does not parse or has no such sweep or
     *             member: the command checked all of that before sending it, so the unit is broken
     */
    @Override
    public String evaluate(String workUnitJson) {
        WorkUnit unit = WorkUnit.fromJson(workUnitJson);
        Sweep sweep = SweepPlan.find(parse(unit), unit.sweep())
                .orElseThrow(() -> new IllegalArgumentException(unit.file() + ": no sweep '" + unit.sweep() + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        SweepMember member = SweepMembers.member(sweep, unit.member(), unit.monomialLimit());
        try {
            return SweepRow.toJsonArray(rows(unit, sweep, member));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException canceled = new CancellationException("member " + unit.member() + " interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
            canceled.initCause(e);
            throw canceled;
        }
    }

    private List<SweepRow> rows(WorkUnit unit, Sweep sweep, SweepMember member) throws InterruptedException {
        List<AnalysisRequest> requests = new ArrayList<>();
        for (Analysis run : member.runs()) {
            if (unit.seed() != null) {
                run.setSeed(unit.seed().longValue());
            }
            requests.add(new AnalysisRequest(run, BigInteger.valueOf(unit.monomialLimit())));
        }
        if (!member.isValid()) {
            // Valid without the size limit: then the size is its only problem, and the problem says the estimate.
            boolean tooLarge = SweepMembers.member(sweep, unit.member(), Long.MAX_VALUE).isValid();
            return unrun(member, requests, tooLarge ? Status.REFUSED : Status.INVALID, text(errors(member)));
        }
        List<List<ModelProblem>> refusals = new ArrayList<>();
        for (AnalysisRequest request : requests) {
            refusals.add(AnalysisPreflight.check(request, registry));
        }
        if (refusals.stream().anyMatch(problems -> !problems.isEmpty())) {
            // One refused run refuses the member: its other runs would describe a member only in part.
            String first = refusals.stream().filter(problems -> !problems.isEmpty()).findFirst().map(MemberEvaluation::text)
                    .orElseThrow();
            List<SweepRow> rows = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                String message = refusals.get(i).isEmpty() ? "not run: another run of this member was refused: " + first //$NON-NLS-1$
                        : text(refusals.get(i));
                rows.add(SweepRow.without(member.index(), member.key(), member.architectureText(), i + 1,
                        requests.get(i).analysisId(), Status.REFUSED, requests.get(i).seed(), 0, message));
            }
            return rows;
        }
        return run(unit, member, requests);
    }

    private List<SweepRow> run(WorkUnit unit, SweepMember member, List<AnalysisRequest> requests)
            throws InterruptedException {
        String limit = String.format(Locale.ROOT, "the member's time limit of %s s", //$NON-NLS-1$
                RowText.seconds(unit.timeout()));
        long deadline = unit.timeout() > 0 ? System.nanoTime() + (long) (unit.timeout() * 1e9) : Long.MAX_VALUE;
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AnalysisRequest request = requests.get(i);
            int run = i + 1;
            // The member's time starts with its first run, which is always started.
            if (i > 0 && System.nanoTime() >= deadline) {
                rows.add(row(member, run, request, Status.TIMED_OUT, 0, "not started: " + limit + " was reached")); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            IAnalysis analysis = registry.find(request.analysisId()).orElseThrow();
            long runStart = System.nanoTime();
            TimedRun.Outcome<AnalysisResult> outcome = TimedRun.run(
                    "neuroalgebra sweep member " + member.index() + " run " + run, //$NON-NLS-1$ //$NON-NLS-2$
                    monitor -> analysis.run(request, monitor), deadline, graceNanos, ProgressMonitor.NULL);
            double seconds = (System.nanoTime() - runStart) / 1e9;
            if (outcome.timedOut()) {
                rows.add(row(member, run, request, Status.TIMED_OUT, seconds, limit + " was reached during this run" //$NON-NLS-1$
                        + (outcome.abandoned() ? "; the computation did not stop within " //$NON-NLS-1$
                                + RowText.seconds(graceNanos / 1e9) + " s of the cancel and was abandoned (it may go on using a processor until it ends)" : ""))); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (outcome.failure() != null) {
                rows.add(row(member, run, request, Status.FAILED, seconds, RowText.failure(outcome.failure())));
            } else {
                rows.add(SweepRow.done(member.index(), member.key(), member.architectureText(), run, outcome.value()));
            }
        }
        return rows;
    }

    private static List<SweepRow> unrun(SweepMember member, List<AnalysisRequest> requests, Status status, String message) {
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            rows.add(row(member, i + 1, requests.get(i), status, 0, message));
        }
        return rows;
    }

    private static SweepRow row(SweepMember member, int run, AnalysisRequest request, Status status, double seconds,
            String message) {
        return SweepRow.without(member.index(), member.key(), member.architectureText(), run, request.analysisId(),
                status, request.seed(), seconds, message);
    }

    private static List<ModelProblem> errors(SweepMember member) {
        return member.problems().stream().filter(problem -> problem.severity() == ModelProblem.Severity.ERROR).toList();
    }

    private static String text(List<ModelProblem> problems) {
        return String.join("; ", problems.stream().map(ModelProblem::format).toList()); //$NON-NLS-1$
    }

    /** @return the model of the unit's text, located at the unit's file for the positions of problems */
    private static NeuroalgebraModel parse(WorkUnit unit) {
        Resource resource = new NalgResourceFactory().createResource(URI.createFileURI(unit.file()));
        NalgResourceFactory.register(new ResourceSetImpl()).getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(unit.text().getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                throw new IllegalArgumentException(unit.file() + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
            throw new IllegalArgumentException(unit.file() + ": the work unit's text does not parse: " //$NON-NLS-1$
                    + resource.getErrors());
        }
        return (NeuroalgebraModel) resource.getContents().get(0);
    }
}
