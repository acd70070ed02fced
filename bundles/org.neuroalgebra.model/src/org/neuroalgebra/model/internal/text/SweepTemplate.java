// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.internal.text.ExpandedLine.Piece;
import org.neuroalgebra.model.internal.text.TemplateNode.Line;
import org.neuroalgebra.model.internal.text.TemplateNode.Literal;
import org.neuroalgebra.model.internal.text.TemplateNode.Part;
import org.neuroalgebra.model.internal.text.TemplateNode.Repeat;
import org.neuroalgebra.model.internal.text.Token.Kind;
import org.neuroalgebra.model.text.NalgDiagnostic;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * The architecture template of a {@link Sweep}, read from its text, and its members.
 * <p>
 * The members are all combinations of the choice points, in a fixed order: choice points in
 * template order, the first varying slowest; a repeat's count is a choice point before its body,
 * and each copy of the body has its own choice points, in copy order. So the number of members
 * of a statement sequence is the product of its statements' numbers, that of a line the product
 * of its choice set sizes, and that of {@code repeat [K] { BODY }} the sum over k in K of
 * (members of BODY)^k. A member is found from its index by reading the index in that mixed radix,
 * without enumerating the others. Instances are immutable and may be shared between threads.
 */
public final class SweepTemplate {

    /**
     * A member of the family: its chosen values and its architecture.
     *
     * @param values
     *            the chosen values in template order, as written
     * @param statements
     *            the member's architecture statements, one per line of its text
     * @param architecture
     *            the architecture read from them, with the file positions of the template (a
     *            chosen value is located at its choice set entry); holds what could be read
     * @param errors
     *            syntax errors of the statements, at their file positions; empty if none
     */
    public record Member(List<String> values, List<String> statements, Architecture architecture,
            List<NalgDiagnostic> errors) {
    }

    private final List<TemplateNode> nodes;
    private final List<SyntaxError> errors;
    private final SourcePosition start;
    private final String location;
    private final Map<TemplateNode, BigInteger> counts = new IdentityHashMap<>();

    private SweepTemplate(String text, SourcePosition start, String location) {
        SweepTemplateReader.Result read = SweepTemplateReader.read(text, start.line(), start.column(), start.offset());
        this.nodes = read.nodes();
        this.errors = read.errors();
        this.start = start;
        this.location = location;
        count(nodes);
    }

    /**
     * @param sweep
     *            a sweep
     * @return its template; a sweep without a template has one without statements
     */
    public static SweepTemplate of(Sweep sweep) {
        String location = sweep.eResource() == null || sweep.eResource().getURI() == null ? null
                : sweep.eResource().getURI().toString();
        return of(sweep, location);
    }

    static SweepTemplate of(Sweep sweep, String location) {
        String text = sweep.getTemplate() == null ? "" : sweep.getTemplate(); //$NON-NLS-1$
        int line = Math.max(1, sweep.getTemplateLine());
        int column = Math.max(1, sweep.getTemplateColumn());
        return new SweepTemplate(text, new SourcePosition(line, column, sweep.getTemplateOffset(), 0), location);
    }

    /** @return the syntax errors of the template (not of its members' statements), in file order */
    public List<NalgDiagnostic> errors() {
        return errors.stream().map(e -> new NalgDiagnostic(location, e.position(), e.getMessage())).toList();
    }

    /** @return the number of members */
    public BigInteger count() {
        return count(nodes);
    }

