// SPDX-License-Identifier: EPL-2.0
/**
 * Analyses as launch configurations: the configuration attributes, the job that runs an
 * analysis, and the notifications views listen to. Headless-capable: depends on
 * {@code org.eclipse.debug.core} only.
 */
package org.neuroalgebra.launch;
