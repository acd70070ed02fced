// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * File &gt; New &gt; Neuroalgebra Model: a {@code .nalg} file in a workspace folder, empty or
 * copied from one of the talk's examples, opened in its default editor.
 */
public class NewModelWizard extends Wizard implements INewWizard {

    /** The wizard id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.model.editor.newModel"; //$NON-NLS-1$

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private TemplatePage templatePage;
    private FilePage filePage;
    /** Asks for a project to create; only when the workspace has no open project. */
    private WizardNewProjectCreationPage projectPage;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        workbench = newWorkbench;
        selection = newSelection;
        setWindowTitle(Messages.NewModelWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        if (!hasOpenProject()) {
            // Instead of a file page that can only say "The specified project does not exist".
            projectPage = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
            projectPage.setTitle(Messages.NewModelWizard_projectTitle);
            projectPage.setDescription(Messages.NewModelWizard_projectDescription);
            projectPage.setInitialProjectName("models"); //$NON-NLS-1$
            addPage(projectPage);
        }
        templatePage = new TemplatePage(ModelTemplate.all());
        filePage = new FilePage(selection);
        addPage(templatePage);
        addPage(filePage);
    }

    @Override
    public void setContainer(IWizardContainer container) {
        super.setContainer(container);
        if (container instanceof WizardDialog dialog) {
            // The project is made when the user leaves its page, so that the file page can be
            // filled in (a folder is chosen among existing ones).
            dialog.addPageChangingListener(event -> {
                if (projectPage != null && event.getCurrentPage() == projectPage && event.getTargetPage() != projectPage) {
                    event.doit = createProject();
                }
            });
        }
    }

    @Override
    public void createPageControls(Composite pageContainer) {
        if (projectPage == null) {
            super.createPageControls(pageContainer);
            return;
        }
        // The file page lists the workspace's folders when it is created: with a project still to
        // make, it is created when it is first shown (the dialog does that), after the project.
        projectPage.createControl(pageContainer);
        templatePage.createControl(pageContainer);
    }

    @Override
    public boolean canFinish() {
        return (projectPage == null || filePage.getControl() != null) && super.canFinish();
    }

    private static boolean hasOpenProject() {
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).anyMatch(IProject::isOpen);
    }

    @Override
    public boolean performFinish() {
        if (projectPage != null && !createProject()) {
            return false;
        }
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        if (page != null) {
            try {
                IDE.openEditor(page, file);
            } catch (PartInitException e) {
                // The file exists; the user can open it from the Project Explorer.
                ILog.of(NewModelWizard.class).log(e.getStatus());
            }
        }
        return true;
    }

    private boolean createProject() {
        IProject project = projectPage.getProjectHandle();
        try {
            if (!project.exists()) {
                IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
                if (!projectPage.useDefaults()) {
                    description.setLocationURI(projectPage.getLocationURI());
                }
                project.create(description, null);
            }
            project.open(null);
            return true;
        } catch (CoreException e) {
            projectPage.setErrorMessage(e.getMessage());
            return false;
        }
    }

    /** @return the page that creates a project, or null when the workspace had an open one */
    WizardNewProjectCreationPage projectPage() {
        return projectPage;
    }

    TemplatePage templatePage() {
        return templatePage;
    }

    WizardNewFileCreationPage filePage() {
        return filePage;
    }

    /** The folder and name of the new file; its content comes from the chosen template. */
    private final class FilePage extends WizardNewFileCreationPage {

        private String suggestedName;

        FilePage(IStructuredSelection selection) {
            super("file", selection); //$NON-NLS-1$
            setTitle(Messages.NewModelWizard_fileTitle);
            setDescription(Messages.NewModelWizard_fileDescription);
            setFileExtension("nalg"); //$NON-NLS-1$
        }

        @Override
        public void setVisible(boolean visible) {
            // Follow the template's name until the user types one of their own.
            String name = templatePage.selected().fileName();
            String current = getFileName();
            if (visible && projectPage != null && projectPage.getProjectHandle().isOpen()) {
                setContainerFullPath(projectPage.getProjectHandle().getFullPath());
            }
            if (visible && (current == null || current.isEmpty() || current.equals(suggestedName))) {
                suggestedName = name;
                setFileName(name);
            }
            super.setVisible(visible);
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                return templatePage.selected().open();
            } catch (IOException e) {
                ILog.of(NewModelWizard.class).log(Status.error(e.getMessage(), e));
                return null;
            }
        }
    }
}
