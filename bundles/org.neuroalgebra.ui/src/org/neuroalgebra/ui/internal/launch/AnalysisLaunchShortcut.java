// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.neuroalgebra.launch.LaunchAttributes;

/** Run As > Neuroalgebra Analyses on a {@code .nalg} file: runs every analysis block of it. */
public class AnalysisLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null) {
                launch(file, mode);
            }
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IEditorInput input = editor.getEditorInput();
        IFile file = Adapters.adapt(input, IFile.class);
        if (file != null) {
            launch(file, mode);
        }
    }

    private static void launch(IFile file, String mode) {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
        try {
            ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
                    manager.generateLaunchConfigurationName(file.getName()));
            copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
            copy.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
            DebugUITools.launch(copy.doSave(), mode);
        } catch (CoreException e) {
            DebugPlugin.log(e);
        }
    }
}
