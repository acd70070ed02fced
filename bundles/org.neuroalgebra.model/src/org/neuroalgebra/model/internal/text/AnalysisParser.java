// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * {@code metric METRIC} (with {@code metric weights (W, …)} and {@code metric matrix ((Q, …), …)} on one
 * line), {@code data DATASET}, {@code seed N} and free {@code key=value}
 * options. {@code ID} is any identifier: analyses are installed, not part of the language, so
 * whether one with that id exists is for validation to say.
 */
final class AnalysisParser extends StatementParser<Analysis> {

    private final Set<Analysis> withKind = new HashSet<>();
    private final Set<Analysis> withData = new HashSet<>();

    AnalysisParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
    }

    /**
     * Parses a metric written alone, as on the command line: {@code weights (1, 4)}.
     *
     * @return the metric; a {@code data NAME} reference is left for the caller to resolve
     * @throws IllegalArgumentException
     *             with "column C: " and what was expected, when the text is not a metric
     */
    static Metric metricAlone(String text) {
        TokenCursor cursor = new TokenCursor(text);
        AnalysisParser parser = new AnalysisParser(cursor, new ParseContext(null));
        try {
            Metric metric = parser.metric(cursor.peek());
            if (cursor.peek().kind() != Kind.EOF) {
                throw parser.expected("the end of the metric", cursor.peek()); //$NON-NLS-1$
            }
            return metric;
        } catch (SyntaxError e) {
            throw new IllegalArgumentException("column " + e.position().column() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
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

    /**
     * Reads the clauses of a sweep's {@code run ID …} after its id, up to the end of the line: those
     * of an analysis block's header, without {@code of NAME} (the subject is each member).
     */
    void runClauses(Analysis run) {
        withKind.add(run);
        while (!atStatementEnd()) {
            clause(run);
        }
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
            throw expected("identity, bombieri-weyl, random, data, kernel, weights or matrix after 'metric'", kind); //$NON-NLS-1$
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
            case WEIGHTS -> {
                symbol("(", "'weights'"); //$NON-NLS-1$ //$NON-NLS-2$
                entries(metric, numbers("a rational weight")); //$NON-NLS-1$
            }
            case MATRIX -> matrix(metric);
            default -> {
                // identity and bombieri-weyl take no arguments
            }
        }
        return metric;
    }

    /**
     * {@code ((q11, …, q1n), …, (qn1, …, qnn))} on one line; a row of another length is an error at
     * that row, since Q must be square. Symmetry and semidefiniteness are for validation.
     */
    private void matrix(Metric metric) {
        symbol("(", "'matrix'"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Token> rowStarts = new ArrayList<>();
        List<List<Token>> rows = new ArrayList<>();
        do {
            rowStarts.add(symbol("(", rows.isEmpty() ? "'matrix ('" : "','")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            rows.add(numbers("a rational entry of the matrix")); //$NON-NLS-1$
            Token separator = cursor.next();
            if (separator.isSymbol(")")) { //$NON-NLS-1$
                break;
            }
            if (!separator.isSymbol(",")) { //$NON-NLS-1$
                throw expected("',' or ')' after a row of the matrix", separator); //$NON-NLS-1$
            }
        } while (true);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != rows.size()) {
                throw new SyntaxError(rowStarts.get(i).position(), "row " + (i + 1) + " of the matrix has " //$NON-NLS-1$ //$NON-NLS-2$
                        + rows.get(i).size() + " entries, but the matrix has " + rows.size() //$NON-NLS-1$
                        + " rows: a metric matrix is square"); //$NON-NLS-1$
            }
            entries(metric, rows.get(i));
        }
    }

    private void entries(Metric metric, List<Token> values) {
        for (Token value : values) {
            metric.getEntries().add(value.text());
            context.locate(metric, Literals.METRIC__ENTRIES, value.position());
        }
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
