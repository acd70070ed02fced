// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

/**
 * What the certificates of the critical points prove (docs/CERTIFICATES.md).
 *
 * @param certifiedPoints
 *            how many of the reported critical points are certified
 * @param points
 *            how many critical points are reported
 * @param disjoint
 *            whether the certified boxes are pairwise disjoint, so that the certified points are
 *            proven distinct
 * @param realCountProven
 *            whether every point counted real is proven real and every other one proven non-real
 * @param globalMinimumProven
 *            whether the loss enclosure of the real point of smallest loss lies below those of all
 *            other real points
 * @param seconds
 *            the time spent certifying, not included in the solving time
 * @param method
 *            how the points were certified, or why they were not
 */
public record Certification(int certifiedPoints, int points, boolean disjoint, boolean realCountProven,
        boolean globalMinimumProven, double seconds, String method) {

    /**
     * @param reason
     *            why nothing was certified
     * @param points
     *            the number of reported points
     * @return a certification that was not run
     */
    public static Certification notRun(String reason, int points) {
        return new Certification(0, points, false, false, false, 0, reason);
    }

    /** @return every reported point is certified and the points are proven distinct */
    public boolean complete() {
        return certifiedPoints == points && disjoint;
    }
}
