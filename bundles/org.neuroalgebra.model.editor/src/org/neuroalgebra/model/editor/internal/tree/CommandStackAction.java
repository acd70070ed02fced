// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * Undo or redo on an EMF command stack, as the handler of the workbench's global Undo/Redo
 * actions while a tree editor is active. {@link #update()} is called whenever the stack
 * changes, so that the menu reads e.g. "Undo Set".
 */
final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    private CommandStackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        ActionFactory global = undo ? ActionFactory.UNDO : ActionFactory.REDO;
        setId(global.getId());
        setActionDefinitionId(global.getCommandId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    static CommandStackAction undo(CommandStack stack) {
        return new CommandStackAction(stack, true);
    }

    static CommandStackAction redo(CommandStack stack) {
        return new CommandStackAction(stack, false);
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }

    void update() {
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String label = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
        setText(NLS.bind(undo ? Messages.CommandStackAction_undo : Messages.CommandStackAction_redo, label));
    }
}
