// SPDX-License-Identifier: EPL-2.0
/**
 * The launch configuration delegate: turns a Neuroalgebra launch configuration into analysis
 * jobs (one per block, or one for an analysis and subject chosen in the tab).
 */
package org.neuroalgebra.launch.internal;
