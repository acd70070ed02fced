// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Membership over R for the kinds beyond one-output MLPs (docs/MATHEMATICS.md §3): a CNN, an MLP
 * with two outputs (a vector target) and lightning attention.
 */
class MembershipKindsTest {

    private static final String MODELS = """
            architecture quadratic_cnn {
              input 3
              conv kernel=2 stride=1 bias=false
              conv kernel=2 stride=1 bias=false
            }

            architecture two_outputs {
              input 2
              dense 2 bias=false
              activation x^2
              dense 2 bias=false
            }

            architecture lightning {
              attention d=2 t=2 a=1
            }

            architecture linear_212 {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }

            architecture linear_3223 {
              input 3
              dense 2 bias=false
              activation 2*x
              dense 2 bias=false
              activation 2*x
              dense 3 bias=false
            }

            architecture narrow {
              input 3
              dense 1 bias=false
              activation x^2
              dense 1 bias=false
            }
            """;

    private static MembershipResult run(String architecture, String target, long seed) throws Exception {
        return MembershipAnalysisTest.run(MODELS, architecture, target, seed);
    }

    /*
     * The CNN with filters (p1, p2), (q1, q2) on (x1, x2, x3) computes c1*x1 + c2*x2 + c3*x3 with
     * c1*t^2 + c2*t + c3 = (p1*t + p2)(q1*t + q2) (docs/MATHEMATICS.md §1.3): the binary quadric
     * c1*x^2 + c2*x*y + c3*y^2 is a product of two real linear forms, which it is iff c2^2 >= 4*c1*c3.
     */

    @Test
    void aCnnTargetWithComplexRootsIsNotReachableOverR() throws Exception {
        // x1 + x3 is t^2 + 1 (the quadric x^2 + y^2): c2^2 - 4 c1 c3 = -4 < 0, its factors are t ± i.
        // Over C it is a member (M fills V: every quadric factors), so the answer is about R only.
        MembershipResult result = run("quadratic_cnn", "x1 + x3", 1);
        assertEquals(Membership.NOT_MEMBER, result.membership(), result.summary().toString());
        assertEquals(3, result.dimension());
        assertEquals(3, result.ambientDimension());
        assertEquals(0, result.realSolutions());
        assertTrue(result.solutions() > 0, result.summary().toString());
        assertFalse(result.certified());
    }

    @Test
    void aCnnTargetWithRealRootsIsReachable() throws Exception {
        // x1 - x3 is t^2 - 1 = (t - 1)(t + 1): discriminant 4 > 0
        MembershipResult result = run("quadratic_cnn", "x1 - x3", 2);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertTrue(result.witnessResidual() < 1e-8, result.summary().toString());
        double[] theta = result.witness();
        // the witness's filters multiply to (1, 0, -1)
        assertEquals(1, theta[0] * theta[2], 1e-8);
        assertEquals(0, theta[0] * theta[3] + theta[1] * theta[2], 1e-8);
        assertEquals(-1, theta[1] * theta[3], 1e-8);
    }

    /*
     * Two outputs a_o1 (w1·x)^2 + a_o2 (w2·x)^2: a pair of binary quadrics (Q1, Q2) is reached iff both
     * are diagonal in one real basis (w1, w2). dim M = 6 = dim V (a generic pencil is simultaneously
     * diagonalizable over C), so the fibre is finite after the scalings: ∏ d_i! = 2 points.
     */

    @Test
    void aPairOfQuadricsWithADefiniteMemberIsReachable() throws Exception {
        // x1^2 + x2^2 = ((x1 + x2)^2 + (x1 - x2)^2)/2 and x1*x2 = ((x1 + x2)^2 - (x1 - x2)^2)/4
        MembershipResult result = run("two_outputs", "[x1^2 + x2^2, x1*x2]", 3);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertEquals(6, result.dimension());
        assertEquals(6, result.ambientDimension());
        assertTrue(result.witnessResidual() < 1e-8, result.summary().toString());
    }

    @Test
    void aPairOfQuadricsWithoutRealCommonDiagonalIsNotReachable() throws Exception {
        // (x1^2 - x2^2, 2*x1*x2), the real and imaginary parts of (x1 + i*x2)^2: every real member
        // a(x1^2 - x2^2) + 2b*x1*x2 of their pencil has discriminant 4(a^2 + b^2) > 0, so none is a
        // square l^2 of a real linear form, which span{l1^2, l2^2} has. Over C: l = x1 ± i*x2.
        MembershipResult result = run("two_outputs", "[x1^2 - x2^2, 2*x1*x2]", 4);
        assertEquals(Membership.NOT_MEMBER, result.membership(), result.summary().toString());
        assertEquals(2, result.expectedSolutions());
        assertEquals(2, result.solutions(), result.summary().toString());
        assertEquals(0, result.realSolutions());
    }

