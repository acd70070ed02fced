// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits a value of an EMF data type (int, long, String) as text, converting with the data
 * type's own factory; text that does not convert (e.g. "two" for an int) is refused with the
 * conversion error as the cell editor's error message.
 */
class DataTypeCellEditor extends TextCellEditor {

    private final EDataType dataType;

    DataTypeCellEditor(Composite parent, EDataType dataType) {
        super(parent);
        this.dataType = dataType;
        setValidator(value -> {
            if (!(value instanceof String text)) {
                // The sheet hands the cell editor the model's own value (an Integer, a Long)
                // before the user types: that value is valid as it is.
                return value == null || dataType.isInstance(value) ? null : String.valueOf(value);
            }
            try {
                EcoreUtil.createFromString(dataType, text);
                return null;
            } catch (RuntimeException e) {
                return e.getMessage() == null ? e.toString() : e.getMessage();
            }
        });
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        return EcoreUtil.createFromString(dataType, text);
    }

    @Override
    protected void doSetValue(Object value) {
        String text = value == null ? "" : EcoreUtil.convertToString(dataType, value); //$NON-NLS-1$
        super.doSetValue(text == null ? "" : text); //$NON-NLS-1$
    }
}
