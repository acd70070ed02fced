// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

/**
 * The certificates of a list of approximate solutions, in the same order, and
 * what they prove together.
 *
 * @param certificates
 *            one per approximate solution, in order
 * @param provenDistinct
 *            a proven lower bound on the number of distinct solutions among
 *            the certified ones: the size of a set of certified boxes that are
 *            pairwise disjoint (equal to {@link #certifiedCount()} when
 *            {@link #pairwiseDisjoint()})
 * @param pairwiseDisjoint
 *            whether every two certified boxes are disjoint, so that the
 *            certified solutions are proven pairwise distinct
 * @param seconds
 *            wall-clock time spent refining and certifying (not solving)
 */
public record CertificationResult(List<SolutionCertificate> certificates, int provenDistinct,
        boolean pairwiseDisjoint, double seconds) {

    /** Copies the list. */
    public CertificationResult {
        certificates = List.copyOf(certificates);
    }

    /**
     * @param i
     *            index of an approximate solution
     * @return its certificate
     */
    public SolutionCertificate certificate(int i) {
        return certificates.get(i);
    }

    /** @return the number of certified solutions */
    public int certifiedCount() {
        return (int) certificates.stream().filter(SolutionCertificate::certified).count();
    }

    /** @return the number of solutions proven real */
    public int provenRealCount() {
        return (int) certificates.stream().filter(SolutionCertificate::provenReal).count();
    }

    /** @return the number of solutions proven not real */
    public int provenNonRealCount() {
        return (int) certificates.stream().filter(SolutionCertificate::provenNonReal).count();
    }

    /**
     * @return true when every solution is certified and all are proven
     *         pairwise distinct: then their number is a proven lower bound on
     *         the number of solutions of the system
     */
    public boolean allCertifiedAndDistinct() {
        return certifiedCount() == certificates.size() && pairwiseDisjoint;
    }

    /** @return e.g. "4 of 4 solutions certified (Krawczyk), 2 proven real" */
    public String summary() {
        int n = certificates.size();
        StringBuilder sb = new StringBuilder().append(certifiedCount()).append(" of ").append(n) //$NON-NLS-1$
                .append(n == 1 ? " solution" : " solutions").append(" certified (Krawczyk), ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(provenRealCount()).append(" proven real"); //$NON-NLS-1$
        if (!pairwiseDisjoint) {
            sb.append(", only ").append(provenDistinct).append(" proven distinct"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sb.toString();
    }
}
