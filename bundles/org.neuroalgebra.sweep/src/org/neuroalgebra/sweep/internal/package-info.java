// SPDX-License-Identifier: EPL-2.0
/**
 * The sweep engine's implementation: running one computation under a time limit, and the words
 * of rows without a result.
 * <p>
 * <b>Not API.</b>
 * Exported only to the bundle's test fragment ({@code x-friends}).
 */
package org.neuroalgebra.sweep.internal;
