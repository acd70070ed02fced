// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Help &gt; Neuroalgebra Welcome: the five-minute tour in the Help view. */
public class OpenWelcomeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        HelpView.open(HelpPages.WELCOME);
        return null;
    }
}
