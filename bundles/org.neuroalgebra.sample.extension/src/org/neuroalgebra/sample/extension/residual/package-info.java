// SPDX-License-Identifier: EPL-2.0
/**
 * The sample's layer kind: the residual (skip) block {@code residual hidden=H activation="σ"},
 * registered as a {@link org.neuroalgebra.model.layers.LayerKind} service.
 */
package org.neuroalgebra.sample.extension.residual;
