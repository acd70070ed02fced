// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.model.text.SourcePosition;

/**
 * Decodes a file as strict UTF-8. Every invalid byte sequence is reported with the line
 * and column where it occurs (counting the characters decoded before it) instead of being
 * silently replaced; a leading byte order mark is dropped.
 */
public final class Utf8Decoder {

    /** An invalid byte sequence. */
    public record InvalidBytes(SourcePosition position, String message) {
    }

    private final List<InvalidBytes> problems = new ArrayList<>();

    /**
     * @param bytes
     *            the file content
     * @return the text, with U+FFFD in place of each invalid sequence
     */
    public String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            int start = in.position();
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < result.length(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes[start + i] & 0xFF)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            problems.add(new InvalidBytes(positionAt(out), "invalid UTF-8 byte sequence " + hex //$NON-NLS-1$
                    + " (files must be encoded in UTF-8)")); //$NON-NLS-1$
            in.position(start + result.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
    }

    /** @return the invalid sequences found by {@link #decode(byte[])}, in file order */
    public List<InvalidBytes> problems() {
        return problems;
    }

    private static SourcePosition positionAt(CharBuffer decodedSoFar) {
        int end = decodedSoFar.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, end - lineStart + 1, end, 1);
    }
}
