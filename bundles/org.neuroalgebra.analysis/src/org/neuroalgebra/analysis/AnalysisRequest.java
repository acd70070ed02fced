// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.math.BigInteger;
import java.util.Objects;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisSubject;

/**
 * What to analyse and how: an {@code analysis} block of a model (from a {@code .nalg} file, a
 * launch configuration or the command line, which all build one), plus the limits the caller
 * imposes.
 *
 * @param spec
 *            the analysis block; its subject must be resolved
 * @param monomialLimit
 *            the largest ambient dimension (number of monomials) an analysis may work in;
 *            larger requests are refused before any work, with the estimate
 */
public record AnalysisRequest(Analysis spec, BigInteger monomialLimit) {

    /** The default size guard: one million monomials. */
    public static final BigInteger DEFAULT_MONOMIAL_LIMIT = BigInteger.TEN.pow(6);

    /** The seed used when the model does not give one; it is reported like any other seed. */
    public static final long DEFAULT_SEED = 1;

    /**
     * Checks that both components are given.
     *
     * @param spec
     *            the analysis block; its subject must be resolved
     * @param monomialLimit
     *            the largest ambient dimension an analysis may work in
     */
    public AnalysisRequest {
        Objects.requireNonNull(spec, "spec"); //$NON-NLS-1$
        Objects.requireNonNull(monomialLimit, "monomialLimit"); //$NON-NLS-1$
    }

    /**
     * A request with the {@link #DEFAULT_MONOMIAL_LIMIT default size guard}.
     *
     * @param spec
     *            the analysis block; its subject must be resolved
     */
    public AnalysisRequest(Analysis spec) {
        this(spec, DEFAULT_MONOMIAL_LIMIT);
    }

    /** @return the analysis id the block asks for, e.g. "dimension" */
    public String analysisId() {
        return spec.getKind();
    }

    /** @return the subject of the analysis */
    public AnalysisSubject subject() {
        return spec.getSubject();
    }

    /** @return the name of the subject, for messages */
    public String subjectName() {
        return spec.getSubject() == null ? "?" : spec.getSubject().getName(); //$NON-NLS-1$
    }

    /** @return the seed given in the model, or {@link #DEFAULT_SEED} */
    public long seed() {
        return spec.isSetSeed() ? spec.getSeed() : DEFAULT_SEED;
    }

    /**
     * @return the value of a free-form option of the analysis block, or {@code defaultValue}
     */
    public String option(String key, String defaultValue) {
        String value = spec.getOptions().get(key);
        return value == null ? defaultValue : value;
    }
}
