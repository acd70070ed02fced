// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.neuroalgebra.model.editor.internal.AtomicFileWriter;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * The document provider of the {@code .nalg} text editor. Saving an existing file replaces it
 * atomically (see {@link AtomicFileWriter}) instead of rewriting it in place as the platform's
 * providers do, so a crash or a full disk during a save leaves the previous file intact. New
 * files are created by the workspace as usual: there is nothing to lose yet.
 */
public class NalgDocumentProvider extends FileDocumentProvider {

    /** Writes a file's new bytes; the seam tests use to make a save fail midway. */
    @FunctionalInterface
    public interface ContentWriter {
        /**
         * @param target
         *            the file to replace
         * @param bytes
         *            its new content
         * @throws IOException
         *             if it cannot be written; the file must then be unchanged
         */
        void write(Path target, byte[] bytes) throws IOException;
    }

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private ContentWriter writer = (target, bytes) -> AtomicFileWriter.write(target, out -> out.write(bytes));

    /** @param newWriter how this provider writes files from now on */
    void setWriter(ContentWriter newWriter) {
        writer = newWriter;
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        IFile file = element instanceof IFileEditorInput input ? input.getFile() : null;
        IPath location = file == null ? null : file.getLocation();
        if (file == null || !file.exists() || location == null) {
            super.doSaveDocument(monitor, element, document, overwrite);
            return;
        }
        FileInfo info = (FileInfo) getElementInfo(element);
        if (info != null && !overwrite) {
            checkSynchronizationState(info.fModificationStamp, file);
        }
        byte[] bytes = encode(document, charsetOf(element, file), location.toPath());
        fireElementStateChanging(element);
        FileSynchronizer synchronizer = info == null ? null : info.fFileSynchronizer;
        if (synchronizer != null) {
            synchronizer.uninstall();
        }
        try {
            writer.write(location.toPath(), bytes);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (IOException e) {
            fireElementStateChangeFailed(element);
            throw new CoreException(Status.error(NLS.bind(Messages.NalgDocumentProvider_saveFailed, file.getFullPath()), e));
        } catch (CoreException | RuntimeException e) {
            fireElementStateChangeFailed(element);
            throw e;
        } finally {
            if (synchronizer != null) {
                synchronizer.install();
            }
        }
        if (info != null) {
            // The new stamp is this save's own: the synchronizer must not take it for a change made elsewhere.
            info.fModificationStamp = computeModificationStamp(file);
            if (info.fModel instanceof ResourceMarkerAnnotationModel markers) {
                markers.updateMarkers(info.fDocument);
            }
        }
    }

    /** Saving refreshes the file after the rename, which needs the refresh rule besides the save rule. */
    @Override
    protected ISchedulingRule getSaveRule(Object element) {
        ISchedulingRule rule = super.getSaveRule(element);
        if (element instanceof IFileEditorInput input) {
            return MultiRule.combine(rule, ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(input.getFile()));
        }
        return rule;
    }

    private Charset charsetOf(Object element, IFile file) throws CoreException {
        String name = getEncoding(element);
        try {
            return Charset.forName(name != null ? name : file.getCharset());
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.NalgDocumentProvider_unsupportedCharset, name), e));
        }
    }

    /** Encodes strictly: a character the charset cannot hold is an error, never a silent '?'. */
    private static byte[] encode(IDocument document, Charset charset, Path existing) throws CoreException {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(document.get()));
        } catch (CharacterCodingException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.NalgDocumentProvider_unmappable, charset.name()), e));
        }
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        return hasUtf8Bom(charset, existing) ? concat(UTF8_BOM, bytes) : bytes;
    }

    /** Keeps a byte order mark the file had: the document never contains it. */
    private static boolean hasUtf8Bom(Charset charset, Path existing) {
        if (!StandardCharsets.UTF_8.equals(charset)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(existing)) {
            return Arrays.equals(UTF8_BOM, in.readNBytes(UTF8_BOM.length));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
