// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench editors of model files: shared pieces (problem markers, messages).
 */
package org.neuroalgebra.model.editor.internal;
