// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * File &gt; New &gt; Project &gt; Neuroalgebra Project: a project holding every bundled example
 * model, with {@code talk.nalg} opened.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

    /** The wizard id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.model.editor.newProject"; //$NON-NLS-1$

    private IWorkbench workbench;
    private WizardNewProjectCreationPage projectPage;
    private IProject created;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        setWindowTitle(Messages.NewProjectWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
        projectPage.setTitle(Messages.NewProjectWizard_pageTitle);
        projectPage.setDescription(Messages.NewProjectWizard_pageDescription);
        projectPage.setInitialProjectName("neuroalgebra-examples"); //$NON-NLS-1$
        addPage(projectPage);
    }

    @Override
    public boolean performFinish() {
        IProject project = projectPage.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!projectPage.useDefaults()) {
            description.setLocationURI(projectPage.getLocationURI());
        }
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    createWithExamples(project, description, monitor);
                } catch (CoreException | IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(getShell(), Messages.NewProjectWizard_title,
                    cause.getMessage() != null ? cause.getMessage() : cause.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = project;
        openTalk(project);
        return true;
    }

    /**
     * Creates and opens the project and copies every bundled example into it.
     *
     * @param description
     *            where the project is (its location)
     */
    static void createWithExamples(IProject project, IProjectDescription description, IProgressMonitor monitor)
            throws CoreException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.NewProjectWizard_creating, Examples.FILES.size() + 2);
        if (!project.exists()) {
            project.create(description, progress.split(1));
        }
        project.open(progress.split(1));
        for (String name : Examples.FILES) {
            IFile file = project.getFile(name);
            if (!file.exists()) {
                try (InputStream in = Examples.url(name).openStream()) {
                    file.create(in, true, progress.split(1));
                }
            }
        }
    }

    private void openTalk(IProject project) {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page != null) {
            try {
                IDE.openEditor(page, project.getFile(Examples.TALK));
            } catch (PartInitException e) {
                // The project is there; the user can open the file from the Project Explorer.
                ILog.of(NewProjectWizard.class).log(Status.warning(e.getMessage(), e));
            }
        }
    }

    WizardNewProjectCreationPage projectPage() {
        return projectPage;
    }

    /** @return the project made by the last finish, or null */
    IProject created() {
        return created;
    }
}
