// SPDX-License-Identifier: EPL-2.0
/**
 * Strata of a neuromanifold (MATH.md §7): smooth points, boundary points, singular points and
 * sparse subnetworks (hidden neurons set to zero), the classification of a parameter point, and
 * the dimensions of the sparse-subnetwork strata.
 */
package org.neuroalgebra.analysis.singular;
