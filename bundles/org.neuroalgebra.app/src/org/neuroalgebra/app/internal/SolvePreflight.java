// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.ParsedSystem;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.VariableGroups;

/**
 * What {@code solve} checks before any work: that every coefficient can be handed to a
 * numerical solver, and how many paths the total-degree homotopy would track.
 */
final class SolvePreflight {

    /**
     * The most paths {@code solve} tracks. A documented constant rather than an option because
     * the Bézout number grows so fast that the limit only matters by its order of magnitude.
     */
    static final BigInteger MAX_PATHS = BigInteger.valueOf(1_000_000);

    private SolvePreflight() {
    }

    /**
     * @return {@code line:column: problem} for the first coefficient whose magnitude is not a
     *         normal double (numerical solvers would see infinity or zero), if any
     */
    static Optional<String> coefficientOutOfRange(ParsedSystem parsed) {
        PolynomialSystem system = parsed.system();
        for (int i = 0; i < system.equationCount(); i++) {
            for (Polynomial.Term term : system.equations().get(i).terms()) {
                Rational c = term.coefficient();
                double magnitude = Math.abs(c.doubleValue());
                if (c.isZero() || (magnitude >= Double.MIN_NORMAL && magnitude <= Double.MAX_VALUE)) {
                    continue;
                }
                String size = magnitude > 1 ? "too large" : "too small"; //$NON-NLS-1$ //$NON-NLS-2$
                return Optional.of(parsed.position(i) + ": the coefficient " + approximately(c) + " is " + size //$NON-NLS-1$ //$NON-NLS-2$
                        + " for double precision (magnitudes " + Double.MIN_NORMAL + " to " + Double.MAX_VALUE //$NON-NLS-1$ //$NON-NLS-2$
                        + "), which the numerical solver computes in; scale the equation or the variables"); //$NON-NLS-1$
            }
        }
        return Optional.empty();
    }

    /** @return the number to three digits, e.g. {@code 1.00e+400}, without writing it out */
    static String approximately(Rational c) {
        BigDecimal value = new BigDecimal(c.numerator()).divide(new BigDecimal(c.denominator()), new MathContext(3));
        return String.format(Locale.ROOT, "%.2e", value); //$NON-NLS-1$
    }

    /**
     * @return the number of paths of the total-degree homotopy: the Bézout number of a square
     *         system; for more equations than unknowns, n random combinations of degree the
     *         largest degree; 0 for fewer equations than unknowns (no homotopy)
     */
    static BigInteger pathCount(PolynomialSystem system) {
        int n = system.variableCount();
        int[] degrees = system.degreesInVariables();
        if (degrees.length < n) {
            return BigInteger.ZERO;
        }
        if (degrees.length > n) {
            return BigInteger.valueOf(Arrays.stream(degrees).max().orElse(0)).pow(n);
        }
        BigInteger product = BigInteger.ONE;
        for (int d : degrees) {
            product = product.multiply(BigInteger.valueOf(d));
        }
        return product;
    }

    /** @return why the homotopy is refused up front, if it is */
    static Optional<String> tooManyPaths(PolynomialSystem system, VariableGroups groups) {
        BigInteger paths = pathCount(system);
        if (paths.compareTo(MAX_PATHS) <= 0) {
            return Optional.empty();
        }
        long product = -1;
        if (groups.isMultihomogeneous() && system.equationCount() == system.variableCount()) {
            product = groups.bezoutNumber(system.equations());
            if (product <= MAX_PATHS.longValue()) {
                return Optional.empty();
            }
        }
        int[] degrees = system.degreesInVariables();
        String how = degrees.length == system.variableCount()
                ? "the Bézout number, product of the degrees " //$NON-NLS-1$
                        + Arrays.stream(degrees).mapToObj(Integer::toString).collect(Collectors.joining("·")) //$NON-NLS-1$
                : "the largest degree to the power of the number of unknowns"; //$NON-NLS-1$
        String count = paths.bitLength() < 50 ? paths.toString() : approximately(Rational.of(paths));
        return Optional.of("the total-degree homotopy would track " + count + " paths (" //$NON-NLS-1$ //$NON-NLS-2$
                + how + (product < 0 ? "" : "; the linear-product start system of the variable groups " //$NON-NLS-1$ //$NON-NLS-2$
                        + (product == Long.MAX_VALUE ? "more than 2^63" : Long.toString(product))) //$NON-NLS-1$
                + "); the limit is " + MAX_PATHS + ", refused before any work"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
