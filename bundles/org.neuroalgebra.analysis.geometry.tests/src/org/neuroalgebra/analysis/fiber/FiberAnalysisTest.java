// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

class FiberAnalysisTest {

    /** @param layers the body of "architecture net", layers separated by ';' */
    static FiberResult run(String layers, long seed) throws Exception {
        String text = "architecture net {\n" + layers.replace(";", "\n") + "\n}\nanalysis f {\n  fiber of net seed "
                + seed + "\n}\n";
        return (FiberResult) new FiberAnalysis(ModelText.solvers()).run(ModelText.request(text, "f"),
                ProgressMonitor.NULL);
    }

    /**
     * The group order is the expected size; the exact count and the points found agree with it, they
     * form one orbit, and the points at the rational point of the count are certified.
     */
    private static void assertOneCertifiedOrbit(long order, FiberResult result) {
        String summary = String.join("\n", result.summary());
        assertEquals(order, result.symmetryGroupSize(), summary);
        assertEquals(order, result.exactCount(), summary);
        assertEquals(order, result.finiteFiberSize(), summary);
        assertEquals(1, result.orbits(), summary);
        assertTrue(result.certified(), summary);
    }

    @Test
    void squareMlpKeepsARotationAfterTheScalings() throws Exception {
        // docs/MATHEMATICS.md §4: σ = x², (2,2,1): fibre dimension 3 = two scalings + the rotation
        // (a, b), (c, d) ↦ rotations of the 2×2 matrix diag(√e, √f)·W1
        FiberResult result = run("input 2; dense 2 bias=false; activation x^2; dense 1 bias=false",
                1);
        assertEquals(3, result.fiberDimension());
        assertEquals(1, result.remainingFiberDimension());
        assertEquals(-1, result.finiteFiberSize());
        assertEquals(Boolean.FALSE, result.identifiable());
        assertTrue(result.certified());
        JsonObject json = result.toJson();
        assertEquals(3, json.get("fiberDimension").getAsInt());
        assertTrue(json.get("finiteFiberSize").isJsonNull());
    }

    @Test
    void cubicMlpIsIdentifiableUpToPermutations() throws Exception {
        // a generic binary cubic has a unique Waring decomposition of rank 2: two scalings and
        // the swap of the two neurons; after normalizing, 2! = 2 points, confirmed exactly
        FiberResult result = run("input 2; dense 2 bias=false; activation x^3; dense 1 bias=false",
                2);
        assertEquals(2, result.fiberDimension());
        assertEquals(0, result.remainingFiberDimension());
        assertEquals(2, result.finiteFiberSize(), result.summary().toString());
        assertEquals(2, result.exactCount());
        assertEquals(2, result.symmetryGroupSize());
        assertEquals(FiberResult.IDENTIFIABLE, result.verdict());
        assertTrue(result.certified());
        // both fibre points at the rational point of the exact count carry a certificate, proven distinct
        JsonObject json = result.toJson();
        JsonObject certification = json.getAsJsonObject("certification");
        assertEquals(2, certification.get("certifiedPoints").getAsInt(), json.toString());
        assertTrue(certification.get("disjoint").getAsBoolean());
        assertEquals(2, json.getAsJsonArray("fiberPoints").size());
        for (var point : json.getAsJsonArray("fiberPoints")) {
            assertEquals("krawczyk", point.getAsJsonObject().getAsJsonObject("certificate").get("kind").getAsString());
        }
    }

    @Test
    void ternaryCubicsOfRankTwoAreIdentifiable() throws Exception {
        // (3,2,1), σ = x³: M = sums of two cubes of linear forms in 3 variables (dim 6 in the
        // 10-dimensional space of cubics), not filling: the randomized square system has extra
        // solutions, which are dropped; the fibre is again the swap of the two neurons
        FiberResult result = run("input 3; dense 2 bias=false; activation x^3; dense 1 bias=false",
                3);
        assertEquals(2, result.fiberDimension());
        assertEquals(2, result.finiteFiberSize(), result.summary().toString());
        assertEquals(Boolean.TRUE, result.identifiable());
        assertTrue(result.certified(), result.summary().toString());
    }

