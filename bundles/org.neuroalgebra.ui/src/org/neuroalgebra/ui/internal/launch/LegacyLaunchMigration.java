// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.ui.IStartup;
import org.neuroalgebra.launch.LaunchAttributes;

/**
 * Turns configurations of the old types of one analysis each (hidden now) into configurations of
 * the general type when the workbench starts, so that they show in Run Configurations and the
 * launch history again; until then they still run as they are.
 */
public class LegacyLaunchMigration implements IStartup {

    @Override
    public void earlyStartup() {
        try {
            for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurations()) {
                if (LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier()) != null) {
                    LaunchAttributes.migrate(configuration);
                }
            }
        } catch (CoreException e) {
            DebugPlugin.log(e);
        }
    }
}
