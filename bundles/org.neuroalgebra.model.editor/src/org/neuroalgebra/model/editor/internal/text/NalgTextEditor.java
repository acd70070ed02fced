// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.editor.internal.ProblemMarkers;
import org.neuroalgebra.model.text.NalgResource;

/**
 * The text editor of {@code .nalg} files: syntax colouring, an outline of the blocks, and the
 * file's syntax and validation problems as markers (Problems view, ruler), refreshed when the
 * file is opened and whenever it is saved. Saving replaces the file atomically
 * ({@link NalgDocumentProvider}).
 */
public class NalgTextEditor extends TextEditor {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.model.editor.text"; //$NON-NLS-1$

    private NalgOutlinePage outlinePage;
    private NeuroalgebraModel model;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new NalgDocumentProvider());
        setSourceViewerConfiguration(new NalgSourceViewerConfiguration(getPreferenceStore()));
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        check();
    }

    @Override
    protected void editorSaved() {
        super.editorSaved();
        check();
    }

    /** Parses the document: updates the outline and the file's problem markers. */
    private void check() {
        IEditorInput input = getEditorInput();
        IDocument document = input == null ? null : getDocumentProvider().getDocument(input);
        IFile file = input == null ? null : input.getAdapter(IFile.class);
        if (document == null || file == null) {
            return;
        }
        String text = document.get();
        NalgResource parsed = ProblemMarkers.parse(file, text);
        model = parsed.getModel();
        if (outlinePage != null) {
            outlinePage.setModel(model);
        }
        try {
            ProblemMarkers.update(file, parsed, text);
        } catch (CoreException e) {
            ILog.of(NalgTextEditor.class).log(e.getStatus());
        }
    }

    /** @return the model as parsed when the file was opened or last saved */
    NeuroalgebraModel model() {
        return model;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outlinePage == null || outlinePage.getControl() != null && outlinePage.getControl().isDisposed()) {
                outlinePage = new NalgOutlinePage(this);
                outlinePage.setModel(model);
            }
            return type.cast(outlinePage);
        }
        return super.getAdapter(type);
    }
}
