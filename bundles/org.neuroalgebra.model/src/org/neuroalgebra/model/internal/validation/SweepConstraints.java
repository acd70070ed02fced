// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * A sweep has a template and runs (the parser says so when it reads one), and a positive time
 * limit. Its template's syntax, including each value of each choice set, is checked when it is
 * read; each member is validated when it is built (see org.neuroalgebra.model.sweep), since a
 * family may have more members than validation can look at.
 */
public final class SweepConstraints {

    private SweepConstraints() {
    }

    public static void check(Sweep sweep, Problems problems) {
        if (SourceLocation.isIncomplete(sweep)) {
            return;
        }
        if (sweep.getTemplate() == null) {
            problems.error(sweep, "sweep '" + sweep.getName() + "' has no architecture template"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (sweep.getRuns().isEmpty()) {
            problems.error(sweep, "sweep '" + sweep.getName() + "' runs no analysis"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (sweep.isSetTimeout() && sweep.getTimeout() <= 0) {
            problems.error(sweep, Literals.SWEEP__TIMEOUT, 0, "the timeout must be a positive number of seconds, found " //$NON-NLS-1$
                    + sweep.getTimeout());
        }
    }
}
