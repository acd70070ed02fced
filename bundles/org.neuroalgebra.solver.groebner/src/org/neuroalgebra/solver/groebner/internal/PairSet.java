// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The critical pairs and the current basis, maintained with the
 * Gebauer–Möller installation of Buchberger's criteria (the UPDATE procedure of
 * Becker–Weispfenning, "Gröbner Bases", 1993, §5.5): new pairs whose lcm is a
 * multiple of another new pair's lcm are dropped, as are pairs with coprime
 * leading monomials (product criterion), and an old pair (f, g) is dropped
 * when the new leading monomial divides its lcm and that lcm differs from
 * both lcm(f, h) and lcm(g, h) (chain criterion).
 */
final class PairSet {

    private final MonomialLayout layout;
    private final List<ModPolynomial> polynomials = new ArrayList<>();
    private final List<Integer> sugars = new ArrayList<>();
    private final List<Integer> basis = new ArrayList<>();
    private List<CriticalPair> pairs = new ArrayList<>();

    PairSet(MonomialLayout layout) {
        this.layout = layout;
    }

    boolean isEmpty() {
        return pairs.isEmpty();
    }

    ModPolynomial polynomial(int index) {
        return polynomials.get(index);
    }

    /** @return the current basis: no element's leading monomial divides a later one's */
    List<ModPolynomial> basis() {
        List<ModPolynomial> list = new ArrayList<>(basis.size());
        for (int index : basis) {
            list.add(polynomials.get(index));
        }
        return list;
    }

    /**
     * Removes and returns the pairs of the least sugar degree (the "normal
     * strategy with sugar" for F4).
     */
    List<CriticalPair> selectLowestSugar() {
        int lowest = Integer.MAX_VALUE;
        for (CriticalPair pair : pairs) {
            lowest = Math.min(lowest, pair.sugar());
        }
        List<CriticalPair> selected = new ArrayList<>();
        List<CriticalPair> rest = new ArrayList<>(pairs.size());
        for (CriticalPair pair : pairs) {
            (pair.sugar() == lowest ? selected : rest).add(pair);
        }
        pairs = rest;
        return selected;
    }

    /**
     * Adds a polynomial (monic, leading monomial not divisible by any basis
     * element's) to the basis and updates the pairs.
     */
    void add(ModPolynomial h, int sugar) {
        int hIndex = polynomials.size();
        polynomials.add(h);
        sugars.add(sugar);
        long lh = h.leadingMonomial();

        List<CriticalPair> candidates = new ArrayList<>(basis.size());
        List<Boolean> coprime = new ArrayList<>(basis.size());
        for (int g : basis) {
            long lg = polynomials.get(g).leadingMonomial();
            long lcm = layout.lcm(lg, lh);
            candidates.add(new CriticalPair(g, hIndex, lcm, pairSugar(g, hIndex, lcm)));
            coprime.add(layout.coprime(lg, lh));
        }
        List<CriticalPair> kept = new ArrayList<>();
        List<Boolean> keptCoprime = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            CriticalPair pair = candidates.get(i);
            if (coprime.get(i) || !lcmIsMultiple(pair.lcm(), candidates.subList(i + 1, candidates.size()), kept)) {
                kept.add(pair);
                keptCoprime.add(coprime.get(i));
            }
        }
        List<CriticalPair> updated = new ArrayList<>(pairs.size() + kept.size());
        for (CriticalPair pair : pairs) {
            if (!layout.divides(lh, pair.lcm())
                    || layout.lcm(polynomials.get(pair.first()).leadingMonomial(), lh) == pair.lcm()
                    || layout.lcm(polynomials.get(pair.second()).leadingMonomial(), lh) == pair.lcm()) {
                updated.add(pair);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            if (!keptCoprime.get(i)) {
                updated.add(kept.get(i));
            }
        }
        pairs = updated;
        basis.removeIf(g -> layout.divides(lh, polynomials.get(g).leadingMonomial()));
        basis.add(hIndex);
    }

    private boolean lcmIsMultiple(long lcm, List<CriticalPair> later, List<CriticalPair> kept) {
        for (CriticalPair other : later) {
            if (layout.divides(other.lcm(), lcm)) {
                return true;
            }
        }
        for (CriticalPair other : kept) {
            if (layout.divides(other.lcm(), lcm)) {
                return true;
            }
        }
        return false;
    }

    private int pairSugar(int i, int j, long lcm) {
        int d = layout.degree(lcm);
        int si = sugars.get(i) + d - layout.degree(polynomials.get(i).leadingMonomial());
        int sj = sugars.get(j) + d - layout.degree(polynomials.get(j).leadingMonomial());
        return Math.max(si, sj);
    }
}