    /**
     * @param index
     *            a member index, 0 to {@link #count()} - 1
     * @return the member of that index
     */
    public Member member(BigInteger index) {
        if (index.signum() < 0 || index.compareTo(count()) >= 0) {
            throw new IndexOutOfBoundsException("member " + index + " of a sweep of " + count() + " members"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<String> values = new ArrayList<>();
        List<ExpandedLine> lines = new ArrayList<>();
        choose(nodes, index, values, lines);
        List<NalgDiagnostic> problems = new ArrayList<>();
        Architecture architecture = parse(lines, problems);
        return new Member(List.copyOf(values), lines.stream().map(ExpandedLine::text).toList(), architecture,
                List.copyOf(problems));
    }

    /**
     * Reads each statement of the template with each entry of each of its choice sets (a range by
     * its two ends), the statement's other choices at their first value, so that a value a
     * statement cannot take is reported at the entry that gives it, whichever members use it.
     *
     * @return the errors found, each once, in file order
     */
    List<SyntaxError> check() {
        Map<String, SyntaxError> found = new LinkedHashMap<>();
        check(nodes, found);
        return new ArrayList<>(found.values());
    }

    private void check(List<TemplateNode> statements, Map<String, SyntaxError> found) {
        for (TemplateNode node : statements) {
            if (node instanceof Repeat repeat) {
                check(repeat.body(), found);
            } else if (node instanceof Line line) {
                for (long[] indices : representatives(line)) {
                    List<NalgDiagnostic> problems = new ArrayList<>();
                    parse(List.of(expand(line, indices, new ArrayList<>())), problems);
                    for (NalgDiagnostic problem : problems) {
                        found.putIfAbsent(problem.getPosition().offset() + ":" + problem.getMessage(), //$NON-NLS-1$
                                new SyntaxError(problem.getPosition(), problem.getMessage()));
                    }
                }
            }
        }
    }

    /** @return choice indices: the first value of every choice, and each entry's ends in turn */
    private static List<long[]> representatives(Line line) {
        List<ChoiceSet> choices = line.choices();
        List<long[]> result = new ArrayList<>();
        result.add(new long[choices.size()]);
        for (int c = 0; c < choices.size(); c++) {
            long first = 0;
            for (ChoiceSet.Alternative alternative : choices.get(c).alternatives()) {
                for (long index : new long[] { first, first + alternative.size() - 1 }) {
                    if (index > 0 && (result.size() < 2 || result.get(result.size() - 1)[c] != index)) {
                        long[] indices = new long[choices.size()];
                        indices[c] = index;
                        result.add(indices);
                    }
                }
                first += alternative.size();
            }
        }
        return result;
    }

    private BigInteger count(List<TemplateNode> statements) {
        BigInteger product = BigInteger.ONE;
        for (TemplateNode node : statements) {
            product = product.multiply(count(node));
        }
        return product;
    }

    private BigInteger count(TemplateNode node) {
        BigInteger known = counts.get(node);
        if (known != null) {
            return known;
        }
        BigInteger count;
        if (node instanceof Repeat repeat) {
            BigInteger body = count(repeat.body());
            count = BigInteger.ZERO;
            for (long k = 0; k < repeat.counts().size(); k++) {
                count = count.add(body.pow(Integer.parseInt(repeat.counts().value(k))));
            }
        } else {
            count = BigInteger.ONE;
            for (ChoiceSet choice : ((Line) node).choices()) {
                count = count.multiply(BigInteger.valueOf(choice.size()));
            }
        }
        counts.put(node, count);
        return count;
    }

    /** Makes the choices of member {@code index} of a statement sequence, the first statement varying slowest. */
    private void choose(List<TemplateNode> statements, BigInteger index, List<String> values, List<ExpandedLine> lines) {
        BigInteger[] digits = new BigInteger[statements.size()];
        BigInteger rest = index;
        for (int i = statements.size() - 1; i >= 0; i--) {
            BigInteger[] split = rest.divideAndRemainder(count(statements.get(i)));
            digits[i] = split[1];
            rest = split[0];
        }
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof Repeat repeat) {
                choose(repeat, digits[i], values, lines);
            } else {
                Line line = (Line) statements.get(i);
                List<ChoiceSet> choices = line.choices();
                long[] indices = new long[choices.size()];
                BigInteger digit = digits[i];
                for (int c = choices.size() - 1; c >= 0; c--) {
                    BigInteger[] split = digit.divideAndRemainder(BigInteger.valueOf(choices.get(c).size()));
                    indices[c] = split[1].longValueExact();
                    digit = split[0];
                }
                lines.add(expand(line, indices, values));
            }
        }
    }

