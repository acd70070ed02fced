// SPDX-License-Identifier: EPL-2.0
/**
 * Materialized datasets: the inputs and targets of a {@code dataset} block as floating-point
 * arrays (explicit points, seeded random inputs in a box, targets from a seeded teacher network
 * with Gaussian noise, or a CSV file), the {@link org.neuroalgebra.analysis.data.Network} of a
 * request (any architecture kind with its output layout), and the evaluation of a network
 * function on them.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); shared by the built-in
 * analysis families.
 */
package org.neuroalgebra.analysis.data;
