// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of one model object. Values are set through
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a {@code SetCommand} on the
 * object's editing domain, so every edit in the Properties view can be undone.
 */
class EditPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;

    EditPropertySource(Object object, IItemPropertySource itemSource) {
        this.object = object;
        this.itemSource = itemSource;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new EditPropertyDescriptor(object, d))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        // EMF wraps values in an IItemPropertySource for nested editing; the cell editors
        // and label providers here work on the plain feature value.
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.setPropertyValue(object, value == EditPropertyDescriptor.NONE ? null : value);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }
}
