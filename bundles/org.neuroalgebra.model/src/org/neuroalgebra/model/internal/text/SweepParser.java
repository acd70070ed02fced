// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.internal.text.Token.Kind;

/**
 * Statements of a {@code sweep} block: {@code architecture { … }}, an architecture template
 * whose values may be choice sets and whose statements may be repeated (kept as text, read by
 * {@link SweepTemplate}); {@code run ID …}, an analysis header without {@code of NAME}, whose
 * {@code key=value} settings may follow on the next lines up to the next {@code run},
 * {@code timeout} or '}'; and {@code timeout SECONDS}.
 */
final class SweepParser extends StatementParser<Sweep> {

    private static final String ARCHITECTURE = "architecture"; //$NON-NLS-1$

    private final AnalysisParser runs;

    SweepParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
        this.runs = new AnalysisParser(cursor, context);
    }

    @Override
    String blockKeyword() {
        return "sweep"; //$NON-NLS-1$
    }

    @Override
    Sweep createBlock() {
        return NalgFactory.eINSTANCE.createSweep();
    }

    @Override
    boolean startsStatement(Token keyword) {
        return keyword.isKeyword(ARCHITECTURE);
    }

    @Override
    Commented statement(Sweep sweep) {
        Token first = cursor.peek();
        if (first.isKeyword(ARCHITECTURE)) {
            return architecture(sweep, cursor.next());
        }
        if (first.isKeyword("run")) { //$NON-NLS-1$
            return run(sweep, cursor.next());
        }
        if (first.isKeyword("timeout")) { //$NON-NLS-1$
            cursor.next();
            if (sweep.isSetTimeout()) {
                throw new SyntaxError(first.position(), "'timeout' is given twice"); //$NON-NLS-1$
            }
            Token value = cursor.peek();
            sweep.setTimeout(positiveInteger("'timeout' (seconds)")); //$NON-NLS-1$
            context.locate(sweep, Literals.SWEEP__TIMEOUT, value.position());
            return null;
        }
        if (sweep.getRuns().isEmpty()) {
            throw expected("'architecture {', 'run ANALYSIS' or 'timeout SECONDS'", first); //$NON-NLS-1$
        }
        // settings of the last run, on a line of their own
        runs.runClauses(sweep.getRuns().get(sweep.getRuns().size() - 1));
        return null;
    }

    @Override
    void finish(Sweep sweep, Token keyword) {
        if (sweep.getTemplate() == null) {
            context.error(keyword.position(), "sweep '" + sweep.getName() + "' needs 'architecture { … }'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (sweep.getRuns().isEmpty()) {
            context.error(keyword.position(), "sweep '" + sweep.getName() //$NON-NLS-1$
                    + "' needs at least one 'run ANALYSIS', e.g. 'run dimension'"); //$NON-NLS-1$
        }
    }

    /**
     * Takes the text up to the '}' that closes the template (a repeat's braces are matched) and
     * reads it. A line starting with {@code run} or {@code timeout}, which no template statement
     * does, means the '}' is missing: it is reported and that line is read as the sweep's.
     */
    private Commented architecture(Sweep sweep, Token keyword) {
        // a second template is read all the same, so that its lines are not taken for the sweep's
        boolean twice = sweep.getTemplate() != null;
        Token brace = symbol("{", "'architecture'"); //$NON-NLS-1$ //$NON-NLS-2$
        int start = brace.position().offset() + 1;
        int depth = 0;
        Token token;
        boolean closed = false;
        while (true) {
            token = cursor.peek();
            if (token.kind() == Kind.EOF
                    || cursor.atLineStart() && (token.isKeyword("run") || token.isKeyword("timeout"))) { //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            cursor.next();
            if (token.isSymbol("{")) { //$NON-NLS-1$
                depth++;
            } else if (token.isSymbol("}") && depth-- == 0) { //$NON-NLS-1$
                closed = true;
                break;
            }
        }
        int end = closed ? token.position().offset() : lineStart(token);
        if (twice) {
            context.error(keyword.position(), "'architecture' is given twice"); //$NON-NLS-1$
        } else {
            template(sweep, keyword, brace, cursor.text(start, end));
        }
        if (!closed) {
            context.error(token.position(), "expected '}' to close 'architecture {' opened at " + keyword.position() //$NON-NLS-1$
                    + ", found " + token.describe()); //$NON-NLS-1$
            return token.kind() == Kind.EOF ? null : statement(sweep);
        }
        return null;
    }

    /** Keeps the template text with where it starts, and reports its errors. */
    private void template(Sweep sweep, Token keyword, Token brace, String text) {
        int start = brace.position().offset() + 1;
        sweep.setTemplate(text);
        sweep.setTemplateLine(brace.position().line());
        sweep.setTemplateColumn(brace.position().column() + 1);
        sweep.setTemplateOffset(start);
        context.locate(sweep, Literals.SWEEP__TEMPLATE, keyword.position());
        SweepTemplate template = SweepTemplate.of(sweep, null);
        template.errors().forEach(e -> context.error(e.getPosition(), e.getMessage()));
        // the statements read without error are checked all the same
        template.check().forEach(context::error);
    }

    /** @return the offset of the start of the token's line (the token's own when it is not first on it) */
    private int lineStart(Token token) {
        return token.position().offset() - token.position().column() + 1;
    }

    private Analysis run(Sweep sweep, Token keyword) {
        Token id = name("'run'"); //$NON-NLS-1$
        Analysis run = NalgFactory.eINSTANCE.createAnalysis();
        context.locate(run, keyword);
        run.setKind(id.text());
        context.locate(run, Literals.ANALYSIS__KIND, id.position());
        sweep.getRuns().add(run);
        runs.runClauses(run);
        return run;
    }
}
