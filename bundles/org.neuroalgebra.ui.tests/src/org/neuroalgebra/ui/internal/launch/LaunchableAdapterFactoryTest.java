// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run As in the Project Explorer: the debug UI offers it for what adapts to {@link ILaunchable};
 * model files must, other files must not.
 */
class LaunchableAdapterFactoryTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("launchable"); //$NON-NLS-1$
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, new NullProgressMonitor());
    }

    @Test
    void modelFilesAreLaunchableOtherFilesAreNot() throws Exception {
        IFile text = file("talk.nalg"); //$NON-NLS-1$
        IFile xmi = file("talk.nalgx"); //$NON-NLS-1$
        IFile other = file("notes.txt"); //$NON-NLS-1$
        // Through the platform's adapter manager, as the debug UI's menu contribution asks.
        assertNotNull(Adapters.adapt(text, ILaunchable.class));
        assertNotNull(Adapters.adapt(xmi, ILaunchable.class));
        assertNull(Adapters.adapt(other, ILaunchable.class));
    }

    private IFile file(String name) throws Exception {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream("# empty\n".getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor()); //$NON-NLS-1$
        return file;
    }
}
