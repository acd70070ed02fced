// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.neuroalgebra.launch.LaunchPreferences;

/**
 * Puts the launch defaults into the default scope, so that the preference page's "Restore
 * Defaults" and every reader of the node see the same values.
 */
public class LaunchPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(LaunchPreferences.NODE);
        defaults.putLong(LaunchPreferences.SEED, LaunchPreferences.DEFAULT_SEED);
        defaults.put(LaunchPreferences.PRECISION, LaunchPreferences.DEFAULT_PRECISION);
        defaults.putInt(LaunchPreferences.THREADS, LaunchPreferences.DEFAULT_THREADS);
        defaults.putLong(LaunchPreferences.TIME_LIMIT, LaunchPreferences.DEFAULT_TIME_LIMIT_SECONDS);
        defaults.putLong(LaunchPreferences.MONOMIAL_LIMIT, LaunchPreferences.DEFAULT_MONOMIAL_LIMIT);
        defaults.put(LaunchPreferences.RESULTS_LOCATION, LaunchPreferences.DEFAULT_RESULTS_LOCATION);
    }
}
