// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.editor.internal.jface.EditContentProvider;
import org.neuroalgebra.model.editor.internal.jface.EditLabelProvider;
import org.neuroalgebra.model.editor.internal.jface.ModelAdapterFactories;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * The Outline of a {@code .nalg} text editor: the blocks of the file (architectures,
 * varieties, datasets, analyses) and their contents, as parsed when the file was opened or
 * last saved. Selecting an item selects its text.
 */
class NalgOutlinePage extends ContentOutlinePage {

    private final NalgTextEditor editor;
    private ComposedAdapterFactory adapterFactory = ModelAdapterFactories.create();
    private NeuroalgebraModel model;

    NalgOutlinePage(NalgTextEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new EditContentProvider(adapterFactory));
        viewer.setLabelProvider(new EditLabelProvider(adapterFactory));
        viewer.setInput(model);
    }

    /**
     * Shows a newly parsed model. The item providers of the previous one are disposed with
     * their factory, so that re-parsing on every save does not accumulate adapters.
     *
     * @param newModel
     *            the model, or null if the text could not be read at all
     */
    void setModel(NeuroalgebraModel newModel) {
        model = newModel;
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ComposedAdapterFactory previous = adapterFactory;
        adapterFactory = ModelAdapterFactories.create();
        viewer.setContentProvider(new EditContentProvider(adapterFactory));
        viewer.setLabelProvider(new EditLabelProvider(adapterFactory));
        viewer.setInput(model);
        previous.dispose();
    }

    /** @return the tree of the outline, null before the page is shown */
    TreeViewer viewer() {
        return getTreeViewer();
    }

    /** @return the model shown */
    NeuroalgebraModel model() {
        return model;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof EObject object) {
            SourcePosition position = SourceLocation.find(object, null, 0);
            if (position != null) {
                editor.selectAndReveal(position.offset(), position.length());
            }
        }
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
