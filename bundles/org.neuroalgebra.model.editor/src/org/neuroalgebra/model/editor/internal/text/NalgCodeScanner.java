// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.validation.AnalysisCatalog;

/**
 * Colours {@code .nalg} text: keywords of the language (DSL.md), the ids of the installed
 * analyses (from the {@link AnalysisCatalog}: the language does not fix them), {@code #}
 * comments to the end of the line, and numbers.
 */
class NalgCodeScanner extends RuleBasedScanner {

    /** Every keyword of the language, block keywords first. */
    static final List<String> KEYWORDS = List.of("architecture", "variety", "dataset", "analysis", "sweep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "repeat", "run", "timeout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "input", "dense", "activation", "conv", "attention", "bias", "kernel", "stride", "coordinates", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "equation", "inequality", "point", "random", "inputs", "in", "targets", "from", "noise", "of", "metric", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "seed", "data", "target", "csv", "true", "false", "identity", "bombieri-weyl", "weights", "matrix"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    /** @return the keywords and the ids of the analyses installed now */
    static List<String> words() {
        List<String> words = new ArrayList<>(KEYWORDS);
        AnalysisCatalog.find(null).ifPresent(catalog -> catalog.analysisIds().stream()
                .filter(id -> !words.contains(id)).forEach(words::add));
        return words;
    }

    NalgCodeScanner(Color keyword, Color comment, Color number) {
        IToken keywordToken = new Token(new TextAttribute(keyword, null, SWT.BOLD));
        IToken commentToken = new Token(new TextAttribute(comment, null, SWT.ITALIC));
        IToken numberToken = new Token(new TextAttribute(number));
        // Other words are a token of their own, so that no keyword is found inside a name.
        WordRule words = new WordRule(new NalgWordDetector(), new Token(null));
        words().forEach(k -> words.addWord(k, keywordToken));
        // the installed layer kinds (built-in and contributed) and the names of their attributes
        for (LayerKind kind : LayerKindRegistry.shared().kinds()) {
            words.addWord(kind.keyword(), keywordToken);
            kind.attributes().forEach(a -> words.addWord(a.name(), keywordToken));
        }
        setRules(new IRule[] { new EndOfLineRule("#", commentToken), new WhitespaceRule(Character::isWhitespace), //$NON-NLS-1$
                words, new NumberRule(numberToken) });
    }
}
