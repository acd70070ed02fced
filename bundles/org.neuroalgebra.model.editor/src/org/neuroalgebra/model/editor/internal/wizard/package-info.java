// SPDX-License-Identifier: EPL-2.0
/**
 * The New Neuroalgebra Model wizard.
 */
package org.neuroalgebra.model.editor.internal.wizard;
