// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.math.BigInteger;

import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.SolveResult;

import com.google.gson.JsonObject;

/**
 * Completeness of a solve proven by the Bézout number instead of an exact count. For n equations
 * in n unknowns of degrees d1, ..., dn, the degrees of all irreducible components of the solution
 * set in Cⁿ, isolated points included, add up to at most d1···dn (the refined Bézout theorem). So
 * when that many solutions are certified (each the only solution in its Krawczyk box) and proven
 * pairwise distinct, there is no other solution and no positive-dimensional component: the exact
 * counts modulo two primes could only repeat this, at a cost that grows far faster than the paths'
 * (for ten dense quadrics, seconds of Gröbner work per prime against a fraction of a second of
 * tracking).
 */
final class BezoutCompleteness {

    /** The name the cross-check entry gives this proof, in the place of a counter's id. */
    static final String ID = "bezout-bound"; //$NON-NLS-1$

    private BezoutCompleteness() {
    }

    /**
     * @return true when the system is square, no path failed, and the finite solutions are at least one, all
     *         certified, pairwise distinct and as many as the Bézout number
     */
    static boolean reached(PolynomialSystem system, SolveResult result, CertificationResult certification) {
        if (system.equationCount() != system.variableCount() || result.failedPathCount() > 0
                || !certification.allCertifiedAndDistinct()) {
            return false;
        }
        // At least one solution: an identically zero equation makes the Bézout number 0, and zero solutions
        // would then "reach" it although the solution set is positive-dimensional.
        int solutions = certification.certificates().size();
        return solutions > 0 && BigInteger.valueOf(solutions).equals(SolvePreflight.pathCount(system));
    }

    /** @return the cross-check entry of the proof, shaped like a counter's: dimension 0, the bound as degree */
    static JsonObject crossCheck(PolynomialSystem system, int solutions) {
        JsonObject entry = new JsonObject();
        entry.addProperty("counter", ID); //$NON-NLS-1$
        entry.addProperty("dimension", 0); //$NON-NLS-1$
        entry.addProperty("degree", SolvePreflight.pathCount(system)); //$NON-NLS-1$
        entry.addProperty("agrees", true); //$NON-NLS-1$
        entry.addProperty("numericalCount", solutions); //$NON-NLS-1$
        return entry;
    }

    /** @return the evidence of a report certified this way */
    static String evidence(int solutions) {
        return solutions + (solutions == 1 ? " solution" : " solutions") //$NON-NLS-1$ //$NON-NLS-2$
                + " certified (Krawczyk) and pairwise distinct; as many as the Bézout number, so there is no other" //$NON-NLS-1$
                + " solution and no positive-dimensional component"; //$NON-NLS-1$
    }
}
