// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of a model object in the Properties view, over an EMF.Edit
 * {@link IItemPropertyDescriptor}. Choices (enumerations, booleans, references) are edited in
 * a drop-down list, single-valued data (numbers, names, polynomials) as text, lists of text
 * (equations, coordinates, values) one per line in a dialog.
 */
class EditPropertyDescriptor implements IPropertyDescriptor {

    /**
     * Stands for "no value" among the choices of an optional reference: EMF offers null there,
     * which a JFace viewer refuses (an exception as soon as the user clicks the row).
     */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "(none)"; //$NON-NLS-1$
        }
    };

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    EditPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        if (descriptor.isMany(object)) {
            return feature instanceof EAttribute attribute && attribute.getEType().getInstanceClass() == String.class
                    ? new StringListCellEditor(parent, getDisplayName())
                    : null;
        }
        Collection<?> choices = choices();
        if (choices != null) {
            ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
            editor.setContentProvider(ArrayContentProvider.getInstance());
            editor.setLabelProvider(getLabelProvider());
            editor.setInput(choices);
            return editor;
        }
        if (feature instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, (EDataType) attribute.getEType());
        }
        return null;
    }

    private Collection<?> choices() {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return choices.stream().map(choice -> choice == null ? NONE : choice).toList();
        }
        Object feature = descriptor.getFeature(object);
        if (feature instanceof EStructuralFeature typed && typed.getEType().getInstanceClass() == boolean.class) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        return null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider values = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return value == NONE ? NONE.toString() : values.getText(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
