// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.model.text.TargetEntries;

/**
 * The target of a membership test: one polynomial per output of the network, written
 * {@code target POLYNOMIAL} for one output or {@code target [P1, P2, …]} for several (in output
 * order, {@link TargetEntries}), in the input variables the layout names.
 *
 * @param outputs
 *            one polynomial per output
 */
public record MembershipTarget(List<Polynomial> outputs) {

    /** Copies the list. */
    public MembershipTarget {
        outputs = List.copyOf(outputs);
    }

    /**
     * @param text
     *            the target as written after {@code target} ({@link TargetEntries})
     * @param layout
     *            the network's outputs and input variables
     * @return the polynomials
     * @throws TargetEntries.SyntaxException
     *             for a polynomial that does not parse, a malformed vector or a number of
     *             entries other than the number of outputs
     */
    public static MembershipTarget parse(String text, OutputMonomials layout) throws TargetEntries.SyntaxException {
        TargetEntries entries = TargetEntries.split(text);
        int count = entries.entries().size();
        if (count != layout.outputs()) {
            int at = text.length() - text.stripLeading().length();
            throw new TargetEntries.SyntaxException(entries.vector()
                    ? "the vector has " + count + (count == 1 ? " entry" : " entries") + ", the network has " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + layout.outputs() + (layout.outputs() == 1 ? " output" : " outputs") //$NON-NLS-1$ //$NON-NLS-2$
                    : "the network has " + layout.outputs() + " outputs: write the target as a vector [P1, ..., P" //$NON-NLS-1$ //$NON-NLS-2$
                            + layout.outputs() + "], one polynomial per output", //$NON-NLS-1$
                    at);
        }
        List<Polynomial> outputs = new ArrayList<>();
        for (TargetEntries.Entry entry : entries.entries()) {
            try {
                outputs.add(PolynomialParser.parse(entry.text(), layout.inputNames()));
            } catch (PolynomialSyntaxException e) {
                throw new TargetEntries.SyntaxException(e.getMessage(), entry.offset() + e.getOffset());
            }
        }
        return new MembershipTarget(outputs);
    }

    /**
     * @param layout
     *            the network's outputs and their monomial basis
     * @return c_target in the layout's order (output major), or null when a monomial of the
     *         target lies outside the basis
     */
    public Rational[] coefficients(OutputMonomials layout) {
        int size = layout.basis().size();
        Rational[] c = new Rational[size * outputs.size()];
        Arrays.fill(c, Rational.ZERO);
        for (int o = 0; o < outputs.size(); o++) {
            for (Polynomial.Term term : outputs.get(o).terms()) {
                int index = layout.basis().indexOf(term.monomial());
                if (index < 0) {
                    return null;
                }
                c[o * size + index] = term.coefficient();
            }
        }
        return c;
    }

    /** @return the first monomial of the target outside the layout's basis, with its output (1-based), or null */
    public String outsideMonomial(OutputMonomials layout) {
        for (int o = 0; o < outputs.size(); o++) {
            for (Polynomial.Term term : outputs.get(o).terms()) {
                Monomial monomial = term.monomial();
                if (layout.basis().indexOf(monomial) < 0) {
                    return monomial.toString(layout.inputNames())
                            + (outputs.size() > 1 ? " in output " + (o + 1) : ""); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return null;
    }
}
