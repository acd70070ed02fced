// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.neuroalgebra.model.editor.internal.AtomicFileWriter;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * Saves a model resource to its file atomically (see {@link AtomicFileWriter}), and refuses
 * to save a model that was loaded from a file with syntax errors: such a model holds only
 * what could be parsed, and writing it back would silently drop the rest of the file.
 */
public class ModelSaver {

    /** Writes a resource's serialized form; the seam tests use to make a save fail midway. */
    @FunctionalInterface
    public interface Serializer {
        /**
         * @param resource
         *            the resource to write
         * @param out
         *            where to write it
         * @throws IOException
         *             if it cannot be written
         */
        void write(Resource resource, OutputStream out) throws IOException;
    }

    private static final String PLUGIN_ID = "org.neuroalgebra.model.editor"; //$NON-NLS-1$

    private final Serializer serializer;

    /** A saver that writes with the resource's own {@link Resource#save(OutputStream, java.util.Map)}. */
    public ModelSaver() {
        this((resource, out) -> resource.save(out, Collections.emptyMap()));
    }

    /**
     * @param serializer
     *            how resources are written
     */
    public ModelSaver(Serializer serializer) {
        this.serializer = serializer;
    }

    /**
     * @param resource
     *            a loaded resource
     * @return OK, or an error saying why saving it would lose part of its file
     */
    public static IStatus checkLossless(Resource resource) {
        if (resource.getErrors().isEmpty()) {
            return Status.OK_STATUS;
        }
        Resource.Diagnostic first = resource.getErrors().get(0);
        return Status.error(NLS.bind(Messages.ModelSaver_syntaxErrors,
                new Object[] { resource.getErrors().size(), first.getLine(), first.getMessage() }));
    }

    /**
     * @param resource
     *            the resource to save
     * @param target
     *            the file to write
     * @return OK, or the error that prevented saving (the file is then unchanged)
     */
    public IStatus save(Resource resource, Path target) {
        IStatus lossless = checkLossless(resource);
        if (!lossless.isOK()) {
            return lossless;
        }
        try {
            AtomicFileWriter.write(target, out -> serializer.write(resource, out));
            resource.setModified(false);
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.ModelSaver_writeFailed, target), e);
        }
    }
}
