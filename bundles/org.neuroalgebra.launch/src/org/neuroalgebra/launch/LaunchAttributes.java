// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

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
     * (e.g. {@code org.neuroalgebra.launch.analysis.train}); the analysis is then fixed.
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
     * @return the id of the launch configuration type of that one analysis
     */
    public static String typeFor(String analysisId) {
        return ONE_ANALYSIS_PREFIX + analysisId;
    }
}
