// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.model.NeuroalgebraModel;

/** Loads and saves test models in memory, through the real resource factories. */
public final class NalgFiles {

    private NalgFiles() {
    }

    /** @return a fresh resource set with the .nalg and .nalgx factories registered */
    public static ResourceSet resourceSet() {
        return NalgResourceFactory.register(new ResourceSetImpl());
    }

    /**
     * @param fileName
     *            the name used in messages, e.g. "talk.nalg" (its extension picks the factory)
     * @param bytes
     *            the file content
     * @return the loaded resource (syntax errors in getErrors())
     */
    public static Resource load(String fileName, byte[] bytes) {
        Resource resource = resourceSet().createResource(URI.createURI("memory:/test/" + fileName)); //$NON-NLS-1$
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    public static Resource load(String fileName, String text) {
        return load(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    public static NeuroalgebraModel model(Resource resource) {
        return (NeuroalgebraModel) resource.getContents().get(0);
    }

    /** @return the syntax errors of a resource, formatted as file:line:column: message */
    public static List<String> errors(Resource resource) {
        return resource.getErrors().stream().map(Object::toString).toList();
    }

    public static String save(Resource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
