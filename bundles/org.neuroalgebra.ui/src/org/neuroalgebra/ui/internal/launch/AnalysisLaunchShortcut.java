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
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.neuroalgebra.launch.InstalledAnalyses;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.NeuroalgebraModel;

/**
 * Run As > Neuroalgebra Analyses on a {@code .nalg} file runs every analysis block of it; on an
 * architecture or variety (tree editor, text editor's outline) it runs the file's blocks about
 * that subject, or, when the file has none, opens the launch dialog on a new configuration for
 * that subject, where the analysis is chosen.
 */
public class AnalysisLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof AnalysisSubject subject) {
            launch(subject, mode);
            return;
        }
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

    private static void launch(AnalysisSubject subject, String mode) {
        String file = LaunchDefaults.workspacePath(subject);
        if (file == null) {
            return;
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
        try {
            ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
                    manager.generateLaunchConfigurationName(subject.getName()));
            copy.setAttribute(LaunchAttributes.FILE, file);
            copy.setAttribute(LaunchAttributes.SUBJECT, subject.getName());
            boolean hasBlocks = subject.eResource().getContents().stream().filter(NeuroalgebraModel.class::isInstance)
                    .map(NeuroalgebraModel.class::cast).flatMap(model -> model.getElements().stream())
                    .anyMatch(element -> element instanceof Analysis analysis && analysis.getSubject() == subject);
            if (hasBlocks) {
                copy.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
                DebugUITools.launch(copy.doSave(), mode);
            } else {
                LaunchDefaults.fill(copy, subject, InstalledAnalyses.registry().all());
                DebugUITools.openLaunchConfigurationDialogOnGroup(
                        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                        new StructuredSelection(copy.doSave()), IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
            }
        } catch (CoreException e) {
            DebugPlugin.log(e);
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
