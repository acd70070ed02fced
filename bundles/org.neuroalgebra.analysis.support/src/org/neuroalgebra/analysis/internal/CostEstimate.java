// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;

import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;

/**
 * The cost of a request, estimated before any work and compared with a budget, so that a request
 * that would run for days or exhaust memory is refused at once with the estimate and the limit
 * instead of after hours. Every budget scales with the request's size guard
 * ({@link AnalysisRequest#monomialLimit()}): at the default of 10^6 monomials the budgets are
 * the constants below, and a caller that raises the guard (e.g. {@code --monomial-limit}) raises
 * them in proportion.
 *
 * @param what
 *            what is counted, in words, e.g. "parameter updates (runs × steps × parameters)"
 * @param estimate
 *            the estimated count
 * @param limit
 *            the largest admitted count
 * @param setting
 *            the setting to lower (reported at its position), or null for the block
 * @param advice
 *            what to change, e.g. "lower runs or steps"
 */
public record CostEstimate(String what, BigInteger estimate, BigInteger limit, String setting, String advice) {

    /**
     * Gradient steps of training and of multi-start nearest-point searches, counted as parameter
     * updates (runs × steps × parameters): each costs about one Jacobian row per parameter, so
     * 10^10 is roughly a quarter of an hour on four cores for a small network.
     */
    public static final BigInteger PARAMETER_UPDATES = BigInteger.TEN.pow(10);

    /**
     * Solutions a homotopy method may have to track: monodromy loops and the final parameter
     * homotopy each follow one path per critical point.
     */
    public static final BigInteger HOMOTOPY_PATHS = BigInteger.valueOf(100_000);

    /**
     * The share of the heap one dense interpolation matrix (implicit equations) may take: its
     * N + 10 rows of N entries of 8 bytes, with room left for the kernel and the samples.
     */
    private static final int INTERPOLATION_HEAP_SHARE = 4;

    /**
     * @param budget
     *            the budget at the default size guard
     * @return the estimate with the budget scaled to the request's size guard
     */
    public static CostEstimate of(AnalysisRequest request, String what, BigInteger estimate, BigInteger budget,
            String setting, String advice) {
        BigInteger limit = budget.multiply(request.monomialLimit()).divide(AnalysisRequest.DEFAULT_MONOMIAL_LIMIT)
                .max(BigInteger.ONE);
        return new CostEstimate(what, estimate, limit, setting, advice);
    }

    /**
     * @return the estimated number of columns of an interpolation matrix against
     *         {@link #interpolationLimit}, which follows the heap
     */
    public static CostEstimate interpolation(AnalysisRequest request, String what, BigInteger estimate,
            String setting, String advice) {
        return new CostEstimate(what, estimate, BigInteger.valueOf(interpolationLimit(request)), setting, advice);
    }

    /**
     * @return the interpolation column limit for a request: the most columns whose dense matrix
     *         fits a quarter of this JVM's heap, or the size guard if lower
     */
    public static long interpolationLimit(AnalysisRequest request) {
        long fitting = (long) Math.sqrt(Runtime.getRuntime().maxMemory() / (double) (INTERPOLATION_HEAP_SHARE * Long.BYTES));
        return request.monomialLimit().min(BigInteger.valueOf(fitting)).longValue();
    }

    /** @return true when the estimate is within the limit */
    public boolean admitted() {
        return estimate.compareTo(limit) <= 0;
    }

    /**
     * @throws AnalysisException
     *             BAD_INPUT, naming the setting to lower, when the estimate exceeds the limit
     */
    public void require() throws AnalysisException {
        if (!admitted()) {
            throw AnalysisException.badSetting(setting, "too expensive: an estimated " + format(estimate) + " " + what //$NON-NLS-1$ //$NON-NLS-2$
                    + ", above the limit of " + format(limit) + "; " + advice); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the number in full below 10^7, else as e.g. "6.4e+12" */
    static String format(BigInteger value) {
        if (value.compareTo(BigInteger.TEN.pow(7)) < 0) {
            return value.toString();
        }
        return String.format("%.1e", value.doubleValue()); //$NON-NLS-1$
    }
}
