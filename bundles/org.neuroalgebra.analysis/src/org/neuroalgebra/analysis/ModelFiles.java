// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * Loads a model file ({@code .nalg} text or {@code .nalgx} XMI) and validates it, the same way
 * for the command line, launch configurations and tests, so they report the same problems with
 * the same {@code file:line:column} positions.
 */
public final class ModelFiles {

    /**
     * A loaded model and its problems. When {@code problems} is not empty the model must not be
     * analysed; warnings are not problems and are kept in {@code warnings}.
     */
    public record LoadedModel(NeuroalgebraModel model, List<String> problems, List<String> warnings) {
    }

    private ModelFiles() {
    }

    /** Loads and validates with the default size limit. */
    public static LoadedModel load(Path file) {
        return load(file, AnalysisRequest.DEFAULT_MONOMIAL_LIMIT);
    }

    /**
     * @param monomialLimit
     *            architectures needing a larger ambient space are reported as problems
     */
    public static LoadedModel load(Path file, BigInteger monomialLimit) {
        if (!Files.isRegularFile(file)) {
            return new LoadedModel(null, List.of(file + ": no such file"), List.of()); //$NON-NLS-1$
        }
        ResourceSet resourceSet = NalgResourceFactory.register(new ResourceSetImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        if (resource == null) {
            return new LoadedModel(null, List.of(file + ": not a model file (expected .nalg or .nalgx)"), List.of()); //$NON-NLS-1$
        }
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            // Syntax errors are recorded on the resource; an exception without them is an I/O failure.
            if (resource.getErrors().isEmpty()) {
                return new LoadedModel(null, List.of(file + ": " + e.getMessage()), List.of()); //$NON-NLS-1$
            }
        }
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ModelProblem problem : ModelDiagnostics.validate(resource, monomialLimit)) {
            (problem.severity() == ModelProblem.Severity.ERROR ? problems : warnings).add(problem.format());
        }
        NeuroalgebraModel model = resource.getContents().isEmpty() ? null
                : (NeuroalgebraModel) resource.getContents().get(0);
        if (model == null && problems.isEmpty()) {
            problems.add(file + ": the file contains no model"); //$NON-NLS-1$
        }
        return new LoadedModel(model, problems, warnings);
    }
}
