// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

/**
 * Tells a file that is not text at all (an image, an archive, random bytes given by mistake)
 * from a text file with a few bad characters. For the former, a list of every bad byte and
 * every syntax error it causes would only bury the one useful fact.
 */
public final class BinaryContent {

    /** More than this share of suspicious bytes makes a file binary. */
    private static final double SUSPICIOUS_SHARE = 0.25;

    private BinaryContent() {
    }

    /**
     * @param bytes
     *            the file content
     * @param invalidUtf8Sequences
     *            how many invalid UTF-8 sequences decoding found in it
     * @return true if the content holds a NUL byte (no text file does), or if control
     *         characters other than tab, line feed, form feed and carriage return, together
     *         with the invalid UTF-8 sequences, are more than a quarter of it
     */
    public static boolean isBinary(byte[] bytes, int invalidUtf8Sequences) {
        int suspicious = invalidUtf8Sequences;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                suspicious++;
            }
        }
        return suspicious > SUSPICIOUS_SHARE * bytes.length;
    }
}
