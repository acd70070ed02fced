// SPDX-License-Identifier: EPL-2.0
/**
 * Window &gt; Preferences &gt; Neuroalgebra.
 */
package org.neuroalgebra.ui.internal.preferences;
