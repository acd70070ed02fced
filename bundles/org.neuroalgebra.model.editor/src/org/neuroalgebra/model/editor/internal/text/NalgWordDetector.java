// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import org.eclipse.jface.text.rules.IWordDetector;

/**
 * Words of {@code .nalg} text: names and keywords, which may contain digits, underscores and
 * (as in {@code bombieri-weyl}) hyphens after the first letter.
 */
class NalgWordDetector implements IWordDetector {

    @Override
    public boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    @Override
    public boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
