// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI in the product: Help &gt; Help Contents, Help &gt; Search and F1 open
 * the {@link HelpView}; F1 opens the page of the context's first related topic.
 */
public class NeuroalgebraHelpUI extends AbstractHelpUI {

    private static final String PREFIX = "/org.neuroalgebra.ui/help/"; //$NON-NLS-1$

    @Override
    public void displayHelp() {
        HelpView.open(HelpPages.GETTING_STARTED);
    }

    @Override
    public void displaySearch() {
        displayHelp();
    }

    @Override
    public void displayDynamicHelp() {
        displayHelp();
    }

    @Override
    public void search(String expression) {
        displayHelp();
    }

    @Override
    public java.net.URL resolve(String href, boolean documentOnly) {
        return null;
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
        displayHelpResource(topics == null || topics.length == 0 ? HelpPages.GETTING_STARTED : topics[0].getHref());
    }

    @Override
    public void displayHelpResource(String href) {
        HelpView.open(page(href));
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    /** @return the page of a help href such as {@code /org.neuroalgebra.ui/help/workbench.md} */
    static String page(String href) {
        if (href == null) {
            return HelpPages.GETTING_STARTED;
        }
        String page = href.startsWith(PREFIX) ? href.substring(PREFIX.length())
                : href.startsWith("help/") ? href.substring("help/".length()) : href; //$NON-NLS-1$ //$NON-NLS-2$
        int anchor = page.indexOf('#');
        return anchor < 0 ? page : page.substring(0, anchor);
    }
}
