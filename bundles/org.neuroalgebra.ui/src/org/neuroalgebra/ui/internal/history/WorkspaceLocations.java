// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the workbench keeps history entries: by default in the {@value ResultsHistory#FOLDER}
 * folder of the project holding the model file, so that results travel with the project (and can
 * be shared or versioned with it); with the preference {@value #PREFERENCE} set to
 * {@value #WORKSPACE}, or for a model outside the workspace, in the workspace metadata. Entries are
 * loaded from both places, so changing the preference hides nothing.
 */
public final class WorkspaceLocations implements ResultsHistory.Locations {

    /** The preference node (instance scope) of the launching preferences. */
    public static final String NODE = "org.neuroalgebra.launch"; //$NON-NLS-1$

    /** The preference key: {@value #PROJECT} (default) or {@value #WORKSPACE}. */
    public static final String PREFERENCE = "results.location"; //$NON-NLS-1$

    public static final String PROJECT = "project"; //$NON-NLS-1$

    public static final String WORKSPACE = "workspace"; //$NON-NLS-1$

    @Override
    public Path directoryFor(String modelFile) {
        boolean inProject = PROJECT.equals(InstanceScope.INSTANCE.getNode(NODE).get(PREFERENCE, PROJECT));
        IProject project = inProject ? projectOf(modelFile) : null;
        if (project != null && project.getLocation() != null) {
            return project.getLocation().toPath().resolve(ResultsHistory.FOLDER);
        }
        return metadata();
    }

    @Override
    public List<Path> directories() {
        List<Path> directories = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && project.getLocation() != null) {
                directories.add(project.getLocation().toPath().resolve(ResultsHistory.FOLDER));
            }
        }
        directories.add(metadata());
        return directories;
    }

    /** @return the project whose folder holds the file, or null */
    public static IProject projectOf(String file) {
        IFile member = fileOf(file);
        return member == null ? null : member.getProject();
    }

    /** @return the workspace file at that location, or null when the file is outside the workspace */
    public static IFile fileOf(String file) {
        if (file == null) {
            return null;
        }
        IFile member = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file));
        return member != null && member.getProject().isOpen() ? member : null;
    }

    /** Tells the workspace about files written beside it, so the Project Explorer shows them. */
    public static void refresh(Path directory) {
        IResource container = ResourcesPlugin.getWorkspace().getRoot()
                .getContainerForLocation(IPath.fromPath(directory));
        if (container != null) {
            org.eclipse.core.runtime.jobs.Job.create("Refresh " + container.getFullPath(), monitor -> { //$NON-NLS-1$
                container.refreshLocal(IResource.DEPTH_ONE, monitor);
            }).schedule();
        }
    }

    private static Path metadata() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(WorkspaceLocations.class)).toPath().resolve("results"); //$NON-NLS-1$
    }
}