    private void choose(Repeat repeat, BigInteger index, List<String> values, List<ExpandedLine> lines) {
        BigInteger body = count(repeat.body());
        BigInteger rest = index;
        for (long k = 0; k < repeat.counts().size(); k++) {
            int copies = Integer.parseInt(repeat.counts().value(k));
            BigInteger block = body.pow(copies);
            if (rest.compareTo(block) < 0) {
                values.add(repeat.counts().value(k));
                for (int copy = 0; copy < copies; copy++) {
                    BigInteger weight = body.pow(copies - 1 - copy);
                    choose(repeat.body(), rest.divide(weight).mod(body), values, lines);
                }
                return;
            }
            rest = rest.subtract(block);
        }
        throw new IllegalStateException("index beyond the repeat's members"); //$NON-NLS-1$
    }

    /** @return the line with the values of the given indices in its choice sets */
    private static ExpandedLine expand(Line line, long[] indices, List<String> values) {
        StringBuilder text = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        int choice = 0;
        for (Part part : line.parts()) {
            int from = text.length();
            if (part instanceof Literal literal) {
                text.append(literal.text());
                pieces.add(new Piece(from, text.length(), literal.position(), false));
            } else {
                ChoiceSet set = (ChoiceSet) part;
                String value = set.value(indices[choice]);
                values.add(value);
                text.append(value);
                pieces.add(new Piece(from, text.length(), set.valuePosition(indices[choice]), true));
                choice++;
            }
        }
        return new ExpandedLine(text.toString(), List.copyOf(pieces), line.end());
    }

    /**
     * Reads the statements with the architecture parser, then moves every position it recorded
     * from the statements' text back into the file.
     */
    private Architecture parse(List<ExpandedLine> lines, List<NalgDiagnostic> problems) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        TokenCursor cursor = new TokenCursor(text.toString());
        ParseContext context = new ParseContext(location);
        ArchitectureParser parser = new ArchitectureParser(cursor, context);
        Architecture architecture = parser.createBlock();
        architecture.eAdapters().add(new SourceLocation(new SourcePosition(1, 1, 0, 0)));
        for (ExpandedLine line : lines) {
            Token first = cursor.peek();
            try {
                parser.statement(architecture);
                Token left = cursor.peek();
                if (!left.endsLine()) {
                    throw leftOver(line, first, left);
                }
            } catch (SyntaxError e) {
                context.error(e);
            }
            while (cursor.peek().kind() != Kind.NEWLINE && cursor.peek().kind() != Kind.EOF) {
                cursor.next();
            }
            cursor.next();
        }
        UnaryOperator<SourcePosition> toFile = position -> toFile(lines, position);
        relocate(architecture, toFile);
        architecture.eAllContents().forEachRemaining(object -> relocate(object, toFile));
        for (NalgDiagnostic error : context.errors()) {
            problems.add(new NalgDiagnostic(location, toFile.apply(error.getPosition()), error.getMessage()));
        }
        return architecture;
    }

    private static SyntaxError leftOver(ExpandedLine line, Token first, Token left) {
        if (line.isChoiceAt(left.position().column())) {
            return new SyntaxError(left.position(), first.describe()
                    + " takes no value there: a choice set stands for a value the statement takes"); //$NON-NLS-1$
        }
        return new SyntaxError(left.position(), "expected end of line, found " + left.describe()); //$NON-NLS-1$
    }

    private SourcePosition toFile(List<ExpandedLine> lines, SourcePosition position) {
        if (lines.isEmpty()) {
            return start;
        }
        int line = Math.min(Math.max(position.line(), 1), lines.size());
        return lines.get(line - 1).toFile(position.column(), position.length());
    }

    private static void relocate(EObject object, UnaryOperator<SourcePosition> move) {
        SourceLocation location = SourceLocation.get(object);
        if (location != null) {
            object.eAdapters().remove(location);
            object.eAdapters().add(location.map(move));
        }
    }
}
