// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * Settings of a numerical solve. Create with {@link #defaults()} or
 * {@link #builder()}; all numbers are validated on construction.
 *
 * @param seed
 *            seed of every random choice (start systems, γ, slices, loops)
 * @param pathTolerance
 *            relative accuracy the corrector enforces along a path
 * @param endpointTolerance
 *            relative distance under which two endpoints are the same point,
 *            and the accuracy the endgame aims for
 * @param realTolerance
 *            a solution is real when every imaginary part is at most this
 *            times max(1, |x|)
 * @param maxSteps
 *            step budget of one path
 * @param minStepSize
 *            smallest step (in the path parameter) before a path fails
 * @param precision
 *            working precision of path tracking; {@link PrecisionPolicy#ADAPTIVE}
 *            by default
 * @param threads
 *            number of worker threads for path tracking (results do not
 *            depend on it); by default the available processors
 * @param timeLimitSeconds
 *            wall-clock limit of the whole solve; 0 for none
 * @param endgame
 *            whether to run an endgame near the target (needed to classify
 *            singular endpoints and endpoints at infinity)
 * @param monodromyStallLoops
 *            monodromy stops after this many consecutive loops without a new
 *            solution
 * @param monodromyMaxLoops
 *            monodromy stops after this many loops in any case
 * @param variableGroups
 *            the multihomogeneous structure of the system a solve starts from; by default
 *            {@link VariableGroups#none()} (one group: the total-degree start system)
 * @param expectedSolutions
 *            the exact number of regular finite solutions when the caller knows it (e.g. from an exact count),
 *            else 0: a start-system solve in double precision without endgame stops starting paths once it has
 *            that many distinct regular finite endpoints, since the others can bring no further solution; they
 *            are reported as {@link FailureReason#NOT_NEEDED}
 */
public record SolverOptions(long seed, double pathTolerance, double endpointTolerance, double realTolerance,
        int maxSteps, double minStepSize, PrecisionPolicy precision, int threads, double timeLimitSeconds,
        boolean endgame, int monodromyStallLoops, int monodromyMaxLoops, VariableGroups variableGroups,
        long expectedSolutions) {

    /** Validates the settings. */
    public SolverOptions {
        requirePositive(pathTolerance, "pathTolerance"); //$NON-NLS-1$
        requirePositive(endpointTolerance, "endpointTolerance"); //$NON-NLS-1$
        requirePositive(realTolerance, "realTolerance"); //$NON-NLS-1$
        requirePositive(minStepSize, "minStepSize"); //$NON-NLS-1$
        requirePositive(maxSteps, "maxSteps"); //$NON-NLS-1$
        requirePositive(threads, "threads"); //$NON-NLS-1$
        requirePositive(monodromyStallLoops, "monodromyStallLoops"); //$NON-NLS-1$
        requirePositive(monodromyMaxLoops, "monodromyMaxLoops"); //$NON-NLS-1$
        if (timeLimitSeconds < 0 || Double.isNaN(timeLimitSeconds)) {
            throw new IllegalArgumentException("timeLimitSeconds must be >= 0"); //$NON-NLS-1$
        }
        if (precision == null) {
            throw new IllegalArgumentException("precision must be given"); //$NON-NLS-1$
        }
        if (expectedSolutions < 0) {
            throw new IllegalArgumentException("expectedSolutions must be >= 0"); //$NON-NLS-1$
        }
        if (variableGroups == null) {
            throw new IllegalArgumentException("variableGroups must be given (VariableGroups.none() for one group)"); //$NON-NLS-1$
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive, was " + value); //$NON-NLS-1$
        }
    }

    /** @return the default settings with seed 1 */
    public static SolverOptions defaults() {
        return builder().build();
    }

    /** @return a builder initialized with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param newSeed
     *            a seed
     * @return these settings with another seed
     */
    public SolverOptions withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /** @return a builder initialized with these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.seed = seed;
        b.pathTolerance = pathTolerance;
        b.endpointTolerance = endpointTolerance;
        b.realTolerance = realTolerance;
        b.maxSteps = maxSteps;
        b.minStepSize = minStepSize;
        b.precision = precision;
        b.threads = threads;
        b.timeLimitSeconds = timeLimitSeconds;
        b.endgame = endgame;
        b.monodromyStallLoops = monodromyStallLoops;
        b.monodromyMaxLoops = monodromyMaxLoops;
        b.variableGroups = variableGroups;
        b.expectedSolutions = expectedSolutions;
        return b;
    }

    /** Mutable builder of {@link SolverOptions}. */
    public static final class Builder {
        private long seed = 1;
        private double pathTolerance = 1e-8;
        private double endpointTolerance = 1e-6;
        private double realTolerance = 1e-8;
        private int maxSteps = 20_000;
        private double minStepSize = 1e-14;
        private PrecisionPolicy precision = PrecisionPolicy.ADAPTIVE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private double timeLimitSeconds;
        private boolean endgame = true;
        private int monodromyStallLoops = 10;
        private int monodromyMaxLoops = 200;
        private VariableGroups variableGroups = VariableGroups.none();
        private long expectedSolutions;

        private Builder() {
        }

        /** @param value the seed @return this */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** @param value relative corrector accuracy @return this */
        public Builder pathTolerance(double value) {
            pathTolerance = value;
            return this;
        }

        /** @param value endpoint clustering and endgame accuracy @return this */
        public Builder endpointTolerance(double value) {
            endpointTolerance = value;
            return this;
        }

        /** @param value imaginary-part tolerance of real solutions @return this */
        public Builder realTolerance(double value) {
            realTolerance = value;
            return this;
        }

        /** @param value step budget per path @return this */
        public Builder maxSteps(int value) {
            maxSteps = value;
            return this;
        }

        /** @param value minimal step size @return this */
        public Builder minStepSize(double value) {
            minStepSize = value;
            return this;
        }

        /** @param value the precision policy @return this */
        public Builder precision(PrecisionPolicy value) {
            precision = value;
            return this;
        }

        /** @param value number of worker threads @return this */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** @param value wall-clock limit in seconds, 0 for none @return this */
        public Builder timeLimitSeconds(double value) {
            timeLimitSeconds = value;
            return this;
        }

        /** @param value whether to run the endgame @return this */
        public Builder endgame(boolean value) {
            endgame = value;
            return this;
        }

        /** @param value loops without a new solution before monodromy stops @return this */
        public Builder monodromyStallLoops(int value) {
            monodromyStallLoops = value;
            return this;
        }

        /** @param value maximal number of monodromy loops @return this */
        public Builder monodromyMaxLoops(int value) {
            monodromyMaxLoops = value;
            return this;
        }

        /** @param value the multihomogeneous structure a solve starts from @return this */
        public Builder variableGroups(VariableGroups value) {
            variableGroups = value;
            return this;
        }

        /** @param value the exact number of regular finite solutions, or 0 when not known @return this */
        public Builder expectedSolutions(long value) {
            expectedSolutions = value;
            return this;
        }

        /** @return the validated options */
        public SolverOptions build() {
            return new SolverOptions(seed, pathTolerance, endpointTolerance, realTolerance, maxSteps, minStepSize,
                    precision, threads, timeLimitSeconds, endgame, monodromyStallLoops, monodromyMaxLoops,
                    variableGroups, expectedSolutions);
        }
    }
}
