// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.membership.Membership;
import org.neuroalgebra.analysis.membership.MembershipComputation;
import org.neuroalgebra.analysis.membership.MembershipResult;

/**
 * Estimates the real filling (docs/MATHEMATICS.md §3.2): draws targets c ∈ V with independent
 * standard Gaussian coordinates in the monomial basis and decides each by the membership test
 * ({@link MembershipComputation}, seed S + k for sample k); the fraction of members gets the 99%
 * Wilson interval ({@link ProportionInterval}), widened so that every undecided sample may count
 * either way. Over C first: when M is a proper subvariety (proven by the dimension's upper bound)
 * a Gaussian target misses it with probability 1, and the fraction is exactly 0 without sampling.
 * Where the real image is known in closed form ({@link ClosedFormFilling}) the exact fraction is
 * reported beside the estimate, and every sample's numerical verdict is compared with the exact
 * criterion.
 */
public final class FillingComputation {

    /** The undecided samples whose membership notes are kept, for the user to see why. */
    private static final int MAX_UNDECIDED_NOTES = 3;

    private final MembershipComputation membership;

    /**
     * @param membership
     *            the test that decides each sample
     */
    public FillingComputation(MembershipComputation membership) {
        this.membership = membership;
    }

    /**
     * @param subject
     *            the architecture's name
     * @param parametrization
     *            its map θ ↦ c_{f_θ}
     * @param samples
     *            the number of Gaussian targets
     * @param seed
     *            the seed of the targets and of the membership tests
     * @param monitor
     *            progress and cancellation
     * @return the fraction with its interval
     * @throws CancellationException
     *             if the monitor was canceled
     */
    public FillingResult estimate(String subject, Parametrization parametrization, int samples, long seed,
            ProgressMonitor monitor) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        DimensionResult dimension = DimensionComputation.compute(parametrization, seed, monitor);
        int ambient = parametrization.ambientDimension();
        if (dimension.dimension() < ambient) {
            boolean proven = dimension.upperBound() < ambient;
            notes.add((proven ? "dim M ≤ " + dimension.upperBound() + " < dim V = " + ambient + " (proven)" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : "dim M = " + dimension.dimension() + " < dim V = " + ambient //$NON-NLS-1$ //$NON-NLS-2$
                            + " by the Jacobian rank at a random point (the proven upper bound is " //$NON-NLS-1$
                            + dimension.upperBound() + ")") //$NON-NLS-1$
                    + ": M has measure zero in V, so a Gaussian target is reachable with probability 0, over C as over R"); //$NON-NLS-1$
            return new FillingResult(subject, parametrization.describe(), dimension.dimension(), ambient, 0, 0, 0, null,
                    null, 0, -1, new double[0], proven, notes, seed,
                    "dimension of M over C" + (proven ? " (upper bound proven)" : " (numerical)"), seconds(start)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Optional<ClosedFormFilling> closedForm = ClosedFormFilling.of(parametrization);
        SplittableRandom random = new SplittableRandom(seed);
        int members = 0;
        int nonMembers = 0;
        int agreements = 0;
        double[] running = new double[samples];
        List<String> undecidedNotes = new ArrayList<>();
        monitor.begin("membership of " + samples + " Gaussian targets", samples); //$NON-NLS-1$ //$NON-NLS-2$
        for (int k = 0; k < samples; k++) {
            if (monitor.isCanceled()) {
                throw new CancellationException();
            }
            Rational[] c = new Rational[ambient];
            for (int i = 0; i < ambient; i++) {
                c[i] = Rational.of(new BigDecimal(random.nextGaussian()));
            }
            MembershipResult result = membership.decide(subject, parametrization, dimension.dimension(), c,
                    "sample " + (k + 1), seed + k, ProgressMonitor.NULL); //$NON-NLS-1$
            Membership answer = result.membership();
            if (answer == Membership.UNKNOWN && undecidedNotes.size() < MAX_UNDECIDED_NOTES) {
                undecidedNotes.add("sample " + (k + 1) + " undecided: " + String.join("; ", result.notes())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            members += answer == Membership.MEMBER ? 1 : 0;
            nonMembers += answer == Membership.NOT_MEMBER ? 1 : 0;
            if (closedForm.isPresent()
                    && (answer == Membership.MEMBER) == closedForm.get().reachable().test(c) && answer != Membership.UNKNOWN) {
                agreements++;
            }
            running[k] = (double) members / (k + 1);
            monitor.worked(1);
        }
        int undecided = samples - members - nonMembers;
        ProportionInterval interval = widened(members, undecided, samples);
        notes.add("targets: independent standard Gaussian coordinates of c in the monomial basis of V, drawn with seed " //$NON-NLS-1$
                + seed + "; sample k is decided with seed " + seed + " + k − 1"); //$NON-NLS-1$ //$NON-NLS-2$
        if (undecided > 0) {
            notes.add(undecided + " samples undecided (no real point found on an incomplete search): the interval counts them either way"); //$NON-NLS-1$
            notes.addAll(undecidedNotes);
        }
        closedForm.ifPresent(form -> notes.add("closed form: " + form.criterion() //$NON-NLS-1$
                + "; the exact fraction is a one-dimensional integral (docs/MATHEMATICS.md §3.2) evaluated by quadrature")); //$NON-NLS-1$
        return new FillingResult(subject, parametrization.describe(), dimension.dimension(), ambient, samples, members,
                nonMembers, interval, closedForm.map(ClosedFormFilling::criterion).orElse(null),
                closedForm.map(ClosedFormFilling::fraction).orElse(Double.NaN), closedForm.isPresent() ? agreements : -1,
                running, false, notes, seed,
                "membership test of each sample (numerical), Wilson score interval at 99%", seconds(start)); //$NON-NLS-1$
    }

    /** The Wilson interval of members, its upper end as if every undecided sample were a member. */
    private static ProportionInterval widened(int members, int undecided, int samples) {
        ProportionInterval low = ProportionInterval.wilson(members, samples, ProportionInterval.Z_99);
        ProportionInterval high = ProportionInterval.wilson(members + undecided, samples, ProportionInterval.Z_99);
        return new ProportionInterval(members, samples, low.estimate(), low.low(), high.high());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
