// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * What the tree editor asks its user when its file changed elsewhere while the editor holds
 * unsaved edits: neither the edits nor the other change may be lost without the user's word.
 * The seam tests answer through.
 */
interface ChangedFileQuestions {

    /**
     * @param file
     *            the editor's file, changed on disk
     * @return whether to drop the unsaved edits and load the file
     */
    boolean replaceEdits(IFile file);

    /**
     * @param file
     *            the editor's file, changed on disk since the editor read or saved it
     * @return whether saving may overwrite that change
     */
    boolean overwriteChange(IFile file);

    /** @return questions asked in dialogs over the given shell */
    static ChangedFileQuestions dialogs(Supplier<Shell> shell) {
        return new ChangedFileQuestions() {
            @Override
            public boolean replaceEdits(IFile file) {
                return MessageDialog.openQuestion(shell.get(), Messages.ModelTreeEditor_changedOnDiskTitle,
                        NLS.bind(Messages.ModelTreeEditor_changedOnDisk, file.getFullPath()));
            }

            @Override
            public boolean overwriteChange(IFile file) {
                return MessageDialog.openQuestion(shell.get(), Messages.ModelTreeEditor_changedOnDiskTitle,
                        NLS.bind(Messages.ModelTreeEditor_overwriteChange, file.getFullPath()));
            }
        };
    }
}
