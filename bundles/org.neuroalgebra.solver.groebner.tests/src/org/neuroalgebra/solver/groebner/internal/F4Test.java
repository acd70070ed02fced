// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Checks F4 against Buchberger's criterion evaluated with a naive,
 * term-by-term division written here independently of the Macaulay matrices:
 * the generators and all S-polynomials of the result reduce to zero.
 */
class F4Test {

    private static final long P = 32003;

    private final Random random = new Random(2024);

    @Test
    void circleAndLine() {
        MonomialLayout layout = new MonomialLayout(2);
        long x = layout.variable(0);
        long y = layout.variable(1);
        ModPolynomial circle = ModPolynomial.of(layout, P, new long[] { x + x, y + y, 0 }, new long[] { 1, 1, P - 1 });
        ModPolynomial line = ModPolynomial.of(layout, P, new long[] { x, y }, new long[] { 1, P - 1 });
        List<ModPolynomial> basis = new F4(layout, P, ProgressMonitor.NULL).reducedBasis(List.of(circle, line));
        // {x − y, y² − 1/2}, smallest leading monomial first
        assertEquals(2, basis.size());
        assertEquals(x, basis.get(0).leadingMonomial());
        assertEquals(y, basis.get(0).monomial(1));
        assertEquals(P - 1, basis.get(0).coefficient(1));
        assertEquals(y + y, basis.get(1).leadingMonomial());
        assertEquals(0L, basis.get(1).monomial(1));
        assertEquals(P - Residues.inverse(2, P), basis.get(1).coefficient(1));
    }

    @Test
    void randomZeroDimensionalSystems() {
        for (int trial = 0; trial < 5; trial++) {
            MonomialLayout layout = new MonomialLayout(3);
            List<ModPolynomial> generators = List.of(random(layout, 2, 6), random(layout, 2, 6), random(layout, 3, 6));
            checkReducedGroebnerBasis(layout, generators);
        }
    }

    @Test
    void randomPositiveDimensionalAndSparseSystems() {
        for (int trial = 0; trial < 5; trial++) {
            MonomialLayout layout = new MonomialLayout(4);
            List<ModPolynomial> generators = List.of(random(layout, 3, 4), random(layout, 2, 3), random(layout, 2, 3));
            checkReducedGroebnerBasis(layout, generators);
        }
    }

    @Test
    void resultDoesNotDependOnTheOrderOfGenerators() {
        MonomialLayout layout = new MonomialLayout(3);
        List<ModPolynomial> generators = new ArrayList<>(
                List.of(random(layout, 2, 5), random(layout, 3, 5), random(layout, 2, 4), random(layout, 1, 3)));
        List<ModPolynomial> first = new F4(layout, P, ProgressMonitor.NULL).reducedBasis(generators);
        Collections.reverse(generators);
        List<ModPolynomial> second = new F4(layout, P, ProgressMonitor.NULL).reducedBasis(generators);
        assertEquals(toMaps(first), toMaps(second), "the reduced Gröbner basis is unique");
    }

    private void checkReducedGroebnerBasis(MonomialLayout layout, List<ModPolynomial> generators) {
        List<ModPolynomial> basis = new F4(layout, P, ProgressMonitor.NULL).reducedBasis(generators);
        List<Map<Long, Long>> g = toMaps(basis);
        for (ModPolynomial f : generators) {
            assertTrue(reduce(layout, toMap(f), basis).isEmpty(), "a generator does not reduce to 0");
        }
        for (int i = 0; i < basis.size(); i++) {
            ModPolynomial gi = basis.get(i);
            assertEquals(1, gi.coefficient(0), "monic");
            for (int j = 0; j < basis.size(); j++) {
                if (i != j) {
                    for (long m : g.get(i).keySet()) {
                        assertFalse(layout.divides(basis.get(j).leadingMonomial(), m), "not reduced");
                    }
                }
                if (i < j) {
                    Map<Long, Long> s = sPolynomial(layout, basis.get(i), basis.get(j));
                    assertTrue(reduce(layout, s, basis).isEmpty(), "an S-polynomial does not reduce to 0");
                }
            }
        }
    }

    private ModPolynomial random(MonomialLayout layout, int degree, int terms) {
        int n = layout.variableCount();
        long[] monomials = new long[terms + 1];
        long[] coefficients = new long[terms + 1];
        for (int k = 0; k < terms; k++) {
            int[] e = new int[n];
            int budget = k == 0 ? degree : random.nextInt(degree + 1);
            for (int b = 0; b < budget; b++) {
                e[random.nextInt(n)]++;
            }
            monomials[k] = layout.pack(e);
            coefficients[k] = 1 + random.nextInt((int) P - 1);
        }
        monomials[terms] = 0;
        coefficients[terms] = 1 + random.nextInt((int) P - 1);
        return ModPolynomial.of(layout, P, monomials, coefficients);
    }

    private static Map<Long, Long> toMap(ModPolynomial f) {
        Map<Long, Long> map = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            map.put(f.monomial(i), (long) f.coefficient(i));
        }
        return map;
    }

    private static List<Map<Long, Long>> toMaps(List<ModPolynomial> basis) {
        List<Map<Long, Long>> maps = new ArrayList<>();
        for (ModPolynomial f : basis) {
            maps.add(toMap(f));
        }
        return maps;
    }

    private static Map<Long, Long> sPolynomial(MonomialLayout layout, ModPolynomial f, ModPolynomial g) {
        long lcm = layout.lcm(f.leadingMonomial(), g.leadingMonomial());
        Map<Long, Long> s = new HashMap<>();
        addMultiple(layout, s, f, layout.quotient(lcm, f.leadingMonomial()), 1);
        addMultiple(layout, s, g, layout.quotient(lcm, g.leadingMonomial()), P - 1);
        return s;
    }

    /** s += factor · m · f (f monic) */
    private static void addMultiple(MonomialLayout layout, Map<Long, Long> s, ModPolynomial f, long m, long factor) {
        for (int i = 0; i < f.size(); i++) {
            s.merge(layout.multiply(m, f.monomial(i)), factor * f.coefficient(i) % P, (a, b) -> (a + b) % P);
        }
        s.values().removeIf(c -> c == 0);
    }

    /** Naive division: cancel the largest reducible term until none is left. */
    private static Map<Long, Long> reduce(MonomialLayout layout, Map<Long, Long> f, List<ModPolynomial> basis) {
        Map<Long, Long> r = new HashMap<>(f);
        while (true) {
            long best = -1;
            ModPolynomial reducer = null;
            for (long m : r.keySet()) {
                for (ModPolynomial g : basis) {
                    if (layout.divides(g.leadingMonomial(), m) && (reducer == null || layout.compare(m, best) > 0)) {
                        best = m;
                        reducer = g;
                    }
                }
            }
            if (reducer == null) {
                return r;
            }
            long quotient = layout.quotient(best, reducer.leadingMonomial());
            addMultiple(layout, r, reducer, quotient, P - r.get(best));
        }
    }
}
