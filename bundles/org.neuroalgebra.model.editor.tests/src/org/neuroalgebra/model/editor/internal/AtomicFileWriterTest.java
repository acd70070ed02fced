// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement of a file's content, without a workbench. */
class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheContent() throws IOException {
        Path file = Files.writeString(folder.resolve("m.nalg"), "old"); //$NON-NLS-1$ //$NON-NLS-2$
        AtomicFileWriter.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        assertEquals("new", Files.readString(file)); //$NON-NLS-1$
        assertEquals(List.of(file), listing());
    }

    @Test
    void createsAMissingFile() throws IOException {
        Path file = folder.resolve("new.nalg"); //$NON-NLS-1$
        AtomicFileWriter.write(file, out -> out.write('x'));
        assertEquals("x", Files.readString(file)); //$NON-NLS-1$
    }

    @Test
    void failureMidwayLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("m.nalg"), "architecture a {\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        IOException thrown = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("architec".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            throw new IOException("disk full"); //$NON-NLS-1$
        }));
        assertEquals("disk full", thrown.getMessage()); //$NON-NLS-1$
        assertEquals("architecture a {\n}\n", Files.readString(file)); //$NON-NLS-1$
        assertEquals(List.of(file), listing());
    }

    @Test
    void runtimeFailureOfTheSerializerAlsoLeavesTheOriginal() throws IOException {
        Path file = Files.writeString(folder.resolve("m.nalg"), "kept"); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write('p');
            throw new IllegalStateException("cannot serialize"); //$NON-NLS-1$
        }));
        assertEquals("kept", Files.readString(file)); //$NON-NLS-1$
        assertEquals(List.of(file), listing());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
