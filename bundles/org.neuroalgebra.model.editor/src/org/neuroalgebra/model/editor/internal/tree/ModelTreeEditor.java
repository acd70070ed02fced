// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.util.Collection;
import java.util.EventObject;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.neuroalgebra.model.editor.internal.Messages;
import org.neuroalgebra.model.editor.internal.ProblemMarkers;
import org.neuroalgebra.model.editor.internal.jface.EditContentProvider;
import org.neuroalgebra.model.editor.internal.jface.EditLabelProvider;
import org.neuroalgebra.model.editor.internal.jface.EditPropertySourceProvider;
import org.neuroalgebra.model.editor.internal.jface.ModelAdapterFactories;
import org.neuroalgebra.model.text.NalgResourceFactory;

/**
 * The tree editor of a model file ({@code .nalgx}, or {@code .nalg} as an alternative to the
 * text editor): the model as a tree, its selected object's properties edited in the
 * Properties view. Every change is an EMF command on the editor's command stack, so it can be
 * undone, and the stack tells whether the editor is dirty; the context menu adds and deletes
 * children. Saving is atomic and refused for a model loaded from a file with syntax errors (see
 * {@link ModelSaver}). A clean editor reloads its file when it changes elsewhere; a dirty one
 * asks whether to drop its edits, and saving over a change made elsewhere asks first too
 * ({@link ChangedFileQuestions}).
 */
