// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit {@link IItemLabelProvider}s (the label half of EMF's
 * {@code AdapterFactoryLabelProvider}). Images are created once per descriptor and disposed
 * with the provider.
 */
public class EditLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    /**
     * @param adapterFactory
     *            the factory of the item providers
     */
    public EditLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider label ? label.getText(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (!(provider instanceof IItemLabelProvider label)) {
            return null;
        }
        return EditImages.create(label.getImage(element), images);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
