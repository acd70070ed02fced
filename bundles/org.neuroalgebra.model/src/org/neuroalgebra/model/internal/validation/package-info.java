// SPDX-License-Identifier: EPL-2.0
/**
 * The constraints checked by {@link org.neuroalgebra.model.validation.NeuroalgebraValidator},
 * one class per kind of block, and the ambient-space size estimate.
 */
package org.neuroalgebra.model.internal.validation;
