// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.text.NalgDiagnostic;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * Recursive-descent parser of a {@code .nalg} file: a sequence of blocks
 * {@code KEYWORD NAME { statements }}. Each block kind delegates its statements to a
 * {@link StatementParser}. After a malformed statement the parser resumes at the next
 * line, after a malformed block header at the next block, and a missing '}' is noticed
 * at the next block keyword, so every error of a file is reported in one pass.
 */
public final class NalgParser {

    private static final List<String> BLOCK_KEYWORDS = List.of("architecture", "variety", "dataset", "analysis", "sweep"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final TokenCursor cursor;
    private final ParseContext context;
    private final URI uri;
    private final CommentCollector comments = new CommentCollector();
    private final List<StatementParser<?>> statementParsers;

    /**
     * @param text
     *            the decoded file content
     * @param uri
     *            the file's URI, for messages and for proxies of unknown names (may be null)
     */
    public NalgParser(String text, URI uri) {
        this.cursor = new TokenCursor(text);
        this.uri = uri;
        this.context = new ParseContext(uri == null ? null : uri.toString());
        this.statementParsers = List.of(new ArchitectureParser(cursor, context), new VarietyParser(cursor, context),
                new DatasetParser(cursor, context), new AnalysisParser(cursor, context), new SweepParser(cursor, context));
    }

    /** @return the model; syntax errors are in {@link #errors()} */
    public NeuroalgebraModel parse() {
        NeuroalgebraModel model = NalgFactory.eINSTANCE.createNeuroalgebraModel();
        while (cursor.peek().kind() != Kind.EOF) {
            Token token = cursor.peek();
            if (skipCommentOrBlank()) {
                continue;
            }
            StatementParser<?> parser = token.kind() == Kind.IDENTIFIER ? parserFor(token.text()) : null;
            if (parser == null) {
                context.error(token.position(), "expected 'architecture', 'variety', 'dataset', 'analysis' or 'sweep', found " //$NON-NLS-1$
                        + token.describe());
                cursor.next();
                cursor.skipToLineStartingWith(BLOCK_KEYWORDS);
                continue;
            }
            block(model, parser);
        }
        model.getTrailingComments().addAll(comments.takeTrimmed());
        ReferenceResolver.resolve(model, context, uri);
        context.errors().sort(Comparator.comparingInt(e -> e.getPosition().offset()));
        return model;
    }

    /**
     * Parses a metric written alone, as on the command line ({@code weights (1, 4)}).
     *
     * @param text
     *            the metric without the keyword {@code metric}
     * @return the metric; a {@code data NAME} reference is left unresolved
     * @throws IllegalArgumentException
     *             with "column C: " and what was expected, when the text is not a metric
     */
    public static Metric parseMetric(String text) {
        return AnalysisParser.metricAlone(text);
    }

    /** @return the syntax errors, in file order */
    public List<NalgDiagnostic> errors() {
        return context.errors();
    }

    private StatementParser<?> parserFor(String keyword) {
        return statementParsers.stream().filter(p -> p.blockKeyword().equals(keyword)).findFirst().orElse(null);
    }

    /** Consumes a comment line or a newline, remembering comments and blank lines. */
    private boolean skipCommentOrBlank() {
        Token token = cursor.peek();
        if (token.kind() == Kind.COMMENT) {
            comments.comment(cursor.next().text());
            return true;
        }
        if (token.kind() == Kind.NEWLINE) {
            if (cursor.atBlankLine()) {
                comments.blankLine();
            }
            cursor.next();
            return true;
        }
        return false;
    }

    private <T extends NamedElement> void block(NeuroalgebraModel model, StatementParser<T> parser) {
        Token keyword = cursor.next();
        T block = parser.createBlock();
        context.locate(block, keyword);
        int errorsBefore = context.errors().size();
        try {
            header(block, keyword);
        } catch (SyntaxError e) {
            context.error(e);
            cursor.skipToLineStartingWith(BLOCK_KEYWORDS);
            return;
        }
        block.getComments().addAll(comments.take());
        model.getElements().add(block);
        lineEnd(block, "'{'"); //$NON-NLS-1$
        while (true) {
            Token token = cursor.peek();
            if (skipCommentOrBlank()) {
                continue;
            }
            if (token.isSymbol("}")) { //$NON-NLS-1$
                cursor.next();
                block.getTrailingComments().addAll(comments.takeTrimmed());
                lineEnd(null, "'}'"); //$NON-NLS-1$
                break;
            }
            if (token.kind() == Kind.EOF || cursor.atLineStart() && BLOCK_KEYWORDS.contains(token.text())
                    && token.kind() == Kind.IDENTIFIER && !parser.startsStatement(token)) {
                context.error(token.position(), "expected '}' to close " + parser.blockKeyword() + " '" //$NON-NLS-1$ //$NON-NLS-2$
                        + block.getName() + "' opened at " + keyword.position() + ", found " + token.describe()); //$NON-NLS-1$ //$NON-NLS-2$
                block.getTrailingComments().addAll(comments.takeTrimmed());
                break;
            }
            statement(parser, block);
        }
        parser.finish(block, keyword);
        if (context.errors().size() > errorsBefore) {
            SourceLocation.get(block).markIncomplete();
        }
    }

    private void header(NamedElement block, Token keyword) {
        Token name = cursor.next();
        if (name.kind() != Kind.IDENTIFIER) {
            throw new SyntaxError(name.position(),
                    "expected a name after '" + keyword.text() + "', found " + name.describe()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        block.setName(name.text());
        context.locate(block, Literals.NAMED_ELEMENT__NAME, name.position());
        Token brace = cursor.next();
        if (!brace.isSymbol("{")) { //$NON-NLS-1$
            throw new SyntaxError(brace.position(), "expected '{' after '" + keyword.text() + " " + name.text() //$NON-NLS-1$ //$NON-NLS-2$
                    + "', found " + brace.describe()); //$NON-NLS-1$
        }
    }

    private <T extends NamedElement> void statement(StatementParser<T> parser, T block) {
        Commented created;
        try {
            created = parser.statement(block);
        } catch (SyntaxError e) {
            context.error(e);
            cursor.skipStatement();
            lineEnd(null, null);
            return;
        }
        if (created != null) {
            created.getComments().addAll(comments.take());
        }
        lineEnd(created, null);
    }

    /**
     * Ends a line: takes a comment at its end (for {@code owner}, or for the next element if
     * there is no owner), and reports anything else left on it. A '}' may close a block on
     * the same line.
     */
    private void lineEnd(Commented owner, String after) {
        Token token = cursor.peek();
        if (token.kind() == Kind.COMMENT) {
            cursor.next();
            if (owner != null) {
                owner.setLineComment(token.text().stripTrailing());
            } else {
                comments.comment(token.text());
            }
        } else if (!token.endsLine() && !(after == null && token.isSymbol("}"))) { //$NON-NLS-1$
            context.error(token.position(), "expected end of line" + (after == null ? "" : " after " + after) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", found " + token.describe()); //$NON-NLS-1$
            // The rest of the line is skipped; a comment or '}' there is handled by the caller.
            cursor.skipStatement();
        }
    }
}