    @Test
    void anAttentionTargetFromRealWeightsIsReachable() throws Exception {
        // V = I, K = Q = (1, 0): V X Xᵀ Kᵀ Q X = X Xᵀ E11 X, whose rows are (|row 1|^2 x_{1,j})_j and
        // ((row 1 · row 2) x_{1,j})_j
        String target = "[x_{1,1}^3 + x_{1,1}*x_{1,2}^2, x_{1,1}^2*x_{1,2} + x_{1,2}^3, "
                + "x_{1,1}^2*x_{2,1} + x_{1,1}*x_{1,2}*x_{2,2}, x_{1,1}*x_{1,2}*x_{2,1} + x_{1,2}^2*x_{2,2}]";
        MembershipResult result = run("lightning", target, 5);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertTrue(result.witnessResidual() < 1e-8, result.summary().toString());
        assertEquals(80, result.ambientDimension());
    }

    /*
     * v*(w·x)^2 in three variables: M is the quadrics of rank <= 1 (dim 3 in dim V = 6), cut out by
     * the 2×2 minors of the symmetric matrix [[c11, c12/2, c13/2], [c12/2, c22, c23/2], [c13/2, c23/2, c33]].
     */

    @Test
    void aTargetOffAProperSubvarietyIsExcludedByAnEquation() throws Exception {
        // x1^2 + x2^2 has rank 2: the minor c11*c22 - c12^2/4 = 1 ≠ 0, an exact "no" even over C
        MembershipResult result = run("narrow", "x1^2 + x2^2", 6);
        assertEquals(Membership.NOT_MEMBER, result.membership(), result.summary().toString());
        assertTrue(result.certified(), result.summary().toString());
        assertEquals(3, result.dimension());
        assertEquals(6, result.ambientDimension());
    }

    @Test
    void aRankOneTargetPassesTheEquationsAndIsReached() throws Exception {
        // (x1 + 2*x2 - x3)^2 has rank 1: every equation vanishes, the homotopy finds w and v
        MembershipResult result = run("narrow", "x1^2 + 4*x1*x2 - 2*x1*x3 + 4*x2^2 - 4*x2*x3 + x3^2", 7);
        assertEquals(Membership.MEMBER, result.membership(), result.summary().toString());
        assertTrue(result.witnessResidual() < 1e-8, result.summary().toString());
    }

    /*
     * The linear network (2, 1, 2) computes x ↦ W2 W1 x: the 2×2 matrices of rank <= 1, the
     * hypersurface det = 0 (dim 3 in dim V = 4).
     */

    @Test
    void aLinearNetworkReachesRankOneAndExcludesTheIdentityByItsDeterminant() throws Exception {
        // [x1 + 2*x2, 3*x1 + 6*x2] is the matrix (1, 3)ᵀ(1, 2) of rank 1
        MembershipResult member = run("linear_212", "[x1 + 2*x2, 3*x1 + 6*x2]", 8);
        assertEquals(Membership.MEMBER, member.membership(), member.summary().toString());
        assertTrue(member.witnessResidual() < 1e-8, member.summary().toString());
        // the rank factorization over Q is an exact witness: certified
        assertTrue(member.certified(), member.summary().toString());
        // [x1, x2] is the identity, det = 1 ≠ 0: certified, even over C
        MembershipResult identity = run("linear_212", "[x1, x2]", 9);
        assertEquals(Membership.NOT_MEMBER, identity.membership(), identity.summary().toString());
        assertTrue(identity.certified(), identity.summary().toString());
        assertEquals(3, identity.dimension());
    }

    /*
     * The linear network (3, 2, 2, 3) with σ = 2x computes 4·W3 W2 W1 x: the 3×3 matrices of rank ≤ 2, the
     * hypersurface det = 0, the same over C and R since a rational matrix of rank k is C·R over Q.
     */

    @Test
    void aDeepLinearNetworkIsDecidedExactlyByTheRankOfTheTarget() throws Exception {
        // rows (1, 2, 3), (4, 5, 6), (7, 8, 9): row 3 = 2·row 2 − row 1, rank 2
        MembershipResult member = run("linear_3223", "[x1 + 2*x2 + 3*x3, 4*x1 + 5*x2 + 6*x3, 7*x1 + 8*x2 + 9*x3]", 3);
        assertEquals(Membership.MEMBER, member.membership(), member.summary().toString());
        assertTrue(member.certified(), member.summary().toString());
        assertTrue(member.witnessResidual() < 1e-12, member.summary().toString());
        assertEquals(2 * 3 + 2 * 2 + 3 * 2, member.witness().length);
        // decided by the rank alone: no homotopy searched the fibre
        assertEquals(0, member.solutions());
        assertEquals(0, member.pathsTracked());
        // a rank-one target with a fractional entry: the witness stays rational, the check exact
        MembershipResult rankOne = run("linear_3223", "[x1 - x3/3, 2*x1 - 2*x3/3, 0*x1]", 4);
        assertEquals(Membership.MEMBER, rankOne.membership(), rankOne.summary().toString());
        assertTrue(rankOne.certified(), rankOne.summary().toString());
        // rows (1, 0, 0), (0, 1, 0), (0, 0, 3): rank 3 > 2, det = 3 ≠ 0
        MembershipResult full = run("linear_3223", "[x1, x2, 3*x3]", 5);
        assertEquals(Membership.NOT_MEMBER, full.membership(), full.summary().toString());
        assertTrue(full.certified(), full.summary().toString());
        assertTrue(full.notes().stream().anyMatch(n -> n.contains("rank 3 over Q")), full.notes().toString()); //$NON-NLS-1$
    }
}
