// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.text.NalgDiagnostic;
import org.neuroalgebra.model.text.NalgResource;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;
import org.neuroalgebra.model.validation.ModelProblem.Severity;

/**
 * All problems of a loaded model resource in one list, sorted by position: the syntax
 * errors and warnings the resource recorded while loading, then every constraint
 * violation found by {@link NeuroalgebraValidator}. Works outside OSGi and does not depend
 * on the global validator registry.
 * <p>
 * At most {@value #MAX_PROBLEMS} problems are listed, the first ones by position; the rest
 * are counted in one last line "... and N more errors" (or "problems" when warnings are among
 * them), placed at the first one left out. This includes the errors a {@link NalgResource}
 * already left out.
 */
public final class ModelDiagnostics {

    /** The largest number of problems listed for one resource. */
    public static final int MAX_PROBLEMS = NalgResource.MAX_ERRORS;

    private ModelDiagnostics() {
    }

    /**
     * @param resource
     *            a loaded resource ({@code .nalg} text or {@code .nalgx} XMI)
     * @return its problems, sorted by line and column, with the default monomial limit
     */
    public static List<ModelProblem> validate(Resource resource) {
        return validate(resource, BigInteger.valueOf(NeuroalgebraValidator.DEFAULT_MONOMIAL_LIMIT));
    }

    /**
     * @param resource
     *            a loaded resource
     * @param monomialLimit
     *            the largest ambient dimension an architecture may need
     * @return its problems, sorted by line and column
     */
    public static List<ModelProblem> validate(Resource resource, BigInteger monomialLimit) {
        return validate(resource, monomialLimit, null);
    }

    /**
     * @param resource
     *            a loaded resource
     * @param monomialLimit
     *            the largest ambient dimension an architecture may need
     * @param catalog
     *            the installed analyses to check analysis ids against, or null for the one
     *            {@link AnalysisCatalog#find found} (if any)
     * @return its problems, sorted by line and column
     */
    public static List<ModelProblem> validate(Resource resource, BigInteger monomialLimit, AnalysisCatalog catalog) {
        String location = resource.getURI() == null ? null : resource.getURI().toString();
        List<ModelProblem> problems = new ArrayList<>();
        // problems the resource left out are represented by one omitted line, counted here
        List<ModelProblem> leftOut = new ArrayList<>();
        int leftOutBefore = 0;
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            if (diagnostic instanceof NalgDiagnostic nalg && nalg.getOmittedCount() > 0) {
                leftOut.add(fromResource(Severity.ERROR, location, diagnostic));
                leftOutBefore += nalg.getOmittedCount();
            } else {
                problems.add(fromResource(Severity.ERROR, location, diagnostic));
            }
        }
        resource.getWarnings().forEach(d -> problems.add(fromResource(Severity.WARNING, location, d)));

        for (EObject root : resource.getContents()) {
            problems.addAll(validate(root, location, monomialLimit, catalog));
        }
        problems.sort(BY_POSITION);
        return capped(problems, leftOut, leftOutBefore, location);
    }

    /**
     * Validates one object and its contents only, e.g. a sweep member's architecture, whose
     * problems are not those of the file's other blocks.
     *
     * @param object
     *            a model object
     * @param location
     *            the URI of its file, for the problems (may be null)
     * @param monomialLimit
     *            the largest ambient dimension an architecture may need
     * @param catalog
     *            the installed analyses to check analysis ids against, or null for the one
     *            {@link AnalysisCatalog#find found} (if any)
     * @return its problems, sorted by line and column, all of them
     */
    public static List<ModelProblem> validate(EObject object, String location, BigInteger monomialLimit,
            AnalysisCatalog catalog) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(NalgPackage.eINSTANCE, NeuroalgebraValidator.INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(NeuroalgebraValidator.MONOMIAL_LIMIT, monomialLimit);
        if (catalog != null) {
            context.put(AnalysisCatalog.CONTEXT_KEY, catalog);
        }
        List<ModelProblem> problems = new ArrayList<>();
        collect(diagnostician.validate(object, context), location, problems);
        problems.sort(BY_POSITION);
        return problems;
    }

    private static final Comparator<ModelProblem> BY_POSITION = Comparator.comparingInt(ModelProblem::line)
            .thenComparingInt(ModelProblem::column);

    private static List<ModelProblem> capped(List<ModelProblem> problems, List<ModelProblem> leftOut, int leftOutBefore,
            String location) {
        int count = leftOutBefore;
        boolean onlyErrors = true;
        boolean anyError = leftOutBefore > 0;
        if (problems.size() > MAX_PROBLEMS) {
            List<ModelProblem> rest = problems.subList(MAX_PROBLEMS, problems.size());
            count += rest.size();
            onlyErrors = rest.stream().allMatch(p -> p.severity() == Severity.ERROR);
            anyError |= rest.stream().anyMatch(p -> p.severity() == Severity.ERROR);
            leftOut.addAll(rest);
            rest.clear();
        }
        if (count == 0) {
            return problems;
        }
        ModelProblem first = leftOut.stream().min(BY_POSITION).orElseThrow();
        String what = onlyErrors ? (count == 1 ? "error" : "errors") : (count == 1 ? "problem" : "problems"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        problems.add(new ModelProblem(anyError ? Severity.ERROR : Severity.WARNING, location, first.line(),
                first.column(), "... and " + count + " more " + what)); //$NON-NLS-1$ //$NON-NLS-2$
        return problems;
    }

    private static ModelProblem fromResource(Severity severity, String location, Resource.Diagnostic diagnostic) {
        String where = diagnostic.getLocation() == null ? location : diagnostic.getLocation();
        return new ModelProblem(severity, where, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage());
    }

    private static void collect(Diagnostic diagnostic, String location, List<ModelProblem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING;
                SourcePosition position = position(diagnostic.getData());
                problems.add(new ModelProblem(severity, location, position == null ? 0 : position.line(),
                        position == null ? 0 : position.column(), diagnostic.getMessage()));
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collect(child, location, problems));
    }

    /** @return the exact position given by the validator, else where the object was written */
    private static SourcePosition position(List<?> data) {
        for (Object item : data) {
            if (item instanceof SourcePosition position) {
                return position;
            }
        }
        for (Object item : data) {
            if (item instanceof EObject object) {
                return SourceLocation.find(object, null, 0);
            }
        }
        return null;
    }
}
