// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import org.eclipse.ui.IStartup;
import org.neuroalgebra.ui.internal.views.HistoryView;

/**
 * Starts recording runs into the Results History when the workbench starts, so that no run is
 * missed because no results view was open yet, and brings the history to the front on each run.
 */
public class HistoryStartup implements IStartup {

    @Override
    public void earlyStartup() {
        HistoryView.bringToFrontOnRuns();
    }
}
