// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Faugère's F4 algorithm over Z/p in graded reverse lexicographic order: all
 * critical pairs of the lowest sugar degree are reduced together as one
 * Macaulay matrix ({@link MacaulayMatrix}); pairs are managed by
 * {@link PairSet} (Gebauer–Möller criteria).
 */
public final class F4 {

    private final MonomialLayout layout;
    private final long prime;
    private final ProgressMonitor monitor;
    private int matrixCount;

    /**
     * @param layout
     *            the monomial layout
     * @param prime
     *            the prime, below 2^31
     * @param monitor
     *            progress (one unit per matrix) and cancellation
     */
    public F4(MonomialLayout layout, long prime, ProgressMonitor monitor) {
        this.layout = layout;
        this.prime = Residues.checkPrime(prime);
        this.monitor = monitor;
    }

    /** @return the number of matrices reduced by the last computation */
    public int matrixCount() {
        return matrixCount;
    }

    /**
     * @param generators
     *            generators of the ideal
     * @return the reduced Gröbner basis, monic, in increasing order of leading
     *         monomials; [1] for the unit ideal, empty for the zero ideal
     * @throws CancellationException
     *             if the monitor was canceled
     */
    public List<ModPolynomial> reducedBasis(List<ModPolynomial> generators) {
        matrixCount = 0;
        PairSet pairs = new PairSet(layout);
        MacaulayMatrix input = new MacaulayMatrix(layout, prime, List.of());
        for (ModPolynomial f : generators) {
            if (!f.isZero()) {
                input.addRowToReduce(new Multiple(0, f));
            }
        }
        List<ModPolynomial> echelon = input.echelonize();
        if (addAll(pairs, echelon, -1)) {
            return unitIdeal();
        }
        while (!pairs.isEmpty()) {
            if (monitor.isCanceled()) {
                throw new CancellationException("Gröbner basis computation canceled"); //$NON-NLS-1$
            }
            List<CriticalPair> selected = pairs.selectLowestSugar();
            MacaulayMatrix matrix = new MacaulayMatrix(layout, prime, pairs.basis());
            for (CriticalPair pair : selected) {
                ModPolynomial f = pairs.polynomial(pair.first());
                ModPolynomial g = pairs.polynomial(pair.second());
                matrix.addPivotCandidate(new Multiple(layout.quotient(pair.lcm(), f.leadingMonomial()), f));
                matrix.addRowToReduce(new Multiple(layout.quotient(pair.lcm(), g.leadingMonomial()), g));
            }
            matrixCount++;
            if (addAll(pairs, matrix.echelonize(), selected.get(0).sugar())) {
                return unitIdeal();
            }
            monitor.worked(1);
        }
        return interreduce(pairs.basis());
    }

    /**
     * Adds new polynomials, smallest leading monomial first (so that a later
     * one is never a divisor of an earlier one's leading monomial).
     *
     * @param sugar
     *            the sugar degree of the new polynomials, or -1 for their
     *            degree
     * @return true when a constant was found
     */
    private boolean addAll(PairSet pairs, List<ModPolynomial> polynomials, int sugar) {
        List<ModPolynomial> sorted = new ArrayList<>(polynomials);
        sorted.sort(byLeadingMonomial());
        for (ModPolynomial h : sorted) {
            if (layout.degree(h.leadingMonomial()) == 0) {
                return true;
            }
            pairs.add(h, sugar < 0 ? layout.degree(h.leadingMonomial()) : sugar);
        }
        return false;
    }

    private Comparator<ModPolynomial> byLeadingMonomial() {
        return (f, g) -> layout.compare(f.leadingMonomial(), g.leadingMonomial());
    }

    private static List<ModPolynomial> unitIdeal() {
        return List.of(new ModPolynomial(new long[] { 0L }, new int[] { 1 }));
    }

    /** Drops elements with redundant leading monomials and reduces the tails. */
    private List<ModPolynomial> interreduce(List<ModPolynomial> basis) {
        List<ModPolynomial> minimal = new ArrayList<>();
        for (ModPolynomial g : basis) {
            boolean redundant = false;
            for (ModPolynomial other : basis) {
                if (other != g && layout.divides(other.leadingMonomial(), g.leadingMonomial())) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                minimal.add(g);
            }
        }
        minimal.sort(byLeadingMonomial());
        MacaulayMatrix matrix = new MacaulayMatrix(layout, prime, minimal);
        for (ModPolynomial g : minimal) {
            if (g.size() > 1) {
                matrix.addRowToReduce(new Multiple(0, g.tail()));
            }
        }
        List<ModPolynomial> tails = matrix.normalForms();
        List<ModPolynomial> reduced = new ArrayList<>(minimal.size());
        int next = 0;
        for (ModPolynomial g : minimal) {
            if (g.size() > 1) {
                reduced.add(tails.get(next++).withLeadingTerm(g.leadingMonomial(), 1));
            } else {
                reduced.add(g);
            }
        }
        return reduced;
    }
}