    @Test
    void evenPowersHaveNoExtraSignFlipsAfterNormalization() throws Exception {
        // σ = x⁴: (−w, v) gives the same f, but that is the scaling λ = −1, fixed by ℓ(w) = 1;
        // so 2! = 2 points, not 2!·2² (M has dim 4 in the 5 binary quartics: the randomized
        // square system has extra solutions, the exact count of the true ones is 2)
        FiberResult result = run("input 2; dense 2 bias=false; activation x^4; dense 1 bias=false", 7);
        assertEquals(2, result.finiteFiberSize(), result.summary().toString());
        assertEquals(2, result.exactCount());
        assertTrue(result.certified());
    }

    @Test
    void deepCubicFibreIsTheFourPermutationsCertified() throws Exception {
        // (2,2,2,1), σ = x³, no biases: dim Θ = 10, dim M = 6 = 10 − 4 scalings; after fixing the
        // scalings the generic fibre is the orbit of the permutations of both hidden layers,
        // 2!·2! = 4 points; the exact count modulo two primes says 4 as well, and the 4 points at
        // the rational point of that count (the orbit of the rational point) carry Krawczyk
        // certificates, proven distinct
        FiberResult result = run("input 2; dense 2 bias=false; activation x^3; dense 2 bias=false; activation x^3;"
                + "dense 1 bias=false", 1);
        assertEquals(4, result.fiberDimension());
        assertOneCertifiedOrbit(4, result);
        assertEquals(FiberResult.IDENTIFIABLE, result.verdict());
        assertEquals(4, result.certificates().certifiedCount());
    }

    @Test
    void cubicWithBiasesIsExplainedByItsReflections() throws Exception {
        // (2,2,1), σ = x³ + x², biases on both layers: σ(−x − 2/3) = −σ(x) + 4/27 (docs/MATHEMATICS.md
        // §4.1); a hidden neuron can use it, since its layer's bias moves the centre x0 = −1/3 and the
        // output bias absorbs 4/27. The group is S_2 × (Z/2)², of order 2!·2² = 8: the fibre of 8
        // points (the exact count) is one orbit, with no extra points
        FiberResult result = run("input 2; dense 2 bias=true; activation x^3 + x^2; dense 1 bias=true", 1);
        assertEquals(0, result.fiberDimension());
        assertOneCertifiedOrbit(8, result);
        assertTrue(result.solutions().isEmpty(), result.solutions().toString());
        assertEquals(Boolean.TRUE, result.identifiable());
    }

    @Test
    void reflectionsNeedTheOutputBias() throws Exception {
        // the same σ = x³ + x² without an output bias: e = 4/27 cannot be absorbed, the group is
        // S_2 alone (order 2), and the fibre has 2 points
        FiberResult result = run("input 2; dense 2 bias=true; activation x^3 + x^2; dense 1 bias=false", 1);
        assertOneCertifiedOrbit(2, result);
    }

    @Test
    void complexSymmetriesOfSigmaAreOrbitsToo() throws Exception {
        // σ = x⁴ + x: σ(ωx) = ω·σ(x) for ω³ = 1 (g = 3), and without biases nothing else is needed
        // (centre 0, σ(0) = 0): the group S_2 × (Z/3)² has order 2·3² = 18, which is the exact
        // count of the (complex) fibre of (2,2,1); only the permutations are real
        FiberResult result = run("input 2; dense 2 bias=false; activation x^4 + x; dense 1 bias=false", 1);
        assertOneCertifiedOrbit(18, result);
    }

