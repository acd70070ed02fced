// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.model.text.NalgResource;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * The Problems view entries of a model file: its syntax errors and validation problems (see
 * {@link ModelDiagnostics}) as markers of type {@value #TYPE}, with line numbers and character
 * ranges for the text form. Each update replaces the file's previous markers.
 */
public final class ProblemMarkers {

    /** The marker type, a problem marker and text marker declared in plugin.xml. */
    public static final String TYPE = "org.neuroalgebra.model.editor.problem"; //$NON-NLS-1$

    private ProblemMarkers() {
    }

    /**
     * Checks a model file as it is in the workspace.
     *
     * @param file
     *            a {@code .nalg} or {@code .nalgx} file
     * @throws CoreException
     *             if the file cannot be read or its markers cannot be written
     */
    public static void update(IFile file) throws CoreException {
        if (NalgResourceFactory.EXTENSION.equals(file.getFileExtension())) {
            try (InputStream in = file.getContents(true)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                update(file, parse(file, text), text);
            } catch (IOException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            }
            return;
        }
        ResourceSet resourceSet = NalgResourceFactory.register(new ResourceSetImpl());
        URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            resource = resourceSet.getResource(uri, false);
        }
        replace(file, ModelDiagnostics.validate(resource), null);
    }

    /**
     * Parses the text of a {@code .nalg} file, e.g. an editor's document.
     *
     * @param file
     *            the file the text belongs to (names it in messages)
     * @param text
     *            its text
     * @return the parsed resource, with the syntax errors in its errors
     */
    public static NalgResource parse(IFile file, String text) {
        NalgResource resource = new NalgResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            // Reading from memory cannot fail; malformed text is reported in the errors.
            throw new IllegalStateException(e);
        }
        return resource;
    }

    /**
     * Replaces the markers of a {@code .nalg} file by the problems of its parsed text.
     *
     * @param file
     *            the file
     * @param parsed
     *            its text, parsed with {@link #parse}
     * @param text
     *            the text, to find the character ranges of the problems
     * @throws CoreException
     *             if the markers cannot be written
     */
    public static void update(IFile file, NalgResource parsed, String text) throws CoreException {
        replace(file, ModelDiagnostics.validate(parsed), text);
    }

    private static void replace(IFile file, List<ModelProblem> problems, String text) throws CoreException {
        TextLines lines = text == null ? null : new TextLines(text);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        workspace.run(monitor -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (ModelProblem problem : problems) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.MESSAGE, problem.message());
                marker.setAttribute(IMarker.SEVERITY, problem.severity() == ModelProblem.Severity.ERROR
                        ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                if (problem.line() > 0) {
                    marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
                    marker.setAttribute(IMarker.LOCATION, "line " + problem.line()); //$NON-NLS-1$
                }
                if (lines != null && problem.line() > 0) {
                    int start = lines.offset(problem.line(), problem.column());
                    marker.setAttribute(IMarker.CHAR_START, start);
                    marker.setAttribute(IMarker.CHAR_END, lines.endOfToken(start));
                }
            }
        }, file, IWorkspace.AVOID_UPDATE, null);
    }
}
