// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.neuroalgebra.examples.Examples;

/** A fresh workspace project per test, with model files in its {@code models} folder. */
public final class TestWorkspace implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final IProject project;
    private final IFolder models;

    /** Creates and opens a new project with an empty {@code models} folder. */
    public TestWorkspace() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test-" + COUNT.incrementAndGet()); //$NON-NLS-1$
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        models = project.getFolder("models"); //$NON-NLS-1$
        models.create(true, true, null);
    }

    /** @return the folder the model files are in */
    public IFolder models() {
        return models;
    }

    /** @return a copy of one of the example files in the models folder */
    public IFile copyExample(String name) throws CoreException, IOException {
        IFile file = models.getFile(name);
        try (InputStream in = Examples.url(name).openStream()) {
            file.create(in, true, null);
        }
        return file;
    }

    /** @return a new file in the models folder with the given text */
    public IFile create(String name, String text) throws CoreException {
        IFile file = models.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    /** @return the file's content as it is on disk */
    public static String read(IFile file) throws IOException {
        return java.nio.file.Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
    }

    /** @return the active workbench page */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the pending UI events, so that asynchronous updates are done. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Closes all editors without saving and deletes the project. */
    @Override
    public void close() throws CoreException {
        page().closeAllEditors(false);
        processEvents();
        project.delete(true, true, null);
    }
}
