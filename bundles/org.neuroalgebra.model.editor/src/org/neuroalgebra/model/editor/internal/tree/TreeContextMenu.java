// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.editor.internal.Messages;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;

/**
 * The tree editor's context menu: "New Child" with one entry per kind of child the selected
 * object may hold (as its item provider reports; contributed layers by their installed kinds), and "Delete" ({@link DeleteAction}). Each entry executes an EMF
 * command on the editor's command stack, so it can be undone.
 */
final class TreeContextMenu {

    private final EditingDomain domain;

    TreeContextMenu(EditingDomain domain) {
        this.domain = domain;
    }

    /** @return the menu manager, attached to the viewer's tree */
    MenuManager install(TreeViewer viewer) {
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(menu -> fill(menu, viewer.getStructuredSelection()));
        viewer.getControl().setMenu(manager.createContextMenu(viewer.getControl()));
        return manager;
    }

    /** Adds the entries that apply to a selection. */
    void fill(IMenuManager menu, IStructuredSelection selection) {
        if (selection.size() == 1) {
            MenuManager newChild = new MenuManager(Messages.TreeContextMenu_newChild);
            Object owner = selection.getFirstElement();
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof ExtensionLayer) {
                    // a bare contributed layer has no kind: offer one entry per installed kind instead
                    addContributedLayers(newChild, owner, parameter);
                    continue;
                }
                Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                newChild.add(commandAction(command, ((CommandActionDelegate) command).getText()));
            }
            menu.add(newChild);
        }
        if (!selection.isEmpty()) {
            DeleteAction delete = new DeleteAction(domain);
            delete.select(selection);
            menu.add(delete);
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void addContributedLayers(MenuManager menu, Object owner, CommandParameter generic) {
        for (LayerKind kind : LayerKindRegistry.shared().kinds()) {
            Layer layer = kind.create();
            if (layer instanceof ExtensionLayer) {
                CommandParameter parameter = new CommandParameter(null, generic.getFeature(), layer);
                menu.add(commandAction(CreateChildCommand.create(domain, owner, parameter, List.of(owner)), kind.label()));
            }
        }
    }

    private IAction commandAction(Command command, String text) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                domain.getCommandStack().execute(command);
            }
        };
        action.setEnabled(command.canExecute());
        return action;
    }
}
