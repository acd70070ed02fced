// SPDX-License-Identifier: EPL-2.0
/** Views showing analysis results and their charts. */
package org.neuroalgebra.ui.internal.views;
