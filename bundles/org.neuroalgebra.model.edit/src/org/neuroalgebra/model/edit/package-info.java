// SPDX-License-Identifier: EPL-2.0
/**
 * Hand-written EMF.Edit support for the model: readable labels and the adapter factory that
 * editors use. The generated item providers live in {@code org.neuroalgebra.model.provider}.
 * <p>
 * <b>API status: provisional.</b> For editors of the model; it may change in a minor version. See
 * "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.model.edit;
