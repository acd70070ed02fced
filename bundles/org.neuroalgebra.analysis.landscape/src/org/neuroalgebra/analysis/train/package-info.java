// SPDX-License-Identifier: EPL-2.0
/**
 * Training polynomial networks (MLPs, CNNs, lightning self-attention) by gradient descent and
 * Adam with the exact gradient (the exact Jacobian of θ ↦ c_θ composed with the gradient of the
 * loss in function space), many seeded runs in parallel, and where each run ends: smooth point,
 * boundary (diverging parameters), singular point or sparse subnetwork (docs/MATHEMATICS.md §7).
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.train;
