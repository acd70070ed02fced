// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Opens the welcome tour the first time the Neuroalgebra product starts in a workspace. Only in
 * the product: in an Eclipse IDE the suite is installed into, or in tests, nothing opens
 * unasked.
 */
public class WelcomeOnFirstStart implements IStartup {

    /** The product id (the plugin's product extension). */
    static final String PRODUCT = "org.neuroalgebra.ui.product"; //$NON-NLS-1$

    /** Instance-scope key of the node {@code org.neuroalgebra.ui}: true once the tour was shown. */
    static final String SHOWN = "welcome.shown"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        IProduct product = Platform.getProduct();
        if (product == null || !PRODUCT.equals(product.getId())) {
            return;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.neuroalgebra.ui"); //$NON-NLS-1$
        if (preferences.getBoolean(SHOWN, false)) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            if (HelpView.open(HelpPages.WELCOME) != null) {
                preferences.putBoolean(SHOWN, true);
                try {
                    preferences.flush();
                } catch (BackingStoreException e) {
                    // shown again next time: harmless
                }
            }
        });
    }
}
