// SPDX-License-Identifier: EPL-2.0
/**
 * Sweeps over architecture families: the members of a {@code sweep} block of a {@code .nalg}
 * file, each an architecture of the family with the analyses to run on it
 * ({@link org.neuroalgebra.model.sweep.SweepMembers}, {@link org.neuroalgebra.model.sweep.SweepMember}).
 * The syntax of the block is described in the model language reference (the help page
 * "The model language", section "Sweeps").
 * <p>
 * <b>API status: provisional.</b> New in this release; may change in a minor version.
 */
package org.neuroalgebra.model.sweep;
