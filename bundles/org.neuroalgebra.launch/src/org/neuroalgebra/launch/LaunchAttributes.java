// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * Attributes of a Neuroalgebra analysis launch configuration. A configuration names a model
 * file and either one of its {@code analysis} blocks or an analysis id with a subject, which is
 * how the command line builds its requests too.
 */
public final class LaunchAttributes {

    /** The launch configuration type id of any analysis (the analysis is an attribute). */
    public static final String TYPE_ID = "org.neuroalgebra.launch.analysis"; //$NON-NLS-1$

    /**
     * Launch configuration types of one analysis each are {@code TYPE_ID + "." + analysisId}
     * (e.g. {@code org.neuroalgebra.launch.analysis.train}); the analysis is then fixed. They are
     * no longer offered (an installed analysis needs no type of its own): they stay declared,
     * hidden, so that configurations made with them still run, and {@link #migrate} turns such a
     * configuration into one of {@link #TYPE_ID}.
     */
    private static final String ONE_ANALYSIS_PREFIX = TYPE_ID + "."; //$NON-NLS-1$

    private static final String PREFIX = "org.neuroalgebra.launch."; //$NON-NLS-1$

    /** Path of the model file: workspace-relative ("/project/file.nalg") or absolute. */
    public static final String FILE = PREFIX + "file"; //$NON-NLS-1$

    /** Name of an analysis block of the file to run; empty means "use ANALYSIS_ID and SUBJECT". */
    public static final String ANALYSIS_BLOCK = PREFIX + "analysisBlock"; //$NON-NLS-1$

    /** The value of {@link #ANALYSIS_BLOCK} that runs every analysis block of the file. */
    public static final String ALL_BLOCKS = "*"; //$NON-NLS-1$

    /** Analysis id (e.g. "dimension"), when no block is named. */
    public static final String ANALYSIS_ID = PREFIX + "analysisId"; //$NON-NLS-1$

    /** Name of the architecture or variety, when no block is named. */
    public static final String SUBJECT = PREFIX + "subject"; //$NON-NLS-1$

    /** The seed, as a string; empty means the model's seed or the default. */
    public static final String SEED = PREFIX + "seed"; //$NON-NLS-1$

    /**
     * The settings of the analysis when no block is named, a {@code Map<String, String>} from a
     * setting's name (as the analysis declares it, {@code IAnalysis.settings()}) to its value as
     * written in a block; absent settings take their defaults.
     */
    public static final String SETTINGS = PREFIX + "settings"; //$NON-NLS-1$

    /**
     * With {@link #ALL_BLOCKS}: run only the file's blocks of this analysis id (what a migrated
     * configuration of one analysis's type did); absent or empty runs every block.
     */
    public static final String BLOCKS_OF = PREFIX + "blocksOf"; //$NON-NLS-1$

    private LaunchAttributes() {
    }

    /**
     * @param typeId
     *            a launch configuration type id
     * @return the analysis a type of one analysis is for, or null for the type of any analysis
     */
    public static String fixedAnalysis(String typeId) {
        return typeId != null && typeId.startsWith(ONE_ANALYSIS_PREFIX) ? typeId.substring(ONE_ANALYSIS_PREFIX.length())
                : null;
    }

    /**
     * @param analysisId
     *            an analysis id
     * @return the id of the (hidden, kept for old configurations) type of that one analysis
     */
    public static String typeFor(String analysisId) {
        return ONE_ANALYSIS_PREFIX + analysisId;
    }

    /**
     * Turns a configuration of a type of one analysis into a configuration of {@link #TYPE_ID}
     * that runs the same: same name, same place, same attributes, the analysis named by
     * {@link #ANALYSIS_ID} (and {@link #BLOCKS_OF} for all blocks). The old configuration is
     * deleted. A configuration of {@link #TYPE_ID} is returned as it is.
     *
     * @return the configuration of the general type
     */
    public static ILaunchConfiguration migrate(ILaunchConfiguration configuration) throws CoreException {
        String fixed = fixedAnalysis(configuration.getType().getIdentifier());
        if (fixed == null) {
            return configuration;
        }
        Map<String, Object> attributes = new HashMap<>(configuration.getAttributes());
        String name = configuration.getName();
        IContainer container = configuration.getFile() == null ? null : configuration.getFile().getParent();
        ILaunchConfigurationType general = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(TYPE_ID);
        // the name is taken until the old configuration is gone
        configuration.delete();
        ILaunchConfigurationWorkingCopy copy = general.newInstance(container, name);
        copy.setAttributes(attributes);
        copy.setAttribute(ANALYSIS_ID, fixed);
        if (ALL_BLOCKS.equals(copy.getAttribute(ANALYSIS_BLOCK, ""))) { //$NON-NLS-1$
            copy.setAttribute(BLOCKS_OF, fixed);
        }
        return copy.doSave();
    }
}
