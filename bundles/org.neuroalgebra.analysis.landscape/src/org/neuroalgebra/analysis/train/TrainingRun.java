// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import org.neuroalgebra.analysis.singular.PointClassification;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * One training run.
 *
 * @param index
 *            the run number, from 0
 * @param seed
 *            the seed of its initialization
 * @param lossCurve
 *            the loss at {@link TrainingSettings#CURVE_POINTS} evenly spaced steps, then the end
 * @param normCurve
 *            ‖θ‖ at the same steps
 * @param theta
 *            the final parameters
 * @param finalLoss
 *            the loss at the end
 * @param endPoint
 *            the stratum of the final θ (rank, zero neurons)
 * @param endStratum
 *            where the run ended, diverging runs being {@link Stratum#BOUNDARY}
 */
public record TrainingRun(int index, long seed, double[] lossCurve, double[] normCurve, double[] theta,
        double finalLoss, PointClassification endPoint, Stratum endStratum) {

    /** @return ‖θ‖ at the end */
    public double parameterNorm() {
        return normCurve[normCurve.length - 1];
    }

    /** @return the end stratum's name; a boundary end is reported as "boundary-or-diverging" */
    public String endStratumLabel() {
        return label(endStratum);
    }

    /** @return the name of an end stratum; a boundary end is reported as "boundary-or-diverging" */
    public static String label(Stratum endStratum) {
        return endStratum == Stratum.BOUNDARY ? "boundary-or-diverging" : endStratum.label(); //$NON-NLS-1$
    }
}
