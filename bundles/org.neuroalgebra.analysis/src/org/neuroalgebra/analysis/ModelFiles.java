// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * Loads a model file ({@code .nalg} text or {@code .nalgx} XMI, told apart by content) and validates it, the same way
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

    private static final int SNIFF_BYTES = 256;

    private ModelFiles() {
    }

    /** @return whether the file starts, after an optional byte order mark and blanks, with '<' */
    static boolean isXml(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
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
        return load(file, monomialLimit, null);
    }

    /**
     * @param monomialLimit
     *            architectures needing a larger ambient space are reported as problems
     * @param registry
     *            the installed analyses, against which the ids of analysis blocks and their
     *            declared needs are checked; null for the catalog model validation finds itself
     */
    public static LoadedModel load(Path file, BigInteger monomialLimit, AnalysisRegistry registry) {
        if (Files.isDirectory(file)) {
            return new LoadedModel(null, List.of(file + ": is a directory, not a model file"), List.of()); //$NON-NLS-1$
        }
        if (!Files.exists(file)) {
            return new LoadedModel(null, List.of(file + ": no such file"), List.of()); //$NON-NLS-1$
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new LoadedModel(null, List.of(file + ": cannot be read (not a readable regular file)"), List.of()); //$NON-NLS-1$
        }
        ResourceSet resourceSet = NalgResourceFactory.register(new ResourceSetImpl());
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource;
        try {
            // The content decides the form, not the name: a .nalg text saved without its extension
            // must not reach the XML parser, and an XMI file named .nalg must not reach the text parser.
            resource = isXml(file) ? new XMIResourceFactoryImpl().createResource(uri)
                    : new NalgResourceFactory().createResource(uri);
        } catch (IOException e) {
            return new LoadedModel(null, List.of(file + ": cannot be read: " + e.getMessage()), List.of()); //$NON-NLS-1$
        }
        resourceSet.getResources().add(resource);
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
        for (ModelProblem problem : ModelDiagnostics.validate(resource, monomialLimit, registry)) {
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
