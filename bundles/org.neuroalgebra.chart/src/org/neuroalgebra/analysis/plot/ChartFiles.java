// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultChart;

/**
 * Writes every chart a result declares ({@link AnalysisResult#charts()}) to files, PNG or SVG by the
 * extension of the file name given. The first chart goes to the file itself, the others to
 * {@code name-2.png}, {@code name-3.png}, … in the declared order.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** @return whether the file name ends in .png or .svg (any case) */
    public static boolean isSupported(Path file) {
        String extension = extension(file);
        return extension.equals("png") || extension.equals("svg"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return how many files {@link #write} writes for this result */
    public static int count(AnalysisResult result) {
        return result.charts().size();
    }

    /**
     * @return the files written, in order
     * @throws IllegalArgumentException
     *             when the file is neither .png nor .svg, or the result has no chart
     */
    public static List<Path> write(AnalysisResult result, Path file, int width, int height) throws IOException {
        if (!isSupported(file)) {
            throw new IllegalArgumentException("expected a .png or .svg file name, found '" + file.getFileName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (count(result) == 0) {
            throw new IllegalArgumentException("this result has no chart to plot"); //$NON-NLS-1$
        }
        boolean png = extension(file).equals("png"); //$NON-NLS-1$
        List<Path> written = new ArrayList<>();
        for (ResultChart chart : result.charts()) {
            Path target = target(file, written.size());
            if (png) {
                ChartRenderer.writePng(chart, width, height, target);
            } else {
                ChartRenderer.writeSvg(chart, width, height, target);
            }
            written.add(target);
        }
        return written;
    }

    /** @return the file of chart {@code index} (from 0) */
    static Path target(Path file, int index) {
        if (index == 0) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "-" + (index + 1) + name.substring(dot)); //$NON-NLS-1$
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
