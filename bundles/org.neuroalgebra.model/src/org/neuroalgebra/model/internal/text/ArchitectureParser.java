// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.internal.layers.AttributeSlots;
import org.neuroalgebra.model.internal.text.TokenCursor.RawText;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.layers.LayerValues;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * Statements of an {@code architecture} block: {@code input N} and one line per layer,
 * {@code KEYWORD [positional] name=value ...}, read by one mechanism from the declarations of the
 * layer kind the keyword names in the {@link LayerKindRegistry} (the built-ins: {@code dense N
 * [bias=B]}, {@code activation POLYNOMIAL}, {@code conv kernel=K [stride=S] [bias=B]},
 * {@code attention d=D t=T a=A [out=O]}).
 */
final class ArchitectureParser extends StatementParser<Architecture> {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+)?"); //$NON-NLS-1$

    ArchitectureParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
    }

    @Override
    String blockKeyword() {
        return "architecture"; //$NON-NLS-1$
    }

    @Override
    Architecture createBlock() {
        return NalgFactory.eINSTANCE.createArchitecture();
    }

    @Override
    Commented statement(Architecture architecture) {
        Token keyword = cursor.next();
        if (keyword.isKeyword("input")) { //$NON-NLS-1$
            input(architecture, keyword);
            return null;
        }
        LayerKindRegistry registry = LayerKindRegistry.shared();
        LayerKind kind = keyword.kind() == Token.Kind.IDENTIFIER ? registry.find(keyword.text()) : null;
        if (kind == null) {
            List<String> expected = new ArrayList<>();
            expected.add("input"); //$NON-NLS-1$
            expected.addAll(registry.keywords());
            throw new SyntaxError(keyword.position(), "unknown layer " + keyword.describe() //$NON-NLS-1$
                    + " (expected " + String.join(", ", expected.subList(0, expected.size() - 1)) //$NON-NLS-1$ //$NON-NLS-2$
                    + " or " + expected.get(expected.size() - 1) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Layer layer = layer(kind, keyword);
        architecture.getLayers().add(layer);
        return layer;
    }

    private void input(Architecture architecture, Token keyword) {
        if (architecture.isSetInput()) {
            throw new SyntaxError(keyword.position(), "'input' is given twice"); //$NON-NLS-1$
        }
        Token value = cursor.peek();
        architecture.setInput(positiveInteger("'input'")); //$NON-NLS-1$
        context.locate(architecture, Literals.ARCHITECTURE__INPUT, value.position());
    }

    private Layer layer(LayerKind kind, Token keyword) {
        String quoted = "'" + keyword.text() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        Layer layer = kind.create();
        context.locate(layer, keyword);
        List<LayerAttribute> named = new ArrayList<>();
        for (LayerAttribute attribute : kind.attributes()) {
            if (attribute.positional()) {
                positional(kind, layer, attribute, quoted);
            } else {
                named.add(attribute);
            }
        }
        Map<String, Token> settings = settings(keyword, named.stream().map(LayerAttribute::name).toList());
        for (LayerAttribute attribute : named) {
            if (attribute.required() && !settings.containsKey(attribute.name())) {
                throw new SyntaxError(keyword.position(),
                        quoted + " needs " + attribute.name() + "=" + attribute.type().placeholder()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // in the order written, so that the canonical text of a contributed layer keeps it
        for (Map.Entry<String, Token> setting : settings.entrySet()) {
            Token value = setting.getValue();
            LayerAttribute attribute = LayerValues.attribute(kind, setting.getKey());
            set(kind, layer, attribute, value(attribute, value, "'" + attribute.name() + "='"), value); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return layer;
    }

    private void positional(LayerKind kind, Layer layer, LayerAttribute attribute, String quoted) {
        if (attribute.type() == LayerAttribute.Type.POLYNOMIAL) {
            RawText polynomial = cursor.rawRestOfLine();
            if (polynomial.text().isEmpty()) {
                throw expected("a polynomial in x after " + quoted, cursor.peek()); //$NON-NLS-1$
            }
            LayerValues.set(kind, layer, attribute.name(), polynomial.text());
            locate(kind, layer, attribute, polynomial.position());
            return;
        }
        Token token = cursor.next();
        set(kind, layer, attribute, value(attribute, token, quoted), token);
    }

    /** @return the value of a token as text, checked against the attribute's type */
    private String value(LayerAttribute attribute, Token token, String after) {
        switch (attribute.type()) {
            case POSITIVE_INTEGER:
                return Integer.toString(positiveInteger(token, after));
            case BOOLEAN:
                return Boolean.toString(bool(token, after));
            case NUMBER:
                if (token.kind() != Token.Kind.NUMBER || !NUMBER.matcher(token.text()).matches()) {
                    throw expected("a number after " + after, token); //$NON-NLS-1$
                }
                return token.text();
            case POLYNOMIAL:
            default:
                // a polynomial after name= is one token (x, 2) or a quoted string ("x^2 + 1")
                if (token.kind() == Token.Kind.STRING && token.text().length() >= 2 && token.text().endsWith("\"")) { //$NON-NLS-1$
                    return token.text().substring(1, token.text().length() - 1);
                }
                if (token.kind() == Token.Kind.IDENTIFIER || token.kind() == Token.Kind.NUMBER) {
                    return token.text();
                }
                throw expected("a polynomial in x (quoted if it has spaces or operators) after " + after, token); //$NON-NLS-1$
        }
    }

    private void set(LayerKind kind, Layer layer, LayerAttribute attribute, String value, Token token) {
        LayerValues.set(kind, layer, attribute.name(), value);
        locate(kind, layer, attribute, token.position());
    }

    private void locate(LayerKind kind, Layer layer, LayerAttribute attribute,
            org.neuroalgebra.model.text.SourcePosition position) {
        AttributeSlots slot = AttributeSlots.of(kind, layer, attribute.name());
        EObject owner = slot.owner();
        if (owner != layer) {
            owner.eAdapters().add(new SourceLocation(position));
        }
        if (slot.feature() != null) {
            context.locate(owner, slot.feature(), position);
        }
    }
}
