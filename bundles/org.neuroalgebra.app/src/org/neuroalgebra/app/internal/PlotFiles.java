// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.plot.ChartRenderer;

/**
 * {@code --plot FILE}: writes a result's charts as PNG or SVG (by the file's extension) with the
 * same headless renderer for every analysis. Series that cannot share a value axis go to
 * separate files, {@code name-2.png}, {@code name-3.png}, ...
 */
final class PlotFiles {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private PlotFiles() {
    }

    /** @return the files written */
    static List<Path> write(List<ResultSeries> series, Path file) throws UsageException, IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!extension.equals("png") && !extension.equals("svg")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException("--plot needs a .png or .svg file name, found '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (series.isEmpty()) {
            throw new UsageException("this result has no chart to plot"); //$NON-NLS-1$
        }
        List<Path> written = new ArrayList<>();
        List<List<ResultSeries>> groups = ChartRenderer.groupByAxis(series);
        for (int i = 0; i < groups.size(); i++) {
            Path target = i == 0 ? file : file.resolveSibling(name.substring(0, dot) + "-" + (i + 1) + "." + extension); //$NON-NLS-1$ //$NON-NLS-2$
            List<ResultSeries> group = groups.get(i);
            if (extension.equals("png")) { //$NON-NLS-1$
                ChartRenderer.writePng(group, ChartRenderer.defaultKind(group.get(0)), WIDTH, HEIGHT, target);
            } else {
                ChartRenderer.writeSvg(group, ChartRenderer.defaultKind(group.get(0)), WIDTH, HEIGHT, target);
            }
            written.add(target);
        }
        return written;
    }
}
