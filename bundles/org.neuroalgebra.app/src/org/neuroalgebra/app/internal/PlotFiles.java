// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.plot.ChartFiles;

/**
 * {@code --plot FILE}: writes a result's charts (series and pictures) as PNG or SVG (by the file's
 * extension) with the same headless renderer for every analysis. The first chart goes to FILE,
 * the others to {@code name-2.png}, {@code name-3.png}, ... (see {@link ChartFiles}).
 */
final class PlotFiles {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private PlotFiles() {
    }

    /** @return the files written */
    static List<Path> write(AnalysisResult result, Path file) throws UsageException, IOException {
        if (!ChartFiles.isSupported(file)) {
            throw new UsageException("--plot needs a .png or .svg file name, found '" + file.getFileName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (ChartFiles.count(result) == 0) {
            throw new UsageException("this result has no chart to plot"); //$NON-NLS-1$
        }
        return ChartFiles.write(result, file, WIDTH, HEIGHT);
    }
}
