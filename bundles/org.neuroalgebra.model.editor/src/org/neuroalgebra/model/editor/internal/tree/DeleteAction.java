// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * Deletes the selected model objects with an EMF {@link DeleteCommand} (so it can be undone).
 * The tree editor installs it as the workbench's Delete handler (the Delete key, Edit > Delete),
 * and its context menu offers it too.
 */
final class DeleteAction extends Action implements ISelectionChangedListener {

    private final EditingDomain domain;
    private List<?> selected = List.of();

    DeleteAction(EditingDomain domain) {
        super(Messages.TreeContextMenu_delete);
        this.domain = domain;
        setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        setEnabled(false);
    }

    /** @param selection the objects to delete from now on */
    void select(IStructuredSelection selection) {
        selected = selection.toList();
        setEnabled(!selected.isEmpty() && command().canExecute());
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        if (event.getStructuredSelection() != null) {
            select(event.getStructuredSelection());
        }
    }

    @Override
    public void run() {
        if (!selected.isEmpty()) {
            domain.getCommandStack().execute(command());
        }
    }

    private Command command() {
        return DeleteCommand.create(domain, selected);
    }
}
