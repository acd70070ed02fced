// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.sweep.SweepMembers;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;
import org.neuroalgebra.model.validation.AnalysisCatalog;
import org.neuroalgebra.model.validation.AnalysisCatalog.Violation;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.model.validation.ModelProblem.Severity;

/**
 * One sweep of a model file, ready to run: its members by index, the work unit of each, and the
 * fingerprint that ties a journal to it. The command line, a cluster and the workbench build the
 * same units from the same plan.
 */
public final class SweepPlan {

    private final Path file;
    private final String text;
    private final Sweep sweep;
    private final int members;
    private final long monomialLimit;
    private final double timeout;
    private final Long seed;

    private SweepPlan(Path file, String text, Sweep sweep, int members, long monomialLimit, double timeout, Long seed) {
        this.file = file;
        this.text = text;
        this.sweep = sweep;
        this.members = members;
        this.monomialLimit = monomialLimit;
        this.timeout = timeout;
        this.seed = seed;
    }

    /**
     * @param file
     *            the model file, named in the work units for the positions of problems
     * @param text
     *            the model file's text, which every work unit carries
     * @param timeout
     *            seconds per member instead of the sweep's own {@code timeout}, or null
     * @param seed
     *            the seed of every run instead of their own, or null
     * @throws IllegalArgumentException
     *             when the sweep has more members than a sweep can index
     */
    public static SweepPlan of(Path file, String text, Sweep sweep, long monomialLimit, Double timeout, Long seed) {
        long count = SweepMembers.count(sweep);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sweep '" + sweep.getName() + "' has " + count //$NON-NLS-1$ //$NON-NLS-2$
                    + " members, more than the " + Integer.MAX_VALUE + " a sweep can run"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        double limit = timeout != null ? timeout.doubleValue() : sweep.isSetTimeout() ? sweep.getTimeout() : 0;
        return new SweepPlan(file, text, sweep, (int) count, monomialLimit, limit, seed);
    }

    /** @return the sweep of that name in the model */
    public static Optional<Sweep> find(NeuroalgebraModel model, String name) {
        return all(model).stream().filter(sweep -> name.equals(sweep.getName())).findFirst();
    }

    /** @return the model's sweeps in file order */
    public static List<Sweep> all(NeuroalgebraModel model) {
        return model.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).toList();
    }

    /**
     * @return the problems of the runs that do not depend on the member (an option the analysis
     *         does not take, a value out of its range, a required field missing), at their
     *         {@code file:line:column}; found before any member runs, so that a typo in a run is
     *         bad input once instead of an {@code invalid} row for every member
     */
    public List<ModelProblem> runProblems(AnalysisCatalog catalog) {
        String location = sweep.eResource() == null || sweep.eResource().getURI() == null ? null
                : sweep.eResource().getURI().toString();
        List<ModelProblem> problems = new ArrayList<>();
        for (Analysis run : sweep.getRuns()) {
            for (Violation violation : catalog.check(run)) {
                SourcePosition position = SourceLocation.find(violation.object(), violation.feature(), violation.index());
                problems.add(new ModelProblem(Severity.ERROR, location, position == null ? 0 : position.line(),
                        position == null ? 0 : position.column(), violation.message()));
            }
        }
        return problems;
    }

    /** @return the sweep's name */
    public String name() {
        return sweep.getName();
    }

    /** @return the number of members */
    public int members() {
        return members;
    }

    /** @return the runs of a member, the rows it gives */
    public int runs() {
        return sweep.getRuns().size();
    }

    /** @return seconds per member, 0 for no limit */
    public double timeout() {
        return timeout;
    }

    /**
     * @return the one seed that stands for the sweep where one is shown (a history entry, a
     *         result's provenance): the seed given for every run, else the first run's own seed,
     *         else the default seed
     */
    public long seed() {
        if (seed != null) {
            return seed.longValue();
        }
        return sweep.getRuns().stream().filter(Analysis::isSetSeed).mapToLong(Analysis::getSeed).findFirst()
                .orElse(AnalysisRequest.DEFAULT_SEED);
    }

    /** @return the work unit of a member, as JSON */
    public String workUnit(int member) {
        return new WorkUnit(file.toString(), text, sweep.getName(), member, monomialLimit, timeout, seed).toJson();
    }

    /** @return a runner of this plan's members on the executor */
    public SweepRunner runner(SweepExecutor executor) {
        return new SweepRunner(name(), members, runs(), this::workUnit, executor);
    }

    /**
     * @return the SHA-256 of what decides the sweep's rows: its name, template, runs (every
     *         attribute and the names of what they refer to, such as datasets), time limit, size
     *         limit, seed and number of members. Comments and the file's other blocks do not
     *         count, so editing them does not orphan a journal; editing the sweep does.
     */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add(sweep.getName());
        parts.add(sweep.getTemplate());
        for (Analysis run : sweep.getRuns()) {
            describe(run, parts);
            run.eAllContents().forEachRemaining(content -> describe(content, parts));
        }
        parts.add("timeout=" + timeout); //$NON-NLS-1$
        parts.add("monomialLimit=" + monomialLimit); //$NON-NLS-1$
        parts.add("seed=" + seed); //$NON-NLS-1$
        parts.add("members=" + members); //$NON-NLS-1$
        return SweepTableFiles.sha256(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    private static void describe(EObject object, List<String> parts) {
        parts.add(object.eClass().getName());
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!attribute.isTransient() && !attribute.getName().toLowerCase(Locale.ROOT).contains("comment") && object.eIsSet(attribute)) { //$NON-NLS-1$
                parts.add(attribute.getName() + "=" + object.eGet(attribute)); //$NON-NLS-1$
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && object.eIsSet(reference)) {
                Object target = object.eGet(reference);
                parts.add(reference.getName() + "->" //$NON-NLS-1$
                        + (target instanceof NamedElement named ? named.getName() : String.valueOf(target)));
            }
        }
    }
}