    @Test
    void shiftedPowerScalingsAreNormalizedToo() throws Exception {
        // σ = (x + 1)³ with biases on both layers: every hidden neuron has the scaling
        // σ(λ(z + 1) − 1) = λ³σ(z) (c = 1, e = 0: it needs the bias of its own layer only), so the
        // fibre of (2,2,1) (9 parameters) has dimension ≥ 2; once the scalings are fixed (ℓ on the
        // incoming weights, the bias moving as b ↦ λ(b + 1) − 1) it is finite, the 2! = 2 swaps
        FiberResult result = run("input 2; dense 2 bias=true; activation x^3 + 3*x^2 + 3*x + 1; dense 1 bias=true", 2);
        assertEquals(0, result.remainingFiberDimension(), result.summary().toString());
        assertOneCertifiedOrbit(2, result);
    }

    @Test
    void linearNetworkFibreIsTheDimensionOfGl() throws Exception {
        // (3,2,3), σ = x: M = 3×3 matrices of rank ≤ 2, dim 2(3 + 3 − 2) = 8 (docs/MATHEMATICS.md §1.2);
        // dim Θ = 12, so the fibre has dimension 4 = dim GL(2): W = A·B up to (A·g⁻¹, g·B)
        FiberResult result = run("input 3; dense 2 bias=false; dense 3 bias=false", 1);
        assertEquals(4, result.fiberDimension());
        assertTrue(result.dimensionCertified());
        assertEquals(-1, result.finiteFiberSize());
        assertTrue(result.verdict().contains("= the dimension of the known continuous symmetries"), result.verdict());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("GL(d_i)")), result.notes().toString());
    }

    @Test
    void attentionFibreIsTheGlOrbitPlusTheVScaling() throws Exception {
        // d = 2, a = 1, t = 2: fibre dimension a² + 1 = 2
        FiberResult result = run("attention d=2 t=2 a=1", 4);
        assertEquals(2, result.fiberDimension());
        assertTrue(result.dimensionCertified());
    }

    @Test
    void linearCnnFibreIsOneScalingPerLayerButOne() throws Exception {
        FiberResult result = run("input 6; conv kernel=3 stride=1 bias=false; conv kernel=2 stride=1 bias=false;"
                + "conv kernel=2 stride=1 bias=false", 5);
        assertEquals(2, result.fiberDimension());
    }

    /**
     * Linear CNN, kernels (3, 2), stride 1 (docs/MATHEMATICS.md §1.3): f is the product of the two
     * filters read as polynomials, a cubic with three roots. Once the scaling between the filters is
     * fixed, the points over f are the ways to give one root to the linear filter: 3!/(2!·1!) = 3.
     */
    @Test
    void linearCnnFibreIsTheWaysToShareTheRoots() throws Exception {
        FiberResult result = run("input 4; conv kernel=3 stride=1 bias=false; conv kernel=2 stride=1 bias=false", 3); //$NON-NLS-1$
        String summary = String.join("\n", result.summary()); //$NON-NLS-1$
        assertEquals(1, result.fiberDimension(), summary);
        assertEquals(3, result.exactCount(), summary);
        assertEquals(3, result.finiteFiberSize(), summary);
        assertTrue(result.certified(), summary);
    }

    /**
     * The talk's attention d = t = a = 2 with one output row: fibre dimension 5 = GL(2) on (K, Q) and
     * the scaling of V; with them fixed (K's first columns the identity, ℓ(V) = 1) a single point
     * remains, since f determines the common linear factor and the pair of cofactors (§6.6).
     */
    @Test
    void attentionIsIdentifiableUpToItsContinuousSymmetries() throws Exception {
        FiberResult result = run("attention d=2 t=2 a=2 out=1", 4); //$NON-NLS-1$
        String summary = String.join("\n", result.summary()); //$NON-NLS-1$
        assertEquals(5, result.fiberDimension(), summary);
        assertEquals(1, result.exactCount(), summary);
        assertEquals(1, result.finiteFiberSize(), summary);
        assertTrue(result.certified(), summary);
    }

    /**
     * The count in a gauge: dimension, exact count, monodromy count and certificates agree with the
     * number derived by hand, and the group's orbits are as many as derived.
     */
    private static void assertGaugedCount(int fiberDimension, long points, long group, int orbits, FiberResult result) {
        String summary = String.join("\n", result.summary()) + "\n" + result.notes(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(fiberDimension, result.fiberDimension(), summary);
        assertTrue(result.dimensionCertified(), summary);
        assertEquals(0, result.remainingFiberDimension(), summary);
        assertEquals(points, result.exactCount(), summary);
        assertEquals(points, result.finiteFiberSize(), summary);
        assertEquals(group, result.symmetryGroupSize(), summary);
        assertEquals(orbits, result.orbits(), summary);
        assertEquals(points, result.certificates().certifiedCount(), summary);
        assertTrue(result.certified(), summary);
    }

    /**
     * Two heads, d = t = 2, a = 1, out = 2 (docs/MATHEMATICS.md §4.2). By hand: with G = XXᵀ the
     * network is X ↦ L(G)·X with L(G) = Σ_h (V_h G k_h) q_hᵀ, a linear map from the 3-dimensional
     * symmetric G to 2 × 2 matrices; the space of such L has dimension 3·4 = 12 = dim M, so f
     * determines L. For w ∈ C², G ↦ L(G)w is a pair of binary quadrics (the rows of V G k are
     * (v_o·s)(k·s) in the entries of G), and it has the form G ↦ V G k exactly when the two quadrics
     * share a root: a resultant, of degree 4 in w. Its roots are w ⊥ q_2 (giving head 1), w ⊥ q_1
     * (head 2) and two more; any ordered pair of distinct roots (w_1, w_2) gives a decomposition
     * (q_1, q_2 the dual basis of w_2, w_1 up to the order), unique once K_h[1,1] = 1 and ℓ(V_h) = 1
     * fix GL(1) and the scaling of each head: 4·3 = 12 points, 6 orbits of the swap of the heads.
     * The fibre dimension is 16 − 12 = 4 = 2 heads × (GL(1) + scaling).
     */
    @Test
    void twoHeadsAreCountedInTheirGaugeAndPairedByTheSwap() throws Exception {
        FiberResult result = run("attention d=2 t=2 a=1 out=2 heads=2", 1); //$NON-NLS-1$
        assertGaugedCount(4, 12, 2, 6, result);
        assertEquals(Boolean.FALSE, result.identifiable());
        assertEquals(10, result.solutions().size(), result.solutions().toString());
    }

    /**
     * Two channels before σ = x³ (docs/MATHEMATICS.md §4.2): a kernel-2, stride-2 convolution of
     * (x1, x2) gives the linear forms z_c = w1[c,1,1] x1 + w1[c,1,2] x2, and the kernel-1
     * convolution that reads both channels gives f = Σ_c w2[1,c,1] z_c³, a binary cubic as a sum of
     * two cubes (the MLP (2, 2, 1) of §4). A generic binary cubic has exactly one such decomposition
     * (Sylvester), so after fixing the scaling of each channel (ℓ(w1[c,1,·]) = 1, one ℓ for both) the
     * fibre is the 2 points exchanged by the swap of the channels: one orbit of order 2. Fibre
     * dimension 6 − 4 = 2, the two channel scalings.
     */
    @Test
    void twoChannelsBeforeACubeAreIdentifiableUpToTheirSwap() throws Exception {
        FiberResult result = run("input 2; conv kernel=2 stride=2 bias=false channels=2; activation x^3;" //$NON-NLS-1$
                + "conv kernel=1 stride=1 bias=false", 3); //$NON-NLS-1$
        assertGaugedCount(2, 2, 2, 1, result);
        assertEquals(FiberResult.IDENTIFIABLE, result.verdict());
    }

    /**
     * A linear CNN with two channels (docs/MATHEMATICS.md §1.6): stride 2, kernels (2, 3) on length 6;
     * the coefficient of x_{2m+e} is entry (m, e) of the 3 × 2 matrix W₂ᵀW₁, with W₁ the 2 × 2 filters
     * of the two channels. Every 3 × 2 matrix is such a product (dim M = 6 of dim Θ = 10), and GL(2)
     * between the channels is the whole fibre (dimension 4). Fixing W₁ = I leaves W₂ᵀ = the matrix:
     * one point.
     */
    @Test
    void linearChannelsAreFixedByTheirGl() throws Exception {
        FiberResult result = run("input 6; conv kernel=2 stride=2 bias=false channels=2;" //$NON-NLS-1$
                + "conv kernel=3 stride=1 bias=false", 2); //$NON-NLS-1$
        assertGaugedCount(4, 1, 1, 1, result);
        assertEquals(Boolean.TRUE, result.identifiable());
    }

    /**
     * Two stacked layers with one token, the second on a one-row signal (docs/MATHEMATICS.md §4.2):
     * layer 1 (d = 2, a = 1, out = 1) gives the binary cubic P = (v·x)(k·x)(q·x), layer 2 (d = 1)
     * gives V₂P·K₂P·Q₂P = c·P³ with c = V₂K₂Q₂. So M is the cubes of binary cubics, dim M = 4, of
     * dim Θ = 9; the fibre dimension 5 is GL(1) on the signal and GL(1) and the scaling of each head.
     * In the gauge (v[1] = 1 for the signal's GL(1), k[1] = 1, ℓ(q) = 1, K₂ = 1, ℓ(V₂) = 1) f fixes
     * the three roots of P; a point is a choice of which root belongs to v, to k and to q (3! ways),
     * after which P and then c, so Q₂, are determined: 6 points. With one token swapping K and Q is a
     * symmetry too (xᵀKᵀQx = xᵀQᵀKx) and explains some of them, but it moves the gauge and is not
     * enumerated: 6 points in 6 orbits of the trivial group.
     */
    @Test
    void stackedLayersAreCountedInTheGaugeOfTheSignalsGl() throws Exception {
        FiberResult result = run("attention d=2 t=1 a=1 out=1; attention d=1 t=1 a=1 out=1", 2); //$NON-NLS-1$
        assertGaugedCount(5, 6, 1, 6, result);
        assertEquals(Boolean.FALSE, result.identifiable());
    }

    /**
     * One head with a = 3 &gt; d = 2, out = 1 (the quartic of docs/MATHEMATICS.md §6.6): no gauge, so
     * the points are counted on the coordinate slice and the result says that this is no verdict. By
     * hand: f determines V and A = KᵀQ up to the scaling (as for a = 2 above); the slice fixes V[1,1]
     * (the scaling, once), all of K and the row Q[2,·], and with K's rows k_1, k_3 a basis,
     * A − k_2 q_2ᵀ = k_1 q_1ᵀ + k_3 q_3ᵀ gives q_1, q_3 once: one point on the slice. The fibre
     * dimension 14 − 5 = 9 is 2ad − d² + 1.
     */
    @Test
    void keysWiderThanTheInputAreCountedOnTheCoordinateSlice() throws Exception {
        FiberResult result = run("attention d=2 t=2 a=3 out=1", 2); //$NON-NLS-1$
        String summary = String.join("\n", result.summary()) + "\n" + result.notes(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(9, result.fiberDimension(), summary);
        assertEquals(1, result.exactCount(), summary);
        assertEquals(1, result.finiteFiberSize(), summary);
        assertEquals(null, result.identifiable(), summary);
        assertTrue(result.verdict().contains("coordinate slice"), summary);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("no gauge")), summary);
        assertTrue(result.certified(), summary);
    }
}
