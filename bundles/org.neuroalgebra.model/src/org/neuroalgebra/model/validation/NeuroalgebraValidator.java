// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import java.math.BigInteger;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.internal.validation.AnalysisConstraints;
import org.neuroalgebra.model.internal.validation.ArchitectureConstraints;
import org.neuroalgebra.model.internal.validation.DatasetConstraints;
import org.neuroalgebra.model.internal.validation.NameConstraints;
import org.neuroalgebra.model.internal.validation.Problems;
import org.neuroalgebra.model.internal.validation.SweepConstraints;
import org.neuroalgebra.model.internal.validation.VarietyConstraints;

/**
 * The constraints of the Neuroalgebra package, on top of EMF's basic ones. Written by hand
 * (not generated) so that src-gen/ stays exactly what the generator produces.
 * <p>
 * Unresolved references and duplicate IDs are reported by the constraints themselves, with
 * the name that was written ("unknown architecture or variety 'nosuch'"), instead of EMF's
 * generic proxy and ID messages. In a block with a syntax error only what was written is
 * checked, not what is missing: the statement the parser could not read is likely what is
 * missing, and its syntax error says so already.
 * <p>
 * Analysis ids are checked against the installed analyses when an {@link AnalysisCatalog} is
 * available (see there); what one analysis needs of its block is for the analysis to declare.
 */
public class NeuroalgebraValidator extends EObjectValidator {

    /** The shared instance. */
    public static final NeuroalgebraValidator INSTANCE = new NeuroalgebraValidator();

    /** Creates a validator; use {@link #INSTANCE} unless a subclass adds checks. */
    public NeuroalgebraValidator() {
        // stateless
    }

    /**
     * Context key: the largest ambient dimension (number of monomials) an architecture may
     * need, a {@link Number}; default {@link #DEFAULT_MONOMIAL_LIMIT}.
     */
    public static final String MONOMIAL_LIMIT = "org.neuroalgebra.model.monomialLimit"; //$NON-NLS-1$

    /** Default of {@link #MONOMIAL_LIMIT}: 10^6 monomials. */
    public static final long DEFAULT_MONOMIAL_LIMIT = 1_000_000L;

    /** Registers this validator for the package in the global EMF registry. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(NalgPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return NalgPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean basic = super.validate(eClass, object, diagnostics, context);
        Problems problems = new Problems(diagnostics);
        if (object instanceof NeuroalgebraModel model) {
            NameConstraints.check(model, problems);
        } else if (object instanceof Architecture architecture) {
            ArchitectureConstraints.check(architecture, problems, monomialLimit(context));
        } else if (object instanceof Variety variety) {
            VarietyConstraints.check(variety, problems);
        } else if (object instanceof Dataset dataset) {
            DatasetConstraints.check(dataset, problems);
        } else if (object instanceof Analysis analysis) {
            AnalysisConstraints.check(analysis, problems, AnalysisCatalog.find(context));
        } else if (object instanceof Sweep sweep) {
            SweepConstraints.check(sweep, problems);
        }
        return basic && problems.isValid();
    }

    private static BigInteger monomialLimit(Map<Object, Object> context) {
        Object limit = context == null ? null : context.get(MONOMIAL_LIMIT);
        if (limit instanceof BigInteger big) {
            return big;
        }
        return BigInteger.valueOf(limit instanceof Number number ? number.longValue() : DEFAULT_MONOMIAL_LIMIT);
    }

    @Override
    public boolean validate_EveryProxyResolves(EObject object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
