// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.neuroalgebra.ui.internal.help.HelpView;
import org.neuroalgebra.ui.internal.views.CompareView;
import org.neuroalgebra.ui.internal.views.HistoryView;
import org.neuroalgebra.ui.internal.views.ResultsView;

/**
 * The Neuroalgebra perspective: models on the left, editors in the middle, analysis results
 * with their charts below, the results history, problems and progress beside them.
 */
public class NeuroalgebraPerspective implements IPerspectiveFactory {

    /** The perspective id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.perspective"; //$NON-NLS-1$

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$
    private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$
    private static final String NEW_MODEL_WIZARD = "org.neuroalgebra.model.editor.newModel"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.4f, editorArea); //$NON-NLS-1$
        bottom.addView(ResultsView.ID);
        bottom.addPlaceholder(CompareView.ID);
        // The history beside the results, so that choosing an entry shows it without hiding the list.
        IFolderLayout history = layout.createFolder("history", IPageLayout.RIGHT, 0.6f, "bottom"); //$NON-NLS-1$ //$NON-NLS-2$
        history.addView(HistoryView.ID);
        history.addView(IPageLayout.ID_PROBLEM_VIEW);
        history.addView(PROGRESS_VIEW);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);
        // The Run menu and toolbar come from the debug launch action set; without it analyses
        // could only be launched from the context menu.
        layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addShowViewShortcut(ResultsView.ID);
        layout.addNewWizardShortcut("org.neuroalgebra.model.editor.newProject"); //$NON-NLS-1$
        layout.addShowViewShortcut(HistoryView.ID);
        layout.addShowViewShortcut(CompareView.ID);
        layout.addNewWizardShortcut(NEW_MODEL_WIZARD);
        layout.addShowViewShortcut(HelpView.ID);
        layout.addPerspectiveShortcut(ID);
    }
}
