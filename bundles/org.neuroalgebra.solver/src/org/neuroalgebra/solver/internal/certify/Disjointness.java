// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neuroalgebra.solver.SolutionCertificate;

/**
 * Which certified boxes are pairwise disjoint. Two disjoint boxes hold two
 * different solutions (each holds exactly one), so a set of pairwise disjoint
 * boxes proves that many distinct solutions.
 *
 * @param pairwiseDisjoint
 *            whether every two certified boxes are disjoint
 * @param independent
 *            the size of a set of pairwise disjoint certified boxes (all of
 *            them when pairwiseDisjoint)
 */
public record Disjointness(boolean pairwiseDisjoint, int independent) {

    /**
     * @param certificates
     *            certificates of points of one system (uncertified ones are
     *            ignored)
     * @return what the boxes prove together
     */
    public static Disjointness of(List<SolutionCertificate> certificates) {
        List<SolutionCertificate> certified = new ArrayList<>(
                certificates.stream().filter(SolutionCertificate::certified).toList());
        // Sweep along the real part of the first coordinate: only boxes whose spans there meet can meet.
        certified.sort(Comparator.comparingDouble(c -> c.box(0).reLow()));
        boolean disjoint = true;
        for (int i = 0; i < certified.size() && disjoint; i++) {
            double high = certified.get(i).box(0).reHigh();
            for (int j = i + 1; j < certified.size() && certified.get(j).box(0).reLow() <= high; j++) {
                if (!certified.get(i).disjointFrom(certified.get(j))) {
                    disjoint = false;
                    break;
                }
            }
        }
        if (disjoint) {
            return new Disjointness(true, certified.size());
        }
        List<SolutionCertificate> chosen = new ArrayList<>();
        for (SolutionCertificate c : certified) {
            if (chosen.stream().allMatch(c::disjointFrom)) {
                chosen.add(c);
            }
        }
        return new Disjointness(false, chosen.size());
    }
}
