// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import java.util.Collection;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.model.AnalysisSubject;

/**
 * Pre-fills a new configuration from what is selected: a {@code .nalg} file (in a view or as the
 * active editor's input) gives the model file; an architecture or variety selected in the tree
 * editor or the text editor's outline gives the file and the subject, and the first installed
 * analysis that accepts that kind of subject.
 */
final class LaunchDefaults {

    private LaunchDefaults() {
    }

    static void fill(ILaunchConfigurationWorkingCopy configuration, Collection<IAnalysis> analyses) {
        IWorkbenchWindow window = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                : null;
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        ISelection selection = page == null ? null : page.getSelection();
        Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        if (element == null && page != null && page.getActiveEditor() != null) {
            IEditorPart editor = page.getActiveEditor();
            element = editor.getEditorInput();
        }
        fill(configuration, element, analyses);
    }

    /** Pre-fills from one selected element (a file, an editor input, a subject). */
    static void fill(ILaunchConfigurationWorkingCopy configuration, Object element, Collection<IAnalysis> analyses) {
        String analysisId = analyses.stream().findFirst().map(IAnalysis::id).orElse(""); //$NON-NLS-1$
        if (element instanceof AnalysisSubject subject) {
            String file = workspacePath(subject);
            if (file != null) {
                configuration.setAttribute(LaunchAttributes.FILE, file);
            }
            configuration.setAttribute(LaunchAttributes.SUBJECT, subject.getName());
            SubjectKind kind = SubjectKind.of(subject);
            analysisId = analyses.stream().filter(a -> a.subjectKinds().contains(kind)).findFirst().map(IAnalysis::id)
                    .orElse(analysisId);
        } else {
            IFile file = element == null ? null : Adapters.adapt(element, IFile.class);
            if (file != null && "nalg".equals(file.getFileExtension())) { //$NON-NLS-1$
                configuration.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
            }
        }
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, analysisId);
    }

    /** @return "/project/file.nalg" for an object of a workspace file, else null */
    static String workspacePath(EObject object) {
        URI uri = object.eResource() == null ? null : object.eResource().getURI();
        return uri != null && uri.isPlatformResource() ? uri.toPlatformString(true) : null;
    }
}
