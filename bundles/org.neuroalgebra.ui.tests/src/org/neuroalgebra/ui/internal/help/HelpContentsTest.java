// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help > Help Contents and F1 in the running workbench: the pages are there and readable. */
class HelpContentsTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void processEvents() {
        while (Display.getCurrent().readAndDispatch()) {
            // keep dispatching
        }
    }

    @AfterEach
    void closeHelp() {
        HelpView view = (HelpView) page().findView(HelpView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    @Test
    void helpContentsListsTheGuidesAndOnePagePerInstalledAnalysis() {
        // What Help > Help Contents does.
        PlatformUI.getWorkbench().getHelpSystem().displayHelp();
        processEvents();
        HelpView view = (HelpView) page().findView(HelpView.ID);
        assertNotNull(view, "Help Contents opens the Help view");
        assertTrue(view.shownText().startsWith("Getting started\n"), view::shownText); //$NON-NLS-1$

        List<String> hrefs = view.pages().stream().map(HelpPage::href).toList();
        for (String guide : List.of("getting-started.md", "welcome.md", "language.md", "analyses.md", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "command-line.md", "workbench.md")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(hrefs.contains(guide), () -> guide + " in " + hrefs); //$NON-NLS-1$
        }
        var analyses = HelpView.installedAnalyses();
        assertTrue(analyses.size() >= 9, "the nine built-in analyses are installed"); //$NON-NLS-1$
        for (var analysis : analyses) {
            String href = "analyses/" + analysis.id() + ".md"; //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(hrefs.contains(href), () -> href + " in " + hrefs); //$NON-NLS-1$
        }
        for (HelpPage help : view.pages()) {
            assertTrue(help.text().length() > 200, () -> help.href() + " has text"); //$NON-NLS-1$
        }
    }

    @Test
    void anAnalysisPageIsWrittenAndListsTheSettingsTheAnalysisDeclares() {
        HelpView view = HelpView.open("analyses/train.md"); //$NON-NLS-1$
        processEvents();
        String text = view.shownText();
        assertTrue(text.startsWith("Training runs and where they end\n"), text); //$NON-NLS-1$
        assertTrue(text.contains("What it computes") && text.contains("Certified") && text.contains("Limits"), text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        var train = HelpView.installedAnalyses().stream().filter(a -> a.id().equals("train")).findFirst().orElseThrow(); //$NON-NLS-1$
        for (var setting : train.settings()) {
            assertTrue(text.contains(setting.name() + ": " + setting.help()), () -> setting.name() + " in " + text); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void contextHelpOfTheLaunchDialogOpensThePageOnLaunching() {
        assertNotNull(HelpSystem.getContext(HelpView.LAUNCH_CONTEXT), "the context is declared"); //$NON-NLS-1$
        assertNotNull(HelpSystem.getContext(HelpView.RESULTS_CONTEXT), "the context is declared"); //$NON-NLS-1$
        // What F1 on a control with this context does.
        PlatformUI.getWorkbench().getHelpSystem().displayHelp(HelpView.LAUNCH_CONTEXT);
        processEvents();
        HelpView view = (HelpView) page().findView(HelpView.ID);
        assertNotNull(view);
        assertTrue(view.shownText().startsWith("Launching, results and preferences\n"), view::shownText); //$NON-NLS-1$
    }

    @Test
    void markdownLinksHeadingsListsAndCodeAreRendered() {
        MarkdownText.Rendered rendered = new MarkdownText(null, null, null)
                .render("# Title\n\nSee [the language](language.md) and `code`\nwrapped.\n\n- one\n- two\n  continued\n\n```\nx = 1\n```\n"); //$NON-NLS-1$
        assertEquals("Title\n\nSee the language and code wrapped.\n\n\u2022 one\n\u2022 two continued\n    x = 1\n", //$NON-NLS-1$
                rendered.text());
        int link = rendered.text().indexOf("the language"); //$NON-NLS-1$
        assertEquals("language.md", rendered.linkAt(link).href()); //$NON-NLS-1$
        assertEquals(null, rendered.linkAt(0));
    }
}
