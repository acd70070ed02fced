// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
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

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        workbench = newWorkbench;
        selection = newSelection;
        setWindowTitle(Messages.NewModelWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        templatePage = new TemplatePage(ModelTemplate.all());
        filePage = new FilePage(selection);
        addPage(templatePage);
        addPage(filePage);
    }

    @Override
    public boolean performFinish() {
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
