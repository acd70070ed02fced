// SPDX-License-Identifier: EPL-2.0
/**
 * The sweep engine's implementation: running one computation under a time limit.
 */
package org.neuroalgebra.sweep.internal;
