// SPDX-License-Identifier: EPL-2.0
/**
 * Thin JFace adapters over EMF.Edit item providers (tree content, labels, Properties view),
 * standing in for org.eclipse.emf.edit.ui, which is not on Maven Central.
 */
package org.neuroalgebra.model.editor.internal.jface;
