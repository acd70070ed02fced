// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.implicitize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.implicit.Implicitization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.model.Architecture;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code implicitize} analysis (MATH.md §8): the equations of M of degree ≤ {@code degree}
 * (option, default 2) by exact interpolation ({@link Implicitization}). Option {@code chart}:
 * coordinate names separated by blanks, to be used first as the independent coordinates in
 * which the equations are written (e.g. the six coefficients that make the lightning quartic
 * appear in its textbook form).
 */
@Component(service = IAnalysis.class)
public class ImplicitizeAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "implicitize"; //$NON-NLS-1$

    /** Dense elimination is cubic in the number of monomials: this bounds it. */
    static final long MAX_MONOMIALS = 3_000;

    private static final int DEFAULT_DEGREE = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Implicit equations of the neuromanifold"; //$NON-NLS-1$
    }

    @Override
    public List<String> settingNames() {
        return List.of("degree", "chart"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        if (!(request.subject() instanceof Architecture architecture)) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "the implicitize analysis needs an architecture, '" + request.subjectName() + "' is not one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        int degree = degree(request.option("degree", Integer.toString(DEFAULT_DEGREE))); //$NON-NLS-1$
        List<Integer> chart = chart(request.option("chart", ""), parametrization.coordinateNames()); //$NON-NLS-1$ //$NON-NLS-2$
        long limit = Math.min(MAX_MONOMIALS, request.monomialLimit().min(BigInteger.valueOf(Long.MAX_VALUE))
                .longValue());
        long start = System.nanoTime();
        try {
            ImplicitEquations equations = Implicitization.compute(parametrization, degree, limit, chart,
                    request.seed(), monitor);
            return new ImplicitizeResult(architecture.getName(), parametrization.describe(),
                    parametrization.coordinateNames(), equations, (System.nanoTime() - start) / 1e9);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new AnalysisException(Kind.FAILED, e.getMessage(), e);
        }
    }

    private static int degree(String text) throws AnalysisException {
        try {
            int degree = Integer.parseInt(text.trim());
            if (degree >= 1) {
                return degree;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AnalysisException(Kind.BAD_INPUT, "option degree must be a positive integer, not '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<Integer> chart(String text, List<String> names) throws AnalysisException {
        List<Integer> chart = new ArrayList<>();
        for (String name : text.trim().split("\\s+")) { //$NON-NLS-1$
            if (name.isEmpty()) {
                continue;
            }
            int index = names.indexOf(name);
            if (index < 0) {
                throw new AnalysisException(Kind.BAD_INPUT, "option chart: no coordinate '" + name //$NON-NLS-1$
                        + "'; coordinates are named like '" + names.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            chart.add(index);
        }
        return chart;
    }
}
