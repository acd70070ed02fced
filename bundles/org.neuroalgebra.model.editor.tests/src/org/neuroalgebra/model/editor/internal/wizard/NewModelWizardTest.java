// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.editor.internal.TestWorkspace;
import org.neuroalgebra.model.editor.internal.text.NalgTextEditor;

/** The New Neuroalgebra Model wizard: its templates, and a file created from one. */
class NewModelWizardTest {

    private TestWorkspace workspace;

    @BeforeEach
    void createProject() throws Exception {
        workspace = new TestWorkspace();
    }

    @AfterEach
    void deleteProject() throws Exception {
        workspace.close();
    }

    @Test
    void templatesAreTheEmptyModelThenEveryExampleWithADescriptionThatCitesNothingUnshipped() throws Exception {
        List<ModelTemplate> templates = ModelTemplate.all();
        assertEquals(Examples.FILES.size() + 1, templates.size());
        assertNull(templates.get(0).url());
        for (int i = 0; i < Examples.FILES.size(); i++) {
            ModelTemplate template = templates.get(i + 1);
            assertEquals(Examples.FILES.get(i), template.fileName());
            assertTrue(text(template).startsWith("#"), template.fileName()); //$NON-NLS-1$
            String description = template.description();
            assertTrue(description.length() > 20, () -> template.fileName() + " is described: " + description); //$NON-NLS-1$
            // The product ships neither the repository's docs nor its README.
            assertFalse(description.contains("docs/") || description.contains(".md") || description.contains("README"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    description);
        }
        assertEquals("", text(templates.get(0))); //$NON-NLS-1$
    }

    @Test
    void withoutAnOpenProjectTheWizardCreatesOneInsteadOfDeadEnding() throws Exception {
        IProject[] open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
                .toArray(IProject[]::new);
        IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject("models"); //$NON-NLS-1$
        for (IProject project : open) {
            project.close(null);
        }
        try {
            NewModelWizard wizard = new NewModelWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                assertNotNull(wizard.projectPage(), "no open project: the wizard asks for one first"); //$NON-NLS-1$
                assertSame(wizard.projectPage(), dialog.getCurrentPage());
                pressNext(dialog);
                assertSame(wizard.templatePage(), dialog.getCurrentPage());
                assertTrue(created.isOpen(), "leaving the project page created the project"); //$NON-NLS-1$
                pressNext(dialog);
                assertSame(wizard.filePage(), dialog.getCurrentPage());
                assertEquals("/models", String.valueOf(wizard.filePage().getContainerFullPath())); //$NON-NLS-1$
                assertTrue(wizard.filePage().isPageComplete(), () -> String.valueOf(wizard.filePage().getErrorMessage()));
                assertNull(wizard.filePage().getErrorMessage());
                assertTrue(wizard.performFinish());
            } finally {
                dialog.close();
            }
            assertTrue(created.isOpen());
            assertTrue(created.getFile("model.nalg").exists()); //$NON-NLS-1$
        } finally {
            TestWorkspace.page().closeAllEditors(false);
            if (created.exists()) {
                created.delete(true, true, null);
            }
            for (IProject project : open) {
                project.open(null);
            }
        }
    }

    @Test
    void theProjectWizardCopiesEveryExampleAndOpensTheTalk() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        IProject project = null;
        try {
            assertEquals("neuroalgebra-examples", wizard.projectPage().getProjectName()); //$NON-NLS-1$
            assertTrue(wizard.performFinish());
            project = wizard.created();
            assertTrue(project.isOpen());
            for (String example : Examples.FILES) {
                assertEquals(text(ModelTemplate.all().stream().filter(t -> t.fileName().equals(example)).findFirst()
                        .orElseThrow()), TestWorkspace.read(project.getFile(example)), example);
            }
            IEditorPart editor = TestWorkspace.page().getActiveEditor();
            assertEquals(project.getFile(Examples.TALK), editor.getEditorInput().getAdapter(IFile.class));
        } finally {
            dialog.close();
            TestWorkspace.page().closeAllEditors(false);
            if (project != null) {
                project.delete(true, true, null);
            }
        }
    }

    @Test
    void finishCreatesTheFileFromTheChosenExampleAndOpensIt() throws Exception {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(workspace.models()));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ModelTemplate cnn = ModelTemplate.all().stream().filter(t -> t.fileName().equals("cnn.nalg")) //$NON-NLS-1$
                    .findFirst().orElseThrow();
            wizard.templatePage().select(cnn);
            dialog.showPage(wizard.filePage());
            assertEquals("cnn.nalg", wizard.filePage().getFileName(), "the name follows the template"); //$NON-NLS-1$
            assertEquals(workspace.models().getFullPath(), wizard.filePage().getContainerFullPath());

            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile created = workspace.models().getFile("cnn.nalg"); //$NON-NLS-1$
        assertTrue(created.exists());
        assertEquals(text(ModelTemplate.all().stream().filter(t -> t.fileName().equals("cnn.nalg")).findFirst() //$NON-NLS-1$
                .orElseThrow()), TestWorkspace.read(created));
        IEditorPart editor = TestWorkspace.page().getActiveEditor();
        assertInstanceOf(NalgTextEditor.class, editor);
        assertEquals(created, editor.getEditorInput().getAdapter(IFile.class));
    }

    /** Presses the dialog's Next button, as a user does. */
    private static void pressNext(WizardDialog dialog) {
        Button next = find(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        assertNotNull(next, "the dialog has a Next button"); //$NON-NLS-1$
        next.notifyListeners(SWT.Selection, new Event());
    }

    private static Button find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite inner) {
                Button found = find(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(ModelTemplate template) throws Exception {
        try (InputStream in = template.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
