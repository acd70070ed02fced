// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.HashSet;
import java.util.Set;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.internal.text.TokenCursor.RawText;

/**
 * Clauses of an {@code analysis} block, on one or several lines:
 * {@code ID of NAME}, {@code target POLYNOMIAL} or {@code target [P1, P2, …]} for several
 * outputs (raw text to the end of the line, split by
 * {@link org.neuroalgebra.model.text.TargetEntries}),
 * {@code metric METRIC}, {@code data DATASET}, {@code seed N} and free {@code key=value}
 * options. {@code ID} is any identifier: analyses are installed, not part of the language, so
 * whether one with that id exists is for validation to say.
 */
final class AnalysisParser extends StatementParser<Analysis> {

    private final Set<Analysis> withKind = new HashSet<>();
    private final Set<Analysis> withData = new HashSet<>();

    AnalysisParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
    }

    @Override
    String blockKeyword() {
        return "analysis"; //$NON-NLS-1$
    }

    @Override
    Analysis createBlock() {
        return NalgFactory.eINSTANCE.createAnalysis();
    }

    @Override
    Commented statement(Analysis analysis) {
        do {
            clause(analysis);
        } while (!atStatementEnd());
        return null;
    }

    @Override
    void finish(Analysis analysis, Token keyword) {
        if (!withKind.contains(analysis)) {
            context.error(keyword.position(), "analysis '" + analysis.getName() //$NON-NLS-1$
                    + "' needs 'ANALYSIS of NAME', e.g. 'dimension of NAME'"); //$NON-NLS-1$
        }
    }

    private void clause(Analysis analysis) {
        Token first = cursor.next();
        if (first.kind() == Kind.IDENTIFIER && cursor.peek().isKeyword("of")) { //$NON-NLS-1$
            kind(analysis, first);
            return;
        }
        if (first.kind() == Kind.IDENTIFIER && cursor.peek().isSymbol("=")) { //$NON-NLS-1$
            option(analysis, first);
            return;
        }
        switch (first.kind() == Kind.IDENTIFIER ? first.text() : "") { //$NON-NLS-1$
            case "target" -> target(analysis, first); //$NON-NLS-1$
            case "metric" -> { //$NON-NLS-1$
                once(analysis.getMetric() != null, first);
                analysis.setMetric(metric(first));
            }
            case "data" -> { //$NON-NLS-1$
                once(!withData.add(analysis), first);
                context.reference(analysis, Literals.ANALYSIS__DATASET, name("'data'")); //$NON-NLS-1$
            }
            case "seed" -> { //$NON-NLS-1$
                once(analysis.isSetSeed(), first);
                Token value = cursor.peek();
                analysis.setSeed(seed("'seed'")); //$NON-NLS-1$
                context.locate(analysis, Literals.ANALYSIS__SEED, value.position());
            }
            default -> throw expected(withKind.contains(analysis)
                    ? "'target', 'metric', 'data', 'seed' or key=value" //$NON-NLS-1$
                    : "'ANALYSIS of NAME'", first); //$NON-NLS-1$
        }
    }

    private static void once(boolean alreadyGiven, Token keyword) {
        if (alreadyGiven) {
            throw new SyntaxError(keyword.position(), "'" + keyword.text() + "' is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void kind(Analysis analysis, Token kind) {
        // Whatever is wrong with this clause, the block has one: finish() must not say it has none.
        boolean first = withKind.add(analysis);
        once(!first, kind);
        cursor.next();
        analysis.setKind(kind.text());
        context.locate(analysis, Literals.ANALYSIS__KIND, kind.position());
        context.reference(analysis, Literals.ANALYSIS__SUBJECT, name("'of'")); //$NON-NLS-1$
    }

    private void target(Analysis analysis, Token keyword) {
        once(analysis.getTarget() != null, keyword);
        RawText polynomial = cursor.rawRestOfLine();
        if (polynomial.text().isEmpty()) {
            throw expected("a polynomial after 'target'", cursor.peek()); //$NON-NLS-1$
        }
        analysis.setTarget(polynomial.text());
        context.locate(analysis, Literals.ANALYSIS__TARGET, polynomial.position());
    }

    private Metric metric(Token keyword) {
        Metric metric = NalgFactory.eINSTANCE.createMetric();
        context.locate(metric, keyword);
        Token kind = cursor.next();
        MetricKind value = kind.kind() == Kind.IDENTIFIER ? MetricKind.get(kind.text()) : null;
        if (value == null) {
            throw expected("identity, bombieri-weyl, random, data or kernel after 'metric'", kind); //$NON-NLS-1$
        }
        metric.setKind(value);
        switch (value) {
            case RANDOM -> {
                keyword("seed", "'random'"); //$NON-NLS-1$ //$NON-NLS-2$
                metric.setSeed(seed("'seed'")); //$NON-NLS-1$
            }
            case DATA -> context.reference(metric, Literals.METRIC__DATASET, name("'data'")); //$NON-NLS-1$
            case KERNEL -> {
                Token dimension = cursor.peek();
                metric.setKernelDimension(nonNegativeInteger("'kernel'")); //$NON-NLS-1$
                context.locate(metric, Literals.METRIC__KERNEL_DIMENSION, dimension.position());
                keyword("seed", "the kernel dimension"); //$NON-NLS-1$ //$NON-NLS-2$
                metric.setSeed(seed("'seed'")); //$NON-NLS-1$
            }
            default -> {
                // identity and bombieri-weyl take no arguments
            }
        }
        return metric;
    }

    private void option(Analysis analysis, Token key) {
        if (analysis.getOptions().containsKey(key.text())) {
            throw new SyntaxError(key.position(), "option '" + key.text() + "' is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        cursor.next();
        Token value = cursor.next();
        String text = switch (value.kind()) {
            case IDENTIFIER, NUMBER -> value.text();
            case STRING -> value.text().length() >= 2 && value.text().endsWith("\"") //$NON-NLS-1$
                    ? value.text().substring(1, value.text().length() - 1)
                    : null;
            default -> null;
        };
        if (text == null) {
            throw expected("a value after '" + key.text() + "='", value); //$NON-NLS-1$ //$NON-NLS-2$
        }
        analysis.getOptions().put(key.text(), text);
        context.locate(analysis, Literals.ANALYSIS__OPTIONS, key.position());
    }
}
