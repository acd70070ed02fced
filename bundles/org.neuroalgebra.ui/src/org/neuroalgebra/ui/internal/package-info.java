// SPDX-License-Identifier: EPL-2.0
/** The Neuroalgebra perspective and workbench wiring. */
package org.neuroalgebra.ui.internal;
