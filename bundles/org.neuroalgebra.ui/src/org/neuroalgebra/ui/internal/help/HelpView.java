// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.IAnalysis;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Help &gt; Help Contents: the list of help pages beside the selected page, rendered as styled
 * text with links between pages.
 */
public class HelpView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.help"; //$NON-NLS-1$

    /** The context id of the launch dialog's main tab. */
    public static final String LAUNCH_CONTEXT = "org.neuroalgebra.ui.launchDialog"; //$NON-NLS-1$

    /** The context id of the Analysis Results view. */
    public static final String RESULTS_CONTEXT = "org.neuroalgebra.ui.resultsView"; //$NON-NLS-1$

    private TableViewer contents;
    private StyledText page;
    private MarkdownText renderer;
    private MarkdownText.Rendered shown;
    private List<HelpPage> pages;

    @Override
    public void createPartControl(Composite parent) {
        renderer = new MarkdownText(JFaceResources.getHeaderFont(), JFaceResources.getTextFont(),
                parent.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
        pages = HelpPages.all(installedAnalyses());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new TableViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        contents.setContentProvider(ArrayContentProvider.getInstance());
        contents.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                HelpPage help = (HelpPage) element;
                return help.href().startsWith("analyses/") ? "    " + help.title() : help.title(); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        contents.setInput(pages);
        contents.addSelectionChangedListener(event -> {
            if (contents.getStructuredSelection().getFirstElement() instanceof HelpPage help) {
                render(help);
            }
        });

        page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        page.setMargins(12, 8, 12, 8);
        page.addListener(SWT.MouseUp, event -> {
            int offset = page.getOffsetAtPoint(new Point(event.x, event.y));
            MarkdownText.Link link = offset < 0 || shown == null ? null : shown.linkAt(offset);
            if (link != null) {
                show(link.href());
            }
        });
        sash.setWeights(1, 3);
        show(HelpPages.GETTING_STARTED);
    }

    /**
     * Shows a page.
     *
     * @param href
     *            the page, e.g. {@code analyses/edd.md}; an unknown page shows the first one
     * @return whether the page exists
     */
    public boolean show(String href) {
        HelpPage found = pages.stream().filter(help -> help.href().equals(href)).findFirst().orElse(null);
        HelpPage target = found != null ? found : pages.isEmpty() ? null : pages.get(0);
        if (target != null) {
            contents.setSelection(new StructuredSelection(target), true);
            render(target);
        }
        return found != null;
    }

    /** @return the pages in the order of the contents */
    public List<HelpPage> pages() {
        return pages;
    }

    /** @return the text shown now */
    public String shownText() {
        return page.getText();
    }

    private void render(HelpPage help) {
        shown = renderer.render(help.text());
        page.setText(shown.text());
        page.setStyleRanges(shown.styles().toArray(StyleRange[]::new));
        page.setTopIndex(0);
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }

    /** @return the analyses installed now (none when the registry is not available) */
    static Collection<IAnalysis> installedAnalyses() {
        var bundle = FrameworkUtil.getBundle(HelpView.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return List.of();
        }
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                AnalysisRegistry.class, null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(2_000);
            return registry == null ? List.of() : registry.all();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            tracker.close();
        }
    }

    /**
     * Opens the Help view on a page.
     *
     * @return the view, or null when there is no workbench window
     */
    public static HelpView open(String href) {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            HelpView view = (HelpView) window.getActivePage().showView(ID);
            view.show(href);
            return view;
        } catch (PartInitException e) {
            ILog.of(HelpView.class).log(e.getStatus());
            return null;
        }
    }
}
