// SPDX-License-Identifier: EPL-2.0
/**
 * Sweeps over architecture families: every member of a {@code sweep} block runs its analyses and
 * gives one {@link org.neuroalgebra.sweep.SweepRow} per run. A member travels as a
 * {@link org.neuroalgebra.sweep.WorkUnit} (JSON) that {@link org.neuroalgebra.sweep.MemberEvaluation}
 * turns into rows in any JVM; a {@link org.neuroalgebra.sweep.SweepExecutor} runs the units (here
 * {@link org.neuroalgebra.sweep.LocalSweepExecutor}, or a cluster), the
 * {@link org.neuroalgebra.sweep.SweepRunner} keeps the finished members in a
 * {@link org.neuroalgebra.sweep.SweepJournal} so that a stopped sweep resumes, and
 * {@link org.neuroalgebra.sweep.SweepTableFiles} writes the deterministic tables at the end.
 * No UI dependency: the command line and the workbench share all of it.
 * <p>
 * <b>API status: provisional.</b> New with sweeps; the cluster's executor and the command line are
 * written against it, and it may still change with them.
 */
package org.neuroalgebra.sweep;
