// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** The text editor's configuration: the platform's defaults plus {@code .nalg} colouring. */
class NalgSourceViewerConfiguration extends TextSourceViewerConfiguration {

    // The colours of Eclipse's Java editor, which users of this workbench know.
    private static final Color KEYWORD = new Color(127, 0, 85);
    private static final Color COMMENT = new Color(63, 127, 95);
    private static final Color NUMBER = new Color(42, 0, 255);

    NalgSourceViewerConfiguration(IPreferenceStore preferences) {
        super(preferences);
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(getConfiguredDocumentPartitioning(sourceViewer));
        DefaultDamagerRepairer colouring = new DefaultDamagerRepairer(new NalgCodeScanner(KEYWORD, COMMENT, NUMBER));
        reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }
}
