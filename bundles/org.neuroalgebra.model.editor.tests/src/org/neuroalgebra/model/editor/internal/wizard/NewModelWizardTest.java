// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
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
    void templatesAreTheEmptyModelThenEveryExampleWithItsFirstCommentLine() throws Exception {
        List<ModelTemplate> templates = ModelTemplate.all();
        assertEquals(Examples.FILES.size() + 1, templates.size());
        assertNull(templates.get(0).url());
        for (int i = 0; i < Examples.FILES.size(); i++) {
            ModelTemplate template = templates.get(i + 1);
            assertEquals(Examples.FILES.get(i), template.fileName());
            String firstLine = text(template).lines().findFirst().orElseThrow();
            assertEquals("# " + template.description(), firstLine); //$NON-NLS-1$
        }
        assertEquals("", text(templates.get(0))); //$NON-NLS-1$
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

    private static String text(ModelTemplate template) throws Exception {
        try (InputStream in = template.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
