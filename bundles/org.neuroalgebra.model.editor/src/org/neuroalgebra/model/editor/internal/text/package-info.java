// SPDX-License-Identifier: EPL-2.0
/**
 * The text editor of .nalg files: colouring, outline, problem markers.
 */
package org.neuroalgebra.model.editor.internal.text;
