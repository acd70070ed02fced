// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.editor.internal.AtomicFileWriter;
import org.neuroalgebra.model.editor.internal.ProblemMarkers;
import org.neuroalgebra.model.editor.internal.TestWorkspace;

/** The .nalg text editor in a running workbench: edit and save, markers, outline. */
class NalgTextEditorTest {

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

    private static NalgTextEditor open(IFile file) throws Exception {
        NalgTextEditor editor = (NalgTextEditor) IDE.openEditor(TestWorkspace.page(), file, NalgTextEditor.ID);
        TestWorkspace.processEvents();
        return editor;
    }

    private static IDocument document(NalgTextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @Test
    void isTheDefaultEditorOfNalgFiles() throws Exception {
        assertInstanceOf(NalgTextEditor.class, IDE.openEditor(TestWorkspace.page(), file));
    }

    @Test
    void editIsSavedAndSeenAfterReopening() throws Exception {
        NalgTextEditor editor = open(file);
        IDocument document = document(editor);
        int offset = document.get().indexOf("dense 2 bias=false"); //$NON-NLS-1$
        document.replace(offset, "dense 2".length(), "dense 7"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(editor.isDirty());

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertTrue(TestWorkspace.read(file).contains("dense 7 bias=false"), "the file on disk holds the edit"); //$NON-NLS-1$
        TestWorkspace.page().closeEditor(editor, false);

        NalgTextEditor reopened = open(file);
        assertEquals(offset, document(reopened).get().indexOf("dense 7 bias=false")); //$NON-NLS-1$
    }

    @Test
    void syntaxErrorIsMarkedOnItsLineAndClearedWhenFixed() throws Exception {
        NalgTextEditor editor = open(file);
        assertEquals(0, errors().size(), "the example has no problems when opened");

        IDocument document = document(editor);
        int offset = document.get().indexOf("dense 2 bias=false") + "dense ".length(); //$NON-NLS-1$ //$NON-NLS-2$
        document.replace(offset, 1, "-2"); //$NON-NLS-1$
        int line = document.getLineOfOffset(offset) + 1;
        editor.doSave(new NullProgressMonitor());

        List<IMarker> errors = errors();
        assertEquals(1, errors.size(), () -> errors.toString());
        IMarker marker = errors.get(0);
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        // The parser points at the bad number itself (DSL.md: "found '-2'").
        assertEquals(offset, marker.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(offset + 2, marker.getAttribute(IMarker.CHAR_END, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("-2")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shown in the Problems view");

        document.replace(offset, 2, "3"); //$NON-NLS-1$
        editor.doSave(new NullProgressMonitor());
        assertEquals(0, errors().size(), "the marker goes when the error is fixed");
    }

    @Test
    void syntaxErrorIsListedInTheProblemsView() throws Exception {
        NalgTextEditor editor = open(file);
        TestWorkspace.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        TestWorkspace.page().activate(editor);
        IDocument document = document(editor);
        int offset = document.get().indexOf("activation x^2") + "activation ".length(); //$NON-NLS-1$ //$NON-NLS-2$
        document.replace(offset, "x^2".length(), "x^"); //$NON-NLS-1$ //$NON-NLS-2$
        editor.doSave(new NullProgressMonitor());
        List<IMarker> errors = errors();
        assertEquals(1, errors.size(), () -> errors.toString());
        String message = errors.get(0).getAttribute(IMarker.MESSAGE, ""); //$NON-NLS-1$

        // The view fills its tree in a background job: wait for the row, expanding categories.
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> rows = List.of();
        while (!rows.contains(message) && System.currentTimeMillis() < deadline) {
            TestWorkspace.processEvents();
            rows = treeRows(TestWorkspace.page().getWorkbenchWindow().getShell());
        }
        assertTrue(rows.contains(message), "the Problems view lists: " + message + "; rows: " + rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the texts of every row of every tree under a control, expanding as it goes */
    private static List<String> treeRows(Control control) {
        List<String> rows = new ArrayList<>();
        if (control instanceof Tree tree) {
            collect(tree.getItems(), rows);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                rows.addAll(treeRows(child));
            }
        }
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText());
            if (!item.getExpanded() && item.getItemCount() > 0) {
                // As a click would: the view's viewer creates the children when told of the expansion.
                Event expand = new Event();
                expand.item = item;
                item.getParent().notifyListeners(SWT.Expand, expand);
                item.setExpanded(true);
            }
            collect(item.getItems(), rows);
        }
    }

    @Test
    void outlineListsTheBlocksOfTheFile() throws Exception {
        NalgTextEditor editor = open(file);
        TestWorkspace.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkspace.page().activate(editor);
        TestWorkspace.processEvents();
        NalgOutlinePage outline = (NalgOutlinePage) editor.getAdapter(IContentOutlinePage.class);

        List<String> shown = Arrays.stream(outline.viewer().getTree().getItems()).map(TreeItem::getText)
                .toList();
        // Expected from the text itself: every line that opens a block, without its brace.
        IDocument document = document(editor);
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfLines(); i++) {
            IRegion line = document.getLineInformation(i);
            String text = document.get(line.getOffset(), line.getLength());
            if (text.matches("(architecture|variety|dataset) \\w+ \\{")) { //$NON-NLS-1$
                blocks.add(text.substring(0, text.length() - 2));
            }
        }
        assertEquals(blocks, shown.stream().filter(s -> !s.startsWith("analysis")).toList()); //$NON-NLS-1$
        assertEquals(editor.model().getElements().stream().map(NamedElement::getName).count(), shown.size());
    }

    @Test
    void selectingAnOutlineItemSelectsItsText() throws Exception {
        NalgTextEditor editor = open(file);
        TestWorkspace.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkspace.page().activate(editor);
        TestWorkspace.processEvents();
        NalgOutlinePage outline = (NalgOutlinePage) editor.getAdapter(IContentOutlinePage.class);

        NamedElement second = editor.model().getElements().get(1);
        outline.viewer().setSelection(new StructuredSelection(second), true);
        TestWorkspace.processEvents();

        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(document(editor).get().indexOf("architecture " + second.getName()), selection.getOffset()); //$NON-NLS-1$
    }

    private List<IMarker> errors() throws Exception {
        return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
    }

    @Test
    void saveReplacesTheFileAtomically() throws Exception {
        Path path = file.getLocation().toPath();
        Object inodeBefore = Files.getAttribute(path, "unix:ino"); //$NON-NLS-1$
        NalgTextEditor editor = open(file);
        IDocument document = document(editor);
        document.replace(0, 0, "# first edit\n"); //$NON-NLS-1$
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        // A new file renamed over the old one, not the old one rewritten in place.
        assertFalse(inodeBefore.equals(Files.getAttribute(path, "unix:ino")), //$NON-NLS-1$
                "the save wrote a new file and renamed it");

        // The save's own change is not taken for a change made elsewhere: a second save needs no question.
        document.replace(0, 0, "# second edit\n"); //$NON-NLS-1$
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertTrue(TestWorkspace.read(file).startsWith("# second edit\n# first edit\n")); //$NON-NLS-1$
        assertTrue(editor.getDocumentProvider() instanceof NalgDocumentProvider);
        assertTrue(((NalgDocumentProvider) editor.getDocumentProvider()).isSynchronized(editor.getEditorInput()));
        assertEquals(List.of(file.getName()), folderListing(), "no temporary file is left behind");
    }

    @Test
    void failedSaveLeavesTheFileIntactAndTheEditDirty() throws Exception {
        byte[] original = Files.readAllBytes(file.getLocation().toPath());
        NalgTextEditor editor = open(file);
        IDocument document = document(editor);
        document.replace(0, 0, "# an edit\n"); //$NON-NLS-1$
        NalgDocumentProvider provider = (NalgDocumentProvider) editor.getDocumentProvider();
        // A write that dies halfway, as a full disk or a crash would.
        provider.setWriter((target, bytes) -> AtomicFileWriter.write(target,
                out -> {
                    out.write(bytes, 0, bytes.length / 2);
                    throw new IOException("disk full"); //$NON-NLS-1$
                }));

        CoreException failure = assertThrows(
                CoreException.class,
                () -> provider.saveDocument(new NullProgressMonitor(), editor.getEditorInput(), document, false));

        assertTrue(failure.getStatus().getMessage().contains("unchanged"), failure.getStatus().getMessage()); //$NON-NLS-1$
        assertArrayEquals(original,
                Files.readAllBytes(file.getLocation().toPath()));
        assertTrue(editor.isDirty(), "the edit is still unsaved");
        assertEquals(List.of(file.getName()), folderListing(), "no temporary file is left behind");
    }

    private List<String> folderListing() throws Exception {
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        return Arrays.stream(file.getParent().members()).map(IResource::getName).toList();
    }
}
