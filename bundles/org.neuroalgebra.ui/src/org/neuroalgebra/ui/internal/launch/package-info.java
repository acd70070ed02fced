// SPDX-License-Identifier: EPL-2.0
/** The launch configuration tabs and the Run As shortcut for analyses. */
package org.neuroalgebra.ui.internal.launch;
