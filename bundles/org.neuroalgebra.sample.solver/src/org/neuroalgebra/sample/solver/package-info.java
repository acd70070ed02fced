// SPDX-License-Identifier: EPL-2.0
/**
 * A sample third-party extension: a {@link org.neuroalgebra.sample.solver.CompanionMatrixSolver}
 * contributed as an OSGi service, which the solver registry picks up without any change to the
 * suite. It shows the whole extension contract in one small class.
 * <p>
 * <b>Not API.</b> An example to copy from, not to depend on; see "A solver" in docs/EXTENDING.md.
 */
package org.neuroalgebra.sample.solver;
