// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.examples;

import java.net.URL;
import java.util.List;

/**
 * The example model files shipped in this bundle's {@code examples/} folder. URLs come from
 * the bundle's class loader, so they work inside OSGi (bundleresource: URLs) and on a plain
 * class path alike.
 */
public final class Examples {

    /** The README's main job: dimension analyses of four architectures of the talk. */
    public static final String TALK = "talk.nalg"; //$NON-NLS-1$

    /** All example files, the main job first. */
    public static final List<String> FILES = List.of(TALK, "mlp.nalg", "dao-rodriguez.nalg", "linear.nalg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "cnn.nalg", "attention.nalg", "varieties.nalg", "datasets.nalg", "expressivity.nalg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "lightning-data.nalg", "sparse-bias.nalg", "sweeps.nalg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final String FOLDER = "/examples/"; //$NON-NLS-1$

    private Examples() {
    }

    /**
     * @param fileName
     *            one of {@link #FILES}
     * @return the URL of that example file
     * @throws IllegalArgumentException
     *             if there is no such example
     */
    public static URL url(String fileName) {
        URL url = FILES.contains(fileName) ? Examples.class.getResource(FOLDER + fileName) : null;
        if (url == null) {
            throw new IllegalArgumentException("no example file '" + fileName + "' (known: " + FILES + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return url;
    }

    /** @return the URLs of all example files, in the order of {@link #FILES} */
    public static List<URL> urls() {
        return FILES.stream().map(Examples::url).toList();
    }
}
