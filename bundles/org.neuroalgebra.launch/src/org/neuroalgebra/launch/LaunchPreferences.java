// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.math.BigInteger;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.model.Analysis;

/**
 * The workbench's defaults for analysis launches (Window &gt; Preferences &gt; Neuroalgebra),
 * read from the instance scope of the node {@value #NODE}, else the {@code DEFAULT_} values
 * (which an initializer also puts into the default scope). What a launch configuration or the model's analysis block
 * says wins: a preference only fills what neither gives.
 *
 * @param seed
 *            the seed of a block that gives none (and whose configuration gives none)
 * @param precision
 *            the solver's precision policy, one of {@link #PRECISIONS}, for analyses that
 *            declare a {@value #PRECISION} setting
 * @param threads
 *            worker threads, for analyses that declare a {@value #THREADS} setting
 * @param timeLimitSeconds
 *            a running analysis is canceled after this many seconds; 0 for no limit
 * @param monomialLimit
 *            the largest ambient dimension an analysis may work in (the command line's
 *            {@code --monomial-limit})
 * @param resultsLocation
 *            where results are kept: {@value #RESULTS_IN_PROJECT} (beside the model file) or
 *            {@value #RESULTS_IN_WORKSPACE} (in the workspace's metadata)
 */
public record LaunchPreferences(long seed, String precision, int threads, long timeLimitSeconds,
        BigInteger monomialLimit, String resultsLocation) {

    /** The preference node, in the instance scope (defaults in the default scope). */
    public static final String NODE = "org.neuroalgebra.launch"; //$NON-NLS-1$

    /** Key of the default seed (a non-negative integer). */
    public static final String SEED = "seed"; //$NON-NLS-1$

    /** Key of the precision policy; also the name of the analysis setting it fills. */
    public static final String PRECISION = "precision"; //$NON-NLS-1$

    /** Key of the thread count; also the name of the analysis setting it fills. */
    public static final String THREADS = "threads"; //$NON-NLS-1$

    /** Key of the time limit in seconds (0: none). */
    public static final String TIME_LIMIT = "time.limit"; //$NON-NLS-1$

    /** Key of the monomial limit (a positive integer). */
    public static final String MONOMIAL_LIMIT = "monomial.limit"; //$NON-NLS-1$

    /** Key of where results are kept: {@value #RESULTS_IN_PROJECT} or {@value #RESULTS_IN_WORKSPACE}. */
    public static final String RESULTS_LOCATION = "results.location"; //$NON-NLS-1$

    /** Results are kept in the project of the model file. */
    public static final String RESULTS_IN_PROJECT = "project"; //$NON-NLS-1$

    /** Results are kept in the workspace's metadata. */
    public static final String RESULTS_IN_WORKSPACE = "workspace"; //$NON-NLS-1$

    /**
     * The precision policies of the homotopy solver, as written in preferences: double precision
     * only, double with double-double where double fails (the solver's default), double-double
     * throughout.
     */
    public static final List<String> PRECISIONS = List.of("double", "adaptive", "double-double"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** The seed of the command line and of a block without one. */
    public static final long DEFAULT_SEED = AnalysisRequest.DEFAULT_SEED;

    /** The homotopy solver's own default. */
    public static final String DEFAULT_PRECISION = "adaptive"; //$NON-NLS-1$

    /** One thread: results never depend on the count, and the machine may be shared. */
    public static final int DEFAULT_THREADS = 1;

    /** No time limit: the user cancels. */
    public static final long DEFAULT_TIME_LIMIT_SECONDS = 0;

    /** The command line's default size guard. */
    public static final long DEFAULT_MONOMIAL_LIMIT = AnalysisRequest.DEFAULT_MONOMIAL_LIMIT.longValueExact();

    /** Results beside the model, where they are shared with the project. */
    public static final String DEFAULT_RESULTS_LOCATION = RESULTS_IN_PROJECT;

    /** @return the preferences as they are now (instance scope, else the defaults) */
    public static LaunchPreferences current() {
        IPreferencesService service = Platform.getPreferencesService();
        String precision = service.getString(NODE, PRECISION, DEFAULT_PRECISION, null);
        String location = service.getString(NODE, RESULTS_LOCATION, DEFAULT_RESULTS_LOCATION, null);
        return new LaunchPreferences(
                Math.max(0, service.getLong(NODE, SEED, DEFAULT_SEED, null)),
                PRECISIONS.contains(precision) ? precision : DEFAULT_PRECISION,
                Math.max(1, service.getInt(NODE, THREADS, DEFAULT_THREADS, null)),
                Math.max(0, service.getLong(NODE, TIME_LIMIT, DEFAULT_TIME_LIMIT_SECONDS, null)),
                BigInteger.valueOf(Math.max(1,
                        service.getLong(NODE, MONOMIAL_LIMIT, DEFAULT_MONOMIAL_LIMIT, null))),
                RESULTS_IN_WORKSPACE.equals(location) ? RESULTS_IN_WORKSPACE : RESULTS_IN_PROJECT);
    }

    /**
     * Builds the request of one analysis block with these preferences filling what the block
     * leaves open: the seed when the block has none, {@value #THREADS} and {@value #PRECISION}
     * when the analysis declares such a setting and the block does not set it, and the monomial
     * limit.
     *
     * @param spec
     *            the analysis block (its seed already set from the launch configuration, if
     *            that gives one); it is changed
     * @param analysis
     *            the analysis that will run it, whose settings say what it reads; null if not
     *            installed (then only the seed and the limit are filled)
     * @return the request to run
     */
    public AnalysisRequest request(Analysis spec, IAnalysis analysis) {
        if (!spec.isSetSeed()) {
            spec.setSeed(seed);
        }
        if (analysis != null) {
            for (AnalysisSetting setting : analysis.settings()) {
                String value = switch (setting.name()) {
                    case THREADS -> Integer.toString(threads);
                    case PRECISION -> precision;
                    default -> null;
                };
                if (value != null && !spec.getOptions().containsKey(setting.name())) {
                    spec.getOptions().put(setting.name(), value);
                }
            }
        }
        return new AnalysisRequest(spec, monomialLimit);
    }

    /**
     * Cancels the job when it has run longer than the time limit (nothing without a limit). A
     * job canceled this way ends as any canceled analysis: reported as canceled, never as a
     * result.
     *
     * @return the job
     */
    public AnalysisJob limitTime(AnalysisJob job) {
        if (timeLimitSeconds > 0) {
            job.addJobChangeListener(new JobChangeAdapter() {
                private Timer timer;

                @Override
                public synchronized void running(IJobChangeEvent event) {
                    timer = new Timer("Time limit of " + job.getName(), true); //$NON-NLS-1$
                    timer.schedule(new TimerTask() {
                        @Override
                        public void run() {
                            job.cancel();
                        }
                    }, timeLimitSeconds * 1000);
                }

                @Override
                public synchronized void done(IJobChangeEvent event) {
                    if (timer != null) {
                        timer.cancel();
                    }
                }
            });
        }
        return job;
    }
}
