// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

class MembershipAnalysisTest {

    private static final String MODELS = """
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }

            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            """;

    static MembershipResult run(String architecture, String target, long seed) throws Exception {
        return run(MODELS, architecture, target, seed);
    }

    /** Runs {@code membership of ARCHITECTURE seed SEED target TARGET} after the given models. */
    static MembershipResult run(String models, String architecture, String target, long seed) throws Exception {
        String text = models + "analysis m {\n  membership of " + architecture + " seed " + seed + " target " + target
                + "\n}\n";
        return (MembershipResult) new MembershipAnalysis(ModelText.solvers()).run(ModelText.request(text, "m"),
                ProgressMonitor.NULL);
    }

    @Test
    void sumOfCubesIsReachable() throws Exception {
        // docs/MATHEMATICS.md §3: x³ + y³ = 1·(x)³ + 1·(y)³; after normalizing the two scalings the fibre
        // equations are 4 equations in 4 unknowns, so Krawczyk's operator proves a real solution near the witness
        MembershipResult result = run("cubic_mlp", "x1^3 + x2^3", 1);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertNotNull(result.witness());
        assertTrue(result.witnessResidual() < 1e-8, result.summary().toString());
        assertTrue(result.certified(), result.summary().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("certified: Krawczyk's operator proves")), //$NON-NLS-1$
                result.notes().toString());
        JsonObject json = result.toJson();
        assertTrue(json.get("member").getAsBoolean());
        assertEquals(6, json.getAsJsonObject("witness").size());
    }

    @Test
    void threeRealRootsAreNotReachable() throws Exception {
        // x³ − xy² = x(x − y)(x + y) has real Waring rank 3; its two complex decompositions
        // (swapped) are the generic fibre ∏ d_i! = 2 after normalizing the scalings
        MembershipResult result = run("cubic_mlp", "x1^3 - x1*x2^2", 2);
        assertEquals(Membership.NOT_MEMBER, result.membership(), result.summary().toString());
        assertEquals(2, result.expectedSolutions());
        assertEquals(2, result.solutions(), result.summary().toString());
        assertEquals(0, result.realSolutions());
        assertEquals(0, result.failedPaths());
        assertFalse(result.toJson().get("member").getAsBoolean());
    }

    @Test
    void everyBinaryQuadricIsASumOfTwoSignedSquares() throws Exception {
        // e(ax+by)² + f(cx+dy)² with real e, f of any sign: every real symmetric 2×2 matrix is
        // diagonalizable over R, so definite, indefinite and degenerate forms are all members
        String[] targets = { "x1^2 + x2^2", "-x1^2 - 3*x2^2", "3*x1^2 - 5*x1*x2 + 7*x2^2", "-4*x1^2 + x1*x2 + 6*x2^2" };
        long seed = 10;
        for (String target : targets) {
            MembershipResult result = run("square_mlp", target, seed++);
            assertEquals(Membership.MEMBER, result.membership(), target + ": " + result.summary());
            assertEquals(1, result.remainingFiberDimension()); // the rotation survives the normalization
            assertTrue(result.witnessResidual() < 1e-8, target + ": " + result.summary());
            // 4 unknowns for 3 coefficients: no square system to prove the witness on, and the answer says so
            assertFalse(result.certified(), target + ": " + result.summary());
        }
    }

    @Test
    void aCubeNeedsAZeroOutgoingWeightOnASpecialFibre() throws Exception {
        // x1³ = 1·(x1)³ + 0·(w·x)³ for any w: its fibre is a curve although the generic fibre is
        // finite; the singular endpoints send the search to the curve, where a real point lies
        MembershipResult result = run("cubic_mlp", "x1^3", 5);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertTrue(result.witnessResidual() < 1e-8);
    }

    @Test
    void aCubicWithThreeRealRootsIsNotReachable() throws Exception {
        // x³ + 2x²y − y³ has discriminant 32 − 27 = 5 > 0: three distinct real roots
        MembershipResult result = run("cubic_mlp", "x1^3 + 2*x1^2*x2 - x2^3", 5);
        assertEquals(Membership.NOT_MEMBER, result.membership(), result.summary().toString());
    }

    @Test
    void aMonomialOutsideTheAmbientSpaceIsExactlyExcluded() throws Exception {
        MembershipResult result = run("cubic_mlp", "x1^2", 1);
        assertEquals(Membership.NOT_MEMBER, result.membership());
        assertTrue(result.certified());
    }
}
