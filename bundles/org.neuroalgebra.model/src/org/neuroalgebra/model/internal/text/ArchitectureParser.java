// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;
import java.util.Map;

import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.internal.text.TokenCursor.RawText;

/**
 * Statements of an {@code architecture} block: {@code input N}, {@code dense N [bias=B]},
 * {@code activation POLYNOMIAL}, {@code conv kernel=K [stride=S] [bias=B]} and
 * {@code attention d=D t=T a=A [out=O]}.
 */
final class ArchitectureParser extends StatementParser<Architecture> {

    private static final List<String> CONV_SETTINGS = List.of("kernel", "stride", "bias"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> ATTENTION_SETTINGS = List.of("d", "t", "a", "out"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

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
        switch (keyword.kind() == Token.Kind.IDENTIFIER ? keyword.text() : "") { //$NON-NLS-1$
            case "input": //$NON-NLS-1$
                input(architecture, keyword);
                return null;
            case "dense": //$NON-NLS-1$
                return add(architecture, dense(keyword));
            case "activation": //$NON-NLS-1$
                return add(architecture, activation(keyword));
            case "conv": //$NON-NLS-1$
                return add(architecture, convolution(keyword));
            case "attention": //$NON-NLS-1$
                return add(architecture, attention(keyword));
            default:
                throw new SyntaxError(keyword.position(), "unknown layer " + keyword.describe() //$NON-NLS-1$
                        + " (expected input, dense, activation, conv or attention)"); //$NON-NLS-1$
        }
    }

    private static Commented add(Architecture architecture, Layer layer) {
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

    private DenseLayer dense(Token keyword) {
        DenseLayer layer = NalgFactory.eINSTANCE.createDenseLayer();
        context.locate(layer, keyword);
        Token units = cursor.peek();
        layer.setUnits(positiveInteger("'dense'")); //$NON-NLS-1$
        context.locate(layer, Literals.DENSE_LAYER__UNITS, units.position());
        Map<String, Token> settings = settings(keyword, List.of("bias")); //$NON-NLS-1$
        if (settings.containsKey("bias")) { //$NON-NLS-1$
            layer.setBias(bool(settings.get("bias"), "'bias='")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return layer;
    }

    private ActivationLayer activation(Token keyword) {
        RawText polynomial = cursor.rawRestOfLine();
        if (polynomial.text().isEmpty()) {
            throw expected("a polynomial in x after 'activation'", cursor.peek()); //$NON-NLS-1$
        }
        ActivationLayer layer = NalgFactory.eINSTANCE.createActivationLayer();
        context.locate(layer, keyword);
        layer.setPolynomial(polynomial.text());
        context.locate(layer, Literals.ACTIVATION_LAYER__POLYNOMIAL, polynomial.position());
        return layer;
    }

    private ConvolutionLayer convolution(Token keyword) {
        Map<String, Token> settings = settings(keyword, CONV_SETTINGS);
        ConvolutionLayer layer = NalgFactory.eINSTANCE.createConvolutionLayer();
        context.locate(layer, keyword);
        Token kernel = required(settings, "kernel", keyword); //$NON-NLS-1$
        layer.setKernel(positiveInteger(kernel, "'kernel='")); //$NON-NLS-1$
        context.locate(layer, Literals.CONVOLUTION_LAYER__KERNEL, kernel.position());
        Token stride = settings.get("stride"); //$NON-NLS-1$
        if (stride != null) {
            layer.setStride(positiveInteger(stride, "'stride='")); //$NON-NLS-1$
            context.locate(layer, Literals.CONVOLUTION_LAYER__STRIDE, stride.position());
        }
        if (settings.containsKey("bias")) { //$NON-NLS-1$
            layer.setBias(bool(settings.get("bias"), "'bias='")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return layer;
    }

    private AttentionLayer attention(Token keyword) {
        Map<String, Token> settings = settings(keyword, ATTENTION_SETTINGS);
        AttentionLayer layer = NalgFactory.eINSTANCE.createAttentionLayer();
        context.locate(layer, keyword);
        Token d = required(settings, "d", keyword); //$NON-NLS-1$
        Token t = required(settings, "t", keyword); //$NON-NLS-1$
        Token a = required(settings, "a", keyword); //$NON-NLS-1$
        layer.setD(positiveInteger(d, "'d='")); //$NON-NLS-1$
        layer.setT(positiveInteger(t, "'t='")); //$NON-NLS-1$
        layer.setA(positiveInteger(a, "'a='")); //$NON-NLS-1$
        context.locate(layer, Literals.ATTENTION_LAYER__D, d.position());
        context.locate(layer, Literals.ATTENTION_LAYER__T, t.position());
        context.locate(layer, Literals.ATTENTION_LAYER__A, a.position());
        Token out = settings.get("out"); //$NON-NLS-1$
        if (out != null) {
            layer.setOut(positiveInteger(out, "'out='")); //$NON-NLS-1$
            context.locate(layer, Literals.ATTENTION_LAYER__OUT, out.position());
        }
        return layer;
    }
}
