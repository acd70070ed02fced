// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.editor.internal.TestWorkspace;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.text.NalgResourceFactory;

/** The tree editor in a running workbench: commands, undo/redo, dirty state, atomic save. */
class ModelTreeEditorTest {

    private TestWorkspace workspace;
    private IFile file;

    @BeforeEach
    void copyExample() throws Exception {
        workspace = new TestWorkspace();
        file = workspace.copyExample(Examples.TALK);
    }

    @AfterEach
    void deleteProject() throws Exception {
        workspace.close();
    }

    private static ModelTreeEditor open(IFile file) throws Exception {
        ModelTreeEditor editor = (ModelTreeEditor) IDE.openEditor(TestWorkspace.page(), file, ModelTreeEditor.ID);
        TestWorkspace.processEvents();
        return editor;
    }

    /** @return the first dense layer of the first architecture (square_mlp: dense 2 bias=false) */
    private static DenseLayer firstDense(Resource resource) {
        NeuroalgebraModel model = (NeuroalgebraModel) resource.getContents().get(0);
        Architecture architecture = (Architecture) model.getElements().get(0);
        return (DenseLayer) architecture.getLayers().get(0);
    }

    private static Command setUnits(ModelTreeEditor editor, DenseLayer layer, int units) {
        Command command = SetCommand.create(editor.getEditingDomain(), layer, NalgPackage.Literals.DENSE_LAYER__UNITS,
                units);
        editor.getEditingDomain().getCommandStack().execute(command);
        TestWorkspace.processEvents();
        return command;
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : items) {
            labels.add(item.getText());
            labels.addAll(labels(item.getItems()));
        }
        return labels;
    }

    @Test
    void setCommandIsSavedAndSeenAfterReopening() throws Exception {
        ModelTreeEditor editor = open(file);
        DenseLayer dense = firstDense(editor.resource());
        assertEquals(2, dense.getUnits(), "square_mlp starts with 'dense 2 bias=false'");
        assertFalse(editor.isDirty());

        setUnits(editor, dense, 6);
        assertTrue(editor.isDirty());
        editor.viewer().expandAll();
        assertTrue(labels(editor.viewer().getTree().getItems()).contains("dense 6"), "the tree shows the new label"); //$NON-NLS-1$

        editor.doSave(new NullProgressMonitor());
        TestWorkspace.processEvents();
        assertFalse(editor.isDirty());
        assertTrue(TestWorkspace.read(file).contains("dense 6 bias=false")); //$NON-NLS-1$
        assertTrue(editor.undoAction().isEnabled(), "saving keeps the undo history");
        TestWorkspace.page().closeEditor(editor, false);

        ModelTreeEditor reopened = open(file);
        assertEquals(6, firstDense(reopened.resource()).getUnits());
    }

    @Test
    void propertiesViewShowsTheSelectedObject() throws Exception {
        ModelTreeEditor editor = open(file);
        PropertySheet sheet = (PropertySheet) TestWorkspace.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkspace.page().activate(editor);
        editor.viewer().setSelection(new StructuredSelection(firstDense(editor.resource())), true);
        TestWorkspace.processEvents();

        assertSame(editor.getAdapter(IPropertySheetPage.class), sheet.getCurrentPage());
        Map<String, String> rows = new HashMap<>();
        for (TreeItem item : ((Tree) sheet.getCurrentPage().getControl()).getItems()) {
            rows.put(item.getText(0), item.getText(1));
        }
        // square_mlp's first layer is 'dense 2 bias=false'.
        assertEquals("2", rows.get("Units")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("false", rows.get("Bias")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void editingInThePropertiesViewAsAUserDoesNotRecurse() throws Exception {
        ModelTreeEditor editor = open(file);
        PropertySheet sheet = (PropertySheet) TestWorkspace.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkspace.page().activate(editor);
        Architecture architecture = (Architecture) firstDense(editor.resource()).eContainer();
        ActivationLayer activation = (ActivationLayer) architecture.getLayers().stream()
                .filter(ActivationLayer.class::isInstance).findFirst().orElseThrow();
        editor.viewer().setSelection(new StructuredSelection(activation), true);
        TestWorkspace.processEvents();

        // What a click on the row and typing do: the row's cell editor opens, gets the text, and
        // the value is applied when the user presses Enter. This used to recurse without end
        // (the sheet was refreshed inside the command, which re-applied the open editor's value).
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        TreeItem row = Arrays.stream(tree.getItems()).filter(item -> item.getText(0).equals("Polynomial")) //$NON-NLS-1$
                .findFirst().orElseThrow();
        tree.setSelection(row);
        Event select = new Event();
        select.item = row;
        tree.notifyListeners(SWT.Selection, select);
        Rectangle value = row.getBounds(1);
        Event click = new Event();
        click.button = 1;
        click.x = value.x + 2;
        click.y = value.y + value.height / 2;
        tree.notifyListeners(SWT.MouseDown, click);
        tree.notifyListeners(SWT.MouseUp, click);
        Text cell = findText(tree);
        assertTrue(cell != null, () -> "a cell editor opened on " + row.getData() + "; the tree holds " //$NON-NLS-1$ //$NON-NLS-2$
                + Arrays.toString(tree.getChildren()));
        cell.setText("x^3"); //$NON-NLS-1$
        cell.notifyListeners(SWT.Modify, new Event());
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        TestWorkspace.processEvents();

        assertEquals("x^3", activation.getPolynomial()); //$NON-NLS-1$
        assertTrue(editor.isDirty());
        assertEquals(1, commandCount(editor), "one edit is one command");
        editor.undoAction().run();
        TestWorkspace.processEvents();
        assertEquals("x^2", activation.getPolynomial(), "square_mlp's activation is x^2"); //$NON-NLS-1$ //$NON-NLS-2$
        editor.redoAction().run();
        TestWorkspace.processEvents();
        editor.doSave(new NullProgressMonitor());
        TestWorkspace.processEvents();
        assertFalse(editor.isDirty());
        assertTrue(TestWorkspace.read(file).contains("activation x^3"), TestWorkspace.read(file)); //$NON-NLS-1$
    }

    private static Text findText(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && !text.isDisposed()) {
                return text;
            }
            if (child instanceof Composite composite) {
                Text inner = findText(composite);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static int commandCount(ModelTreeEditor editor) {
        int count = 0;
        var stack = editor.getEditingDomain().getCommandStack();
        while (stack.canUndo()) {
            stack.undo();
            count++;
        }
        for (int i = 0; i < count; i++) {
            stack.redo();
        }
        return count;
    }

    @Test
    void undoAndRedoFollowTheCommandStackAndTheDirtyState() throws Exception {
        ModelTreeEditor editor = open(file);
        DenseLayer dense = firstDense(editor.resource());
        assertFalse(editor.undoAction().isEnabled());
        IActionBars bars = editor.getEditorSite().getActionBars();
        assertSame(editor.undoAction(), bars.getGlobalActionHandler(ActionFactory.UNDO.getId()),
                "Edit > Undo undoes this editor's commands");
        assertSame(editor.redoAction(), bars.getGlobalActionHandler(ActionFactory.REDO.getId()));

        setUnits(editor, dense, 9);
        assertTrue(editor.undoAction().isEnabled());
        editor.undoAction().run();
        TestWorkspace.processEvents();
        assertEquals(2, dense.getUnits());
        assertFalse(editor.isDirty(), "undoing the only edit makes the editor clean again");
        assertTrue(editor.redoAction().isEnabled());

        editor.redoAction().run();
        TestWorkspace.processEvents();
        assertEquals(9, dense.getUnits());
        assertTrue(editor.isDirty());
        assertFalse(editor.redoAction().isEnabled());
    }

    @Test
    void failedSaveLeavesTheFileIntact() throws Exception {
        byte[] original = Files.readAllBytes(file.getLocation().toPath());
        ModelTreeEditor editor = open(file);
        setUnits(editor, firstDense(editor.resource()), 4);
        // A serializer that dies halfway, as a full disk or a crash would.
        editor.setSaver(new ModelSaver((resource, out) -> {
            out.write(original, 0, original.length / 2);
            throw new IOException("disk full"); //$NON-NLS-1$
        }));

        IStatus status = editor.save();

        assertEquals(IStatus.ERROR, status.getSeverity());
        assertArrayEquals(original, Files.readAllBytes(file.getLocation().toPath()));
        assertTrue(editor.isDirty(), "the edit is still unsaved");
        assertEquals(List.of(file.getName()), folderListing(), "no temporary file is left behind");
    }

    @Test
    void modelWithSyntaxErrorsIsNeverSavedOverItsFile() throws Exception {
        String text = "architecture a {\n  input 2\n  dense -2\n  activation x^2\n  dense 1\n}\n"; //$NON-NLS-1$
        IFile broken = workspace.create("broken.nalg", text); //$NON-NLS-1$
        ModelTreeEditor editor = open(broken);
        assertFalse(editor.resource().getErrors().isEmpty(), "the file does not parse");
        Architecture architecture = (Architecture) ((NeuroalgebraModel) editor.resource().getContents().get(0))
                .getElements().get(0);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                architecture, NalgPackage.Literals.ARCHITECTURE__INPUT, 5));

        IStatus status = editor.save();

        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("syntax error"), status.getMessage()); //$NON-NLS-1$
        assertEquals(text, TestWorkspace.read(broken));
    }

    @Test
    void saveAsXmiWritesTheSameModelAndEditsTheNewFile() throws Exception {
        String original = TestWorkspace.read(file);
        ModelTreeEditor editor = open(file);
        int elements = ((NeuroalgebraModel) editor.resource().getContents().get(0)).getElements().size();
        IFile xmi = workspace.models().getFile("talk.nalgx"); //$NON-NLS-1$

        IStatus status = editor.saveAs(xmi);

        assertTrue(status.isOK(), status::toString);
        assertEquals(xmi, editor.getEditorInput().getAdapter(IFile.class));
        Resource reloaded = NalgResourceFactory.register(new ResourceSetImpl())
                .getResource(URI.createFileURI(xmi.getLocation().toString()), true);
        assertEquals(elements, ((NeuroalgebraModel) reloaded.getContents().get(0)).getElements().size());
        assertEquals(original, TestWorkspace.read(file), "the original text file is kept as it was");
    }

    @Test
    void contextMenuAddsAndDeletesLayersUndoably() throws Exception {
        ModelTreeEditor editor = open(file);
        Architecture architecture = (Architecture) firstDense(editor.resource()).eContainer();
        int layers = architecture.getLayers().size();
        TreeContextMenu menu = new TreeContextMenu(editor.getEditingDomain());

        MenuManager forArchitecture = new MenuManager();
        menu.fill(forArchitecture, new StructuredSelection(architecture));
        IMenuManager newChild = (IMenuManager) forArchitecture.getItems()[0];
        List<String> kinds = Arrays.stream(newChild.getItems()).map(i -> ((ActionContributionItem) i).getAction().getText())
                .toList();
        assertEquals(List.of("Dense Layer", "Activation Layer", "Convolution Layer", "Attention Layer"), kinds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ((ActionContributionItem) newChild.getItems()[1]).getAction().run();
        assertEquals(layers + 1, architecture.getLayers().size());
        assertInstanceOf(ActivationLayer.class, architecture.getLayers().get(layers));

        MenuManager forLayer = new MenuManager();
        DenseLayer dense = firstDense(editor.resource());
        menu.fill(forLayer, new StructuredSelection(dense));
        IAction delete = Arrays.stream(forLayer.getItems()).filter(ActionContributionItem.class::isInstance)
                .map(i -> ((ActionContributionItem) i).getAction()).findFirst().orElseThrow();
        delete.run();
        assertFalse(architecture.getLayers().contains(dense));

        editor.undoAction().run();
        editor.undoAction().run();
        assertEquals(layers, architecture.getLayers().size());
        assertEquals(dense, architecture.getLayers().get(0));
        assertFalse(editor.isDirty());
    }

    @Test
    void contextMenuOffersEachInstalledLayerKind() throws Exception {
        try (LayerKindRegistry.Registration gain = LayerKindRegistry.shared().register(new GainKind())) {
            ModelTreeEditor editor = open(file);
            Architecture architecture = (Architecture) firstDense(editor.resource()).eContainer();
            MenuManager forArchitecture = new MenuManager();
            new TreeContextMenu(editor.getEditingDomain()).fill(forArchitecture, new StructuredSelection(architecture));
            IMenuManager newChild = (IMenuManager) forArchitecture.getItems()[0];
            List<String> kinds = Arrays.stream(newChild.getItems())
                    .map(i -> ((ActionContributionItem) i).getAction().getText()).toList();
            assertEquals(List.of("Dense Layer", "Activation Layer", "Convolution Layer", "Attention Layer", "Gain"), kinds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            ((ActionContributionItem) newChild.getItems()[4]).getAction().run();
            Layer added = architecture.getLayers().get(architecture.getLayers().size() - 1);
            assertEquals("gain", ((ExtensionLayer) added).getKind()); //$NON-NLS-1$
            editor.undoAction().run();
            assertFalse(architecture.getLayers().contains(added));
        }
    }

    @Test
    void cleanEditorFollowsAChangeOfItsFileOnDisk() throws Exception {
        ModelTreeEditor editor = open(file);
        String changed = TestWorkspace.read(file).replaceFirst("dense 2 bias=false", "dense 8 bias=false"); //$NON-NLS-1$ //$NON-NLS-2$
        file.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);

        long deadline = System.currentTimeMillis() + 5_000;
        while (firstDense(editor.resource()).getUnits() != 8 && System.currentTimeMillis() < deadline) {
            TestWorkspace.processEvents();
        }
        assertEquals(8, firstDense(editor.resource()).getUnits());
        assertFalse(editor.isDirty());
    }

    @Test
    void deleteKeyDeletesTheSelectionUndoably() throws Exception {
        ModelTreeEditor editor = open(file);
        IActionBars bars = editor.getEditorSite().getActionBars();
        assertSame(editor.deleteAction(), bars.getGlobalActionHandler(ActionFactory.DELETE.getId()),
                "the Delete key (Edit > Delete) deletes in this editor");
        DenseLayer dense = firstDense(editor.resource());
        Architecture architecture = (Architecture) dense.eContainer();
        assertFalse(editor.deleteAction().isEnabled(), "nothing selected, nothing to delete");

        editor.viewer().setSelection(new StructuredSelection(dense), true);
        TestWorkspace.processEvents();
        assertTrue(editor.deleteAction().isEnabled());
        editor.deleteAction().run();
        assertFalse(architecture.getLayers().contains(dense));
        assertTrue(editor.isDirty());

        editor.undoAction().run();
        assertSame(dense, architecture.getLayers().get(0));
        assertFalse(editor.isDirty());
    }

    /** Answers the editor's questions as told, and records that they were asked. */
    private static final class Answers implements ChangedFileQuestions {
        boolean replace;
        boolean overwrite;
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean replaceEdits(IFile changed) {
            asked.add("replace"); //$NON-NLS-1$
            return replace;
        }

        @Override
        public boolean overwriteChange(IFile changed) {
            asked.add("overwrite"); //$NON-NLS-1$
            return overwrite;
        }
    }

    private static void changeOnDisk(IFile file, String from, String to) throws Exception {
        String changed = TestWorkspace.read(file).replaceFirst(from, to);
        file.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
    }

    private static void processEventsUntil(BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            TestWorkspace.processEvents();
        }
    }

    @Test
    void dirtyEditorKeepsItsEditsAndAsksBeforeOverwritingAChangeOnDisk() throws Exception {
        ModelTreeEditor editor = open(file);
        Answers answers = new Answers();
        editor.setQuestions(answers);
        setUnits(editor, firstDense(editor.resource()), 4);

        changeOnDisk(file, "dense 2 bias=false", "dense 8 bias=false"); //$NON-NLS-1$ //$NON-NLS-2$
        processEventsUntil(() -> !answers.asked.isEmpty());
        assertEquals(List.of("replace"), answers.asked, "the user is asked before the edits are dropped"); //$NON-NLS-1$
        assertEquals(4, firstDense(editor.resource()).getUnits(), "the user said keep: the edit stays");
        assertTrue(editor.isDirty());

        IStatus refused = editor.save();
        assertEquals(IStatus.CANCEL, refused.getSeverity(), "the user said do not overwrite");
        assertTrue(TestWorkspace.read(file).contains("dense 8 bias=false"), "the change on disk is kept"); //$NON-NLS-1$
        assertTrue(editor.isDirty(), "and so are the edits");

        answers.overwrite = true;
        assertTrue(editor.save().isOK());
        assertTrue(TestWorkspace.read(file).contains("dense 4 bias=false")); //$NON-NLS-1$
        assertEquals(List.of("replace", "overwrite", "overwrite"), answers.asked); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(editor.isDirty());
    }

    @Test
    void dirtyEditorLoadsAChangeOnDiskWhenTheUserDropsTheEdits() throws Exception {
        ModelTreeEditor editor = open(file);
        Answers answers = new Answers();
        answers.replace = true;
        editor.setQuestions(answers);
        setUnits(editor, firstDense(editor.resource()), 4);

        changeOnDisk(file, "dense 2 bias=false", "dense 8 bias=false"); //$NON-NLS-1$ //$NON-NLS-2$
        processEventsUntil(() -> firstDense(editor.resource()).getUnits() == 8);

        assertEquals(8, firstDense(editor.resource()).getUnits());
        assertFalse(editor.isDirty());
        assertTrue(editor.save().isOK(), "saving right after the reload needs no question");
        assertEquals(List.of("replace"), answers.asked); //$NON-NLS-1$
    }

    private List<String> folderListing() throws Exception {
        workspace.models().refreshLocal(IResource.DEPTH_ONE, null);
        return Arrays.stream(workspace.models().members()).map(IResource::getName).toList();
    }
}
