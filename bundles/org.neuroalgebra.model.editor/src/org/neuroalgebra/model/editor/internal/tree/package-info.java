// SPDX-License-Identifier: EPL-2.0
/**
 * The tree editor of model files: EMF.Edit commands with undo, atomic save.
 */
package org.neuroalgebra.model.editor.internal.tree;
