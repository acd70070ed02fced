// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation helpers shared by the analyses: the bridge from the EMF model to
 * parametrizations, and the normalized polynomial systems of membership and fibre
 * computations. Not API.
 */
package org.neuroalgebra.analysis.internal;
