// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the new content goes to a temporary file in the same
 * folder, is forced to disk, and is then renamed over the original. A failure (or a crash)
 * before the rename leaves the original as it was; the rename itself is atomic on the file
 * systems the workbench runs on.
 */
public final class AtomicFileWriter {

    /** Writes the new content of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out
         *            where to write; not to be closed
         * @throws IOException
         *             if the content cannot be produced; the target file is then left untouched
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * @param target
     *            the file to create or replace
     * @param content
     *            its new content
     * @throws IOException
     *             if writing fails; {@code target} is unchanged and no temporary file remains
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename atomically; replacing is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
