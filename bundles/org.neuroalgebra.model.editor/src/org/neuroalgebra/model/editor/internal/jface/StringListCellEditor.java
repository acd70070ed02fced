// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * Edits a many-valued text attribute (a variety's coordinates or equations, a data point's
 * values, comment lines) in a dialog, one value per line. Empty lines are dropped.
 */
class StringListCellEditor extends DialogCellEditor {

    private final String title;

    StringListCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        InputDialog dialog = new InputDialog(cellEditorWindow.getShell(), title, Messages.StringListCellEditor_onePerLine,
                toText((List<?>) getValue()), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(getText());
                return area;
            }
        };
        return dialog.open() == Window.OK ? fromText(dialog.getValue()) : null;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value instanceof List<?> list ? toText(list).replace('\n', ';') : ""); //$NON-NLS-1$
        }
    }

    /** @return the values, one per line */
    static String toText(List<?> values) {
        return values == null ? "" : String.join("\n", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the non-empty lines of the text, stripped */
    static List<String> fromText(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
