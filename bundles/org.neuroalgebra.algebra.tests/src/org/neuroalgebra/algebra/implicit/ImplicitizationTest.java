// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.AbstractParametrization;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.SymmetryBound;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;

class ImplicitizationTest {

    private static final long MAX_MONOMIALS = 10_000;

    static MlpParametrization mlp(String sigma, int... widths) throws Exception {
        return MlpParametrization.create(widths, new boolean[widths.length - 1],
                PolynomialParser.parse(sigma, List.of("x")));
    }

    private static List<String> cNames(int n) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            names.add("c" + k);
        }
        return names;
    }

    @Test
    void rankOneMatricesAreCutOutByTheDeterminant() throws Exception {
        // linear (2,1,2): W2 W1 = rank-1 2×2 matrices, coordinates c1 c2 / c3 c4 (output-major)
        ImplicitEquations result = Implicitization.compute(mlp("x", 2, 1, 2), 2, MAX_MONOMIALS, List.of(), 1,
                ProgressMonitor.NULL);
        assertTrue(result.cone());
        assertEquals(4, result.spanDimension());
        assertTrue(result.linearEquations().isEmpty());
        assertEquals(List.of(PolynomialParser.parse("c1*c4 - c2*c3", cNames(4))), result.equations());
    }

    @Test
    void cubesOfLinearFormsGiveTheTwistedCubic() throws Exception {
        // σ = x³, (2,1,1): c = v(A³, 3A²B, 3AB², B³); the 2×2 minors of the Hankel matrix
        // [[c1, c2/3, c3/3], [c2/3, c3/3, c4]] cleared of denominators
        ImplicitEquations result = Implicitization.compute(mlp("x^3", 2, 1, 1), 3, MAX_MONOMIALS, List.of(), 2,
                ProgressMonitor.NULL);
        List<Polynomial> expected = new ArrayList<>();
        for (String minor : List.of("3*c1*c3 - c2^2", "9*c1*c4 - c2*c3", "3*c2*c4 - c3^2")) {
            expected.add(PolynomialParser.parse(minor, cNames(4)));
        }
        assertEquals(3, result.equations().size(), result.format(cNames(4)).toString());
        // the quadrics generate the ideal: nothing new in degree 3
        assertTrue(result.equations().stream().allMatch(f -> f.degree() == 2));
        assertEquals(3, spanRank(result.equations(), 4, 2));
        List<Polynomial> union = new ArrayList<>(result.equations());
        union.addAll(expected);
        assertEquals(3, spanRank(union, 4, 2));
    }

    @Test
    void lightningAttentionWithTwoTokensIsTheResultantQuartic() throws Exception {
        // d = 2, t = 2, a = 2, out = 1: f = vᵀ X Xᵀ A X only depends on the symmetrization
        // T_{imn} = (v_i A_mn + v_m A_in)/2, i.e. on the pair of binary quadrics
        // (v·z)(a_1·z), (v·z)(a_2·z) (a_n the columns of A). Their coefficients are the
        // coefficients of x_{n,1} x_{i,2} x_{m,2} in the first output.
        AttentionParametrization p = AttentionParametrization.create(2, 2, 2, 1, BigInteger.valueOf(1_000_000));
        List<String> names = p.coordinateNames();
        List<String> pair = List.of("x_{1,1}*x_{1,2}^2", "x_{1,1}*x_{1,2}*x_{2,2}", "x_{1,1}*x_{2,2}^2",
                "x_{1,2}^2*x_{2,1}", "x_{1,2}*x_{2,1}*x_{2,2}", "x_{2,1}*x_{2,2}^2");
        List<Integer> chart = pair.stream().map(m -> names.indexOf("y[1,1]:" + m)).toList();
        assertFalse(chart.contains(-1));
        ImplicitEquations result = Implicitization.compute(p, 4, MAX_MONOMIALS, chart, 3, ProgressMonitor.NULL);
        assertEquals(6, result.spanDimension());
        assertEquals(chart, result.chartCoordinates());
        assertEquals(p.ambientDimension() - 6, result.linearEquations().size());
        assertEquals(1, result.equations().size());
        List<String> yNames = new ArrayList<>(cNames(p.ambientDimension()));
        for (int i = 0; i < 6; i++) {
            yNames.set(chart.get(i), "y" + (i + 1));
        }
        Polynomial quartic = PolynomialParser.parse("y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6"
                + " - y2*y1*y6*y5 - y2*y4*y3*y5", yNames);
        assertEquals(quartic, result.equations().get(0));
    }

    @Test
    void aFillingModelHasNoEquations() throws Exception {
        // σ = x², (2,2,1) fills the binary quadrics (docs/MATHEMATICS.md §3)
        ImplicitEquations result = Implicitization.compute(mlp("x^2", 2, 2, 1), 3, MAX_MONOMIALS, List.of(), 4,
                ProgressMonitor.NULL);
        assertEquals(3, result.spanDimension());
        assertTrue(result.all().isEmpty());
    }

    @Test
    void affineModelsUseAllMonomialsUpToTheDegree() throws Exception {
        // every network with a linear last layer is a cone (scale that layer), so the affine
        // branch is tested on the parabola θ ↦ (θ, θ²)
        Parametrization parabola = new AbstractParametrization() {
            @Override
            public <T> T[] evaluate(Ring<T> ring, T[] theta) {
                T[] c = ring.zeros(2);
                c[0] = theta[0];
                c[1] = ring.mul(theta[0], theta[0]);
                return c;
            }

            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public int ambientDimension() {
                return 2;
            }

            @Override
            public List<String> coordinateNames() {
                return cNames(2);
            }

            @Override
            public List<String> parameterNames() {
                return List.of("t");
            }

            @Override
            public SymmetryBound symmetryBound() {
                return SymmetryBound.NONE;
            }

            @Override
            public String describe() {
                return "parabola";
            }
        };
        ImplicitEquations result = Implicitization.compute(parabola, 2, MAX_MONOMIALS, List.of(), 5,
                ProgressMonitor.NULL);
        assertFalse(result.cone());
        assertEquals(3, result.spanDimension());
        assertTrue(result.linearEquations().isEmpty());
        assertEquals(List.of(PolynomialParser.parse("c1^2 - c2", cNames(2))), result.equations());
    }

    @Test
    void tooManyMonomialsAreRefused() throws Exception {
        Parametrization p = mlp("x^2", 3, 3, 1);
        long largest = Implicitization.largestBlock(p, 6, List.of(), 1);
        assertThrows(IllegalArgumentException.class,
                () -> Implicitization.compute(p, 6, largest - 1, List.of(), 1, ProgressMonitor.NULL));
    }

    /**
     * σ = x³, (3,2,1): sums of two cubes of ternary linear forms, the secant variety of the
     * Veronese surface ν_3(P²) (dim 6 in the 10 ternary cubics). Its ideal is generated by cubics
     * (the 3×3 minors of the 3×6 catalecticant, Kanev), so up to degree 6 every generator has
     * degree 3 and their number is dim I_3 = 220 − (rank of the 220 cubic monomials at points of
     * M), which the test computes on its own without blocks. Degree 6 has C(15, 6) = 5005
     * monomials, beyond the dense interpolation of all of them; the input scalings (a Z³ grading)
     * split it into blocks of at most a few dozen.
     */
    @Test
    void theGradingSplitsDegreeSixIntoSmallBlocks() throws Exception {
        Parametrization p = mlp("x^3", 3, 2, 1);
        assertEquals(5005, Monomials.count(10, 6, true).intValue());
        ImplicitEquations result = Implicitization.compute(p, 6, 200, List.of(), 7, ProgressMonitor.NULL);
        assertEquals(3, result.gradings().size());
        assertTrue(result.largestBlock() <= 200);
        assertTrue(result.equations().stream().allMatch(f -> f.degree() == 3), result.format(cNames(10)).toString());
        assertEquals(cubicIdealDimension(p, 11), result.equations().size());
    }

    /** dim I_3 by one dense interpolation of all cubic monomials, mod p. */
    private static int cubicIdealDimension(Parametrization p, long seed) {
        Monomials cubics = Monomials.homogeneous(p.ambientDimension(), 3);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        long prime = ModP.PRIME_1;
        long[][] rows = new long[cubics.size() + 10][cubics.size()];
        for (long[] row : rows) {
            long[] theta = random.longs(p.parameterCount(), 1, prime).toArray();
            long[] c = p.evaluate(theta, prime);
            int j = 0;
            for (Monomial m : cubics) {
                long value = 1;
                for (int k = 0; k < c.length; k++) {
                    value = ModP.mul(value, ModP.pow(c[k], m.exponent(k), prime), prime);
                }
                row[j++] = value;
            }
        }
        return cubics.size() - ModularMatrix.of(rows, prime).rank();
    }

    /** The rank mod p of the coefficient vectors of forms of one degree. */
    private static int spanRank(List<Polynomial> forms, int variables, int degree) {
        Monomials basis = Monomials.homogeneous(variables, degree);
        long[][] rows = new long[forms.size()][basis.size()];
        for (int r = 0; r < forms.size(); r++) {
            for (Polynomial.Term term : forms.get(r).terms()) {
                Monomial m = term.monomial();
                rows[r][basis.indexOf(m)] = term.coefficient().modP(ModP.PRIME_1);
            }
        }
        return ModularMatrix.of(rows, ModP.PRIME_1).rank();
    }
}
