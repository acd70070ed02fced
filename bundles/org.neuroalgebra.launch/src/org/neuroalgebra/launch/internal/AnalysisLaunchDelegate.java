// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisRequests;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.launch.AnalysisJob;
import org.neuroalgebra.launch.InstalledAnalyses;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.LaunchPreferences;
import org.neuroalgebra.launch.SweepJob;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.sweep.SweepPlan;
import org.osgi.framework.FrameworkUtil;

/**
 * Builds the analysis request a configuration describes and schedules it as an
 * {@link AnalysisJob}. The delegate itself does no analysis work, so launching never blocks.
 */
public class AnalysisLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        schedule(configuration);
    }

    /**
     * Schedules the jobs a configuration asks for: its analysis blocks' jobs and its sweeps' jobs.
     * Everything that runs a configuration (a launch, a re-run from the history) goes through here.
     */
    public static void schedule(ILaunchConfiguration configuration) throws CoreException {
        String block = configuration.getAttribute(LaunchAttributes.ANALYSIS_BLOCK, "").trim(); //$NON-NLS-1$
        List<SweepJob> sweeps = createSweepJobs(configuration);
        // a named sweep runs alone; all blocks of a file are its analysis blocks, then its sweeps
        boolean analyses = LaunchAttributes.ALL_BLOCKS.equals(block) ? sweeps.isEmpty() || hasAnalysisBlocks(configuration)
                : sweeps.isEmpty();
        if (analyses) {
            for (AnalysisJob job : createJobs(configuration)) {
                job.schedule();
            }
        }
        sweeps.forEach(SweepJob::schedule);
    }

    /**
     * @return the jobs of the sweeps the configuration runs: the sweep its block names, or every
     *         sweep of the file when it runs all blocks of the whole file (not those of one subject
     *         or one analysis: a sweep has neither); public for tests
     */
    public static List<SweepJob> createSweepJobs(ILaunchConfiguration configuration) throws CoreException {
        String block = configuration.getAttribute(LaunchAttributes.ANALYSIS_BLOCK, "").trim(); //$NON-NLS-1$
        boolean all = LaunchAttributes.ALL_BLOCKS.equals(block)
                && configuration.getAttribute(LaunchAttributes.SUBJECT, "").isBlank() //$NON-NLS-1$
                && configuration.getAttribute(LaunchAttributes.BLOCKS_OF, "").isBlank() //$NON-NLS-1$
                && LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier()) == null;
        if (block.isEmpty() || (LaunchAttributes.ALL_BLOCKS.equals(block) && !all)) {
            return List.of();
        }
        Path file = resolve(configuration.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
        AnalysisRegistry registry = InstalledAnalyses.registry();
        ModelFiles.LoadedModel loaded = ModelFiles.load(file, AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry);
        List<Sweep> sweeps = loaded.model() == null ? List.of()
                : all ? SweepPlan.all(loaded.model()) : SweepPlan.find(loaded.model(), block).stream().toList();
        if (sweeps.isEmpty()) {
            return List.of();
        }
        if (!loaded.problems().isEmpty()) {
            throw new CoreException(Status.error("The model has errors:\n" + String.join("\n", loaded.problems()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String seedText = configuration.getAttribute(LaunchAttributes.SEED, "").trim(); //$NON-NLS-1$
        LaunchPreferences preferences = LaunchPreferences.current();
        try {
            Long seed = seedText.isEmpty() ? null : Long.valueOf(seedText);
            String text = Files.readString(file);
            long monomialLimit = preferences.monomialLimit().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            Path journals = Platform.getStateLocation(FrameworkUtil.getBundle(SweepJob.class)).toPath().resolve("sweeps"); //$NON-NLS-1$
            List<SweepJob> jobs = new ArrayList<>();
            for (Sweep sweep : sweeps) {
                SweepPlan plan = SweepPlan.of(file, text, sweep, monomialLimit, null, seed);
                jobs.add(new SweepJob(plan, registry, journals, Runtime.getRuntime().availableProcessors(),
                        file.toString()));
            }
            return jobs;
        } catch (NumberFormatException e) {
            throw new CoreException(Status.error("The seed must be an integer, found '" + seedText + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | IllegalArgumentException e) {
            throw new CoreException(Status.error(file + ": " + e.getMessage(), e)); //$NON-NLS-1$
        }
    }

    /** Builds the jobs a configuration asks for (one, or one per block); public for tests. */
    public static List<AnalysisJob> createJobs(ILaunchConfiguration configuration) throws CoreException {
        Path file = resolve(configuration.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
        AnalysisRegistry registry = InstalledAnalyses.registry();
        ModelFiles.LoadedModel loaded = ModelFiles.load(file, AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry);
        if (!loaded.problems().isEmpty()) {
            throw new CoreException(Status.error("The model has errors:\n" + String.join("\n", loaded.problems()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String block = configuration.getAttribute(LaunchAttributes.ANALYSIS_BLOCK, ""); //$NON-NLS-1$
        String seedText = configuration.getAttribute(LaunchAttributes.SEED, ""); //$NON-NLS-1$
        // a type of one analysis (kept for old configurations) fixes the analysis
        String fixed = LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier());
        String blocksOf = fixed != null ? fixed : configuration.getAttribute(LaunchAttributes.BLOCKS_OF, ""); //$NON-NLS-1$
        try {
            Long seed = seedText.isBlank() ? null : Long.valueOf(seedText.trim());
            List<Analysis> specs;
            if (LaunchAttributes.ALL_BLOCKS.equals(block)) {
                specs = AnalysisRequests.blocks(loaded.model());
                String subject = configuration.getAttribute(LaunchAttributes.SUBJECT, ""); //$NON-NLS-1$
                if (!subject.isBlank()) {
                    // Run As on an architecture or variety: the file's blocks about it
                    specs = specs.stream().filter(spec -> spec.getSubject() != null
                            && subject.equals(spec.getSubject().getName())).toList();
                }
                if (!blocksOf.isEmpty()) {
                    // a configuration of one analysis runs the file's blocks of that analysis
                    specs = specs.stream().filter(spec -> blocksOf.equals(new AnalysisRequest(spec).analysisId())).toList();
                }
            } else if (block.isBlank()) {
                Analysis spec = AnalysisRequests.specFor(loaded.model(),
                        fixed != null ? fixed : configuration.getAttribute(LaunchAttributes.ANALYSIS_ID, ""), //$NON-NLS-1$
                        configuration.getAttribute(LaunchAttributes.SUBJECT, ""), seed); //$NON-NLS-1$
                for (Map.Entry<String, String> setting : configuration
                        .getAttribute(LaunchAttributes.SETTINGS, Map.<String, String> of()).entrySet()) {
                    if (!setting.getValue().isBlank()) {
                        AnalysisRequests.applySetting(loaded.model(), spec, setting.getKey(), setting.getValue().trim());
                    }
                }
                specs = List.of(spec);
            } else {
                specs = List.of(AnalysisRequests.block(loaded.model(), block, seed));
                String kind = new AnalysisRequest(specs.get(0)).analysisId();
                if (fixed != null && !fixed.equals(kind)) {
                    throw new CoreException(Status.error("Block '" + block + "' is a " + kind //$NON-NLS-1$ //$NON-NLS-2$
                            + " analysis; this configuration runs " + fixed + " analyses")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            if (specs.isEmpty()) {
                throw new CoreException(Status.error("The file has no " + (blocksOf.isEmpty() ? "" : blocksOf + " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "analysis block" + (configuration.getAttribute(LaunchAttributes.SUBJECT, "").isBlank() ? "" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                : " of '" + configuration.getAttribute(LaunchAttributes.SUBJECT, "") + "'"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            LaunchPreferences preferences = LaunchPreferences.current();
            List<AnalysisRequest> requests = specs.stream().map(spec -> preferences.request(spec,
                    registry.find(new AnalysisRequest(spec).analysisId()).orElse(null))).toList();
            // The same checks as the command line, for every block before any job starts.
            List<ModelProblem> problems = AnalysisPreflight.check(requests, registry);
            if (!problems.isEmpty()) {
                throw new CoreException(Status.error("The analysis settings have errors:\n" //$NON-NLS-1$
                        + String.join("\n", problems.stream().map(ModelProblem::format).toList()))); //$NON-NLS-1$
            }
            List<AnalysisJob> jobs = new ArrayList<>();
            for (AnalysisRequest request : requests) {
                IAnalysis analysis = registry.find(request.analysisId()).orElseThrow(
                        () -> new CoreException(Status.error("No analysis '" + request.analysisId() + "' is installed"))); //$NON-NLS-1$ //$NON-NLS-2$
                jobs.add(preferences.limitTime(new AnalysisJob(analysis, request)));
            }
            return jobs;
        } catch (NumberFormatException e) {
            throw new CoreException(Status.error("The seed must be an integer, found '" + seedText + "'")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (AnalysisException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    private static boolean hasAnalysisBlocks(ILaunchConfiguration configuration) throws CoreException {
        Path file = resolve(configuration.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
        ModelFiles.LoadedModel loaded = ModelFiles.load(file);
        return loaded.model() != null && !AnalysisRequests.blocks(loaded.model()).isEmpty();
    }

    private static Path resolve(String location) throws CoreException {
        if (location.isBlank()) {
            throw new CoreException(Status.error("No model file is set")); //$NON-NLS-1$
        }
        IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
        if (member != null && member.getLocation() != null) {
            return member.getLocation().toPath();
        }
        return Path.of(location);
    }
}
