// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over EMF.Edit item providers, the part of EMF's
 * {@code AdapterFactoryContentProvider} (org.eclipse.emf.edit.ui, not on Maven Central) that
 * the editors need: children come from {@link ITreeItemContentProvider}s, and the viewer is
 * refreshed or relabelled when an item provider reports a change of its object.
 */
public class EditContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /**
     * @param adapterFactory
     *            the factory of the item providers; if it is an {@link IChangeNotifier}, this
     *            provider listens to it until disposed
     */
    public EditContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider content ? toArray(content.getElements(input))
                : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? toArray(tree.getChildren(parent)) : NONE;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (!(notification instanceof IViewerNotification change) || target == null) {
            return;
        }
        Control control = target.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        Runnable update = () -> apply(target, change);
        // Commands normally run on the UI thread; a model changed elsewhere is shown later.
        if (Display.getCurrent() == control.getDisplay()) {
            update.run();
        } else {
            control.getDisplay().asyncExec(update);
        }
    }

    private static void apply(StructuredViewer target, IViewerNotification change) {
        if (target.getControl().isDisposed()) {
            return;
        }
        Object element = change.getElement();
        if (change.isContentRefresh()) {
            target.refresh(element, change.isLabelUpdate());
        } else if (change.isLabelUpdate()) {
            target.update(element, null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }

    private static Object[] toArray(Collection<?> items) {
        return items == null ? NONE : items.toArray();
    }
}