public class ModelTreeEditor extends EditorPart implements IEditingDomainProvider {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.model.editor.tree"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory = ModelAdapterFactories.create();
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
            commandStack);
    private final CommandStackAction undoAction = CommandStackAction.undo(commandStack);
    private final CommandStackAction redoAction = CommandStackAction.redo(commandStack);
    private final DeleteAction deleteAction = new DeleteAction(domain);
    private ChangedFileQuestions questions = ChangedFileQuestions.dialogs(() -> getSite().getShell());
    private ModelSaver saver = new ModelSaver();
    private Resource resource;
    private TreeViewer viewer;
    private PropertySheetPage propertySheetPage;
    private final IResourceChangeListener fileListener = this::fileChanged;
    private boolean saving;
    private long savedStamp = IResource.NULL_STAMP;
    /** Set when a dirty editor kept its edits over a change of its file made elsewhere. */
    private boolean changedElsewhere;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        IFile file = input.getAdapter(IFile.class);
        if (file == null) {
            throw new PartInitException(NLS.bind(Messages.ModelTreeEditor_notAFile, input.getName()));
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        NalgResourceFactory.register(domain.getResourceSet());
        resource = load(file);
        savedStamp = file.getModificationStamp();
        commandStack.addCommandStackListener(this::commandStackChanged);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
    }

    private Resource load(IFile file) {
        URI uri = uriOf(file);
        try {
            return domain.getResourceSet().getResource(uri, true);
        } catch (RuntimeException e) {
            // An unreadable file: the resource exists and records why in its errors.
            return domain.getResourceSet().getResource(uri, false);
        }
    }

    private static URI uriOf(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        IStatus lossless = ModelSaver.checkLossless(resource);
        if (!lossless.isOK()) {
            Label warning = new Label(area, SWT.WRAP);
            warning.setText(lossless.getMessage());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(warning);
        }
        viewer = new TreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new EditContentProvider(adapterFactory));
        viewer.setLabelProvider(new EditLabelProvider(adapterFactory));
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(deleteAction);
        getSite().registerContextMenu(new TreeContextMenu(domain).install(viewer), viewer);
    }

    private IFile file() {
        return getEditorInput().getAdapter(IFile.class);
    }

    /** Follows changes of the file made elsewhere (e.g. by the text editor). */
    private void fileChanged(IResourceChangeEvent event) {
        IFile file = file();
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0 || saving
                || file.getModificationStamp() == savedStamp) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(this::fileChangedElsewhere);
    }

    private void fileChangedElsewhere() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (!isDirty() || questions.replaceEdits(file())) {
            reload();
        } else {
            changedElsewhere = true;
        }
    }

    private void reload() {
        resource.unload();
        domain.getResourceSet().getResources().remove(resource);
        IFile file = file();
        resource = load(file);
        savedStamp = file.getModificationStamp();
        changedElsewhere = false;
        commandStack.flush();
        viewer.setInput(resource);
        viewer.expandToLevel(2);
    }

    private void commandStackChanged(EventObject event) {
        Runnable update = () -> {
            firePropertyChange(PROP_DIRTY);
            undoAction.update();
            redoAction.update();
            Command command = commandStack.getMostRecentCommand();
            if (command != null && viewer != null && !viewer.getControl().isDisposed()) {
                Collection<?> affected = command.getAffectedObjects();
                viewer.setSelection(new StructuredSelection(affected.toArray()), true);
            }
            if (propertySheetPage != null && propertySheetPage.getControl() != null
                    && !propertySheetPage.getControl().isDisposed()) {
                propertySheetPage.refresh();
            }
        };
        // Always later, never inside the command's execution: refreshing the property sheet while
        // its cell editor is applying a value re-applies that value, which executes the command
        // again, without end (the EMF-generated editors defer for the same reason).
        Display display = viewer != null && !viewer.getControl().isDisposed() ? viewer.getControl().getDisplay()
                : getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer == null || !viewer.getControl().isDisposed()) {
                update.run();
            }
        });
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        IStatus status = save();
        if (status.getSeverity() == IStatus.CANCEL) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        } else if (!status.isOK()) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /**
     * @return OK; CANCEL when the user chose to keep a change made elsewhere; or why the model
     *         was not saved (its file is then unchanged)
     */
    IStatus save() {
        IFile file = file();
        if (changedOnDisk(file) && !questions.overwriteChange(file)) {
            return Status.CANCEL_STATUS;
        }
        return saveTo(file, resource);
    }

    private boolean changedOnDisk(IFile file) {
        return changedElsewhere || !file.isSynchronized(IResource.DEPTH_ZERO)
                || file.getModificationStamp() != savedStamp;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(getEditorInput().getAdapter(IFile.class));
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IStatus status = saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult()));
        if (!status.isOK()) {
            StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /**
     * Saves the model into another file, whose extension chooses the form ({@code .nalg} text
     * or {@code .nalgx} XMI), and continues editing that file.
     *
     * @param target
     *            the new file
     * @return OK, or why the model was not saved
     */
    IStatus saveAs(IFile target) {
        IStatus lossless = ModelSaver.checkLossless(resource);
        if (!lossless.isOK()) {
            return lossless;
        }
        Resource copy = domain.getResourceSet().createResource(uriOf(target));
        if (copy == null) {
            return Status.error(NLS.bind(Messages.ModelTreeEditor_unknownExtension, target.getName()));
        }
        copy.getContents().addAll(resource.getContents());
        IStatus status = saveTo(target, copy);
        if (!status.isOK()) {
            resource.getContents().addAll(copy.getContents());
            domain.getResourceSet().getResources().remove(copy);
            return status;
        }
        domain.getResourceSet().getResources().remove(resource);
        resource = copy;
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        return status;
    }

    private IStatus saveTo(IFile file, Resource toSave) {
        IPath location = file.getLocation();
        if (location == null) {
            return Status.error(NLS.bind(Messages.ModelTreeEditor_notLocal, file.getFullPath()));
        }
        IStatus status = saver.save(toSave, location.toPath());
        if (!status.isOK()) {
            return status;
        }
        commandStack.saveIsDone();
        firePropertyChange(PROP_DIRTY);
        saving = true;
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            savedStamp = file.getModificationStamp();
            changedElsewhere = false;
            ProblemMarkers.update(file);
        } catch (CoreException e) {
            // The file is saved; only the workspace's view of it lags behind.
            return e.getStatus();
        } finally {
            saving = false;
        }
        return status;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the resource being edited */
    Resource resource() {
        return resource;
    }

    /** @return the tree of the model */
    TreeViewer viewer() {
        return viewer;
    }

    /** @param newQuestions how this editor asks about changes made elsewhere from now on */
    void setQuestions(ChangedFileQuestions newQuestions) {
        questions = newQuestions;
    }

    /** @param newSaver how this editor saves from now on: the seam tests make a save fail with */
    void setSaver(ModelSaver newSaver) {
        saver = newSaver;
    }

    CommandStackAction undoAction() {
        return undoAction;
    }

    CommandStackAction redoAction() {
        return redoAction;
    }

    DeleteAction deleteAction() {
        return deleteAction;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(propertySheetPage());
        }
        return super.getAdapter(type);
    }

    private PropertySheetPage propertySheetPage() {
        if (propertySheetPage == null) {
            propertySheetPage = new PropertySheetPage() {
                @Override
                public void setActionBars(IActionBars actionBars) {
                    super.setActionBars(actionBars);
                    // Undo in the Properties view undoes this editor's edits too.
                    actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
                    actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
                }
            };
            propertySheetPage.setPropertySourceProvider(new EditPropertySourceProvider(adapterFactory));
        }
        return propertySheetPage;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
        adapterFactory.dispose();
        super.dispose();
    }
}
