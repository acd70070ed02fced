// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.plot.ChartFiles;

/**
 * {@code --plot FILE}: writes the charts a result declares ({@code charts()}) as PNG or SVG (by the file's
 * extension) with the same headless renderer for every analysis. The first chart goes to FILE,
 * the others to {@code name-2.png}, {@code name-3.png}, ... (see {@link ChartFiles}).
 * <p>
 * Nothing a user owns is lost: the target is checked before the analysis runs (supported
 * extension, existing writable folder, not a directory), every chart is rendered into a
 * temporary file beside its target and renamed over it only when complete, and an existing file
 * is replaced only when it is itself a chart (a PNG or SVG image), never a directory or a file of
 * another kind.
 */
final class PlotFiles {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final int SNIFF_BYTES = 1024;

    private PlotFiles() {
    }

    /**
     * Checks a plot target before any work, so a typo costs a second, not an analysis.
     *
     * @throws UsageException
     *             saying what is wrong with the target
     */
    static void check(Path file) throws UsageException {
        if (file.getFileName() == null || !ChartFiles.isSupported(file)) {
            throw new UsageException("--plot needs a .png or .svg file name, found '" + file + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path folder = folder(file);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--plot " + file + ": the folder " + folder + " does not exist"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException("--plot " + file + ": the folder " + folder + " is not writable"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String refusal = refusal(file);
        if (refusal != null) {
            throw new UsageException("--plot " + file + ": " + refusal); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @return the files written
     * @throws IOException
     *             when a chart cannot be written; files already in place stay, no target is half
     *             written and no temporary file is left
     */
    static List<Path> write(AnalysisResult result, Path file) throws IOException {
        Path folder = folder(file);
        Path scratch = Files.createTempDirectory(folder, ".neuroalgebra-plot-"); //$NON-NLS-1$
        List<Path> written = new ArrayList<>();
        try {
            List<Path> rendered = ChartFiles.write(result, scratch.resolve(file.getFileName()), WIDTH, HEIGHT);
            for (Path chart : rendered) {
                Path target = file.resolveSibling(chart.getFileName());
                String refusal = refusal(target);
                if (refusal != null) {
                    throw new IOException(target + ": " + refusal); //$NON-NLS-1$
                }
                move(chart, target);
                written.add(target);
            }
            return written;
        } finally {
            deleteScratch(scratch);
        }
    }

    /** @return why this path must not be replaced by a chart, or null when it may */
    private static String refusal(Path target) {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "is a directory; refusing to replace it"; //$NON-NLS-1$
        }
        if (Files.isSymbolicLink(target)) {
            return "is a symbolic link; refusing to replace it"; //$NON-NLS-1$
        }
        if (Files.exists(target) && !isChart(target)) {
            return "exists and is not a PNG or SVG image; refusing to overwrite it"; //$NON-NLS-1$
        }
        return null;
    }

    private static boolean isChart(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        if (head.length == 0) {
            return true; // an empty file holds nothing to lose
        }
        if (head.length >= PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(head, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return true;
        }
        return new String(head, StandardCharsets.UTF_8).contains("<svg"); //$NON-NLS-1$
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteScratch(Path scratch) throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(scratch)) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(scratch);
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent; //$NON-NLS-1$
    }

    /** @return {@code file} with {@code -suffix} before its extension, for one block of a run */
    static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = suffix.replaceAll("[^A-Za-z0-9_.-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return file.resolveSibling(name.substring(0, dot) + "-" + safe + name.substring(dot)); //$NON-NLS-1$
    }
}
