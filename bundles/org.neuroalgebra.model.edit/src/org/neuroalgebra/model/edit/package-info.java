// SPDX-License-Identifier: EPL-2.0
/**
 * Hand-written EMF.Edit support for the model: readable labels and the adapter factory that
 * editors use. The generated item providers live in {@code org.neuroalgebra.model.provider}.
 */
package org.neuroalgebra.model.edit;
