// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Screenshots of the workbench window for the README. Every call checks that the window is drawn;
 * the images are copied to {@code docs/images/} of the repository only when the environment
 * variable {@value #ENABLE} is set, so that ordinary test runs leave the tree untouched.
 */
final class Screenshots {

    /** Set (to anything) to write the screenshots into docs/images. */
    static final String ENABLE = "NEUROALGEBRA_SCREENSHOTS"; //$NON-NLS-1$

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 860;

    private Screenshots() {
    }

    static void save(IWorkbenchPage page, String name) throws IOException {
        Shell shell = page.getWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        shell.setMaximized(false);
        shell.setBounds(0, 0, WIDTH, HEIGHT);
        shell.forceActive();
        long until = System.currentTimeMillis() + 1000;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path file = Files.createTempFile("screenshot", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            ImageData data = image.getImageData();
            assertTrue(colours(data) > 20, name + ": the window is drawn"); //$NON-NLS-1$
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        if (System.getenv(ENABLE) != null) {
            Path images = repository().resolve("docs/images"); //$NON-NLS-1$
            Files.createDirectories(images);
            Files.copy(file, images.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int colours(ImageData data) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < data.width; x += 7) {
            for (int y = 0; y < data.height; y += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }

    /** @return the repository: tests run below its bundles/ directory */
    private static Path repository() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) { //$NON-NLS-1$
            if (Files.exists(dir.resolve("docs/ARCHITECTURE.md"))) { //$NON-NLS-1$
                return dir;
            }
        }
        throw new IOException("the repository (with docs/ARCHITECTURE.md) is not above " + Path.of("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
