// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Makes the Properties view show and edit model objects through their EMF.Edit
 * {@link IItemPropertySource}s (the property half of EMF's {@code AdapterFactoryContentProvider}).
 */
public class EditPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    /**
     * @param adapterFactory
     *            the factory of the item providers
     */
    public EditPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object source = adapterFactory.adapt(object, IItemPropertySource.class);
        return source instanceof IItemPropertySource itemSource ? new EditPropertySource(object, itemSource) : null;
    }
}
