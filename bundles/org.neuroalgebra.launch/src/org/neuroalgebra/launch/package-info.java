// SPDX-License-Identifier: EPL-2.0
/**
 * Analyses as launch configurations: the configuration attributes, the job that runs an
 * analysis, and the notifications views listen to. Headless-capable: depends on
 * {@code org.eclipse.debug.core} only.
 * <p>
 * <b>API status: provisional.</b> For views and tools that follow analysis runs in the workbench;
 * it may change in a minor version. The launch configuration attributes written into saved
 * configurations are kept readable (old configurations are migrated). See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.launch;
