// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.model.Commented;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.TargetsFrom;
import org.neuroalgebra.model.internal.text.Token.Kind;

/**
 * Statements of a {@code dataset} block: {@code point (a, b) -> c},
 * {@code random N inputs in [LOW, HIGH]^DIM seed S},
 * {@code targets from ARCHITECTURE seed S [noise SIGMA]} and {@code csv "FILE"}.
 */
final class DatasetParser extends StatementParser<Dataset> {

    DatasetParser(TokenCursor cursor, ParseContext context) {
        super(cursor, context);
    }

    @Override
    String blockKeyword() {
        return "dataset"; //$NON-NLS-1$
    }

    @Override
    Dataset createBlock() {
        return NalgFactory.eINSTANCE.createDataset();
    }

    @Override
    Commented statement(Dataset dataset) {
        Token keyword = cursor.next();
        switch (keyword.kind() == Kind.IDENTIFIER ? keyword.text() : "") { //$NON-NLS-1$
            case "point": //$NON-NLS-1$
                DataPoint point = point(keyword);
                dataset.getPoints().add(point);
                return point;
            case "random": //$NON-NLS-1$
                once(dataset.getRandomInputs() != null, keyword);
                dataset.setRandomInputs(random(keyword));
                return dataset.getRandomInputs();
            case "targets": //$NON-NLS-1$
                once(dataset.getTargets() != null, keyword);
                TargetsFrom targets = targets(keyword);
                dataset.setTargets(targets);
                return targets;
            case "csv": //$NON-NLS-1$
                once(dataset.getCsvFile() != null, keyword);
                csv(dataset);
                return null;
            default:
                throw expected("'point', 'random', 'targets' or 'csv' in a dataset", keyword); //$NON-NLS-1$
        }
    }

    private static void once(boolean alreadyGiven, Token keyword) {
        if (alreadyGiven) {
            throw new SyntaxError(keyword.position(), "'" + keyword.text() + "' is given twice"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private DataPoint point(Token keyword) {
        DataPoint point = NalgFactory.eINSTANCE.createDataPoint();
        context.locate(point, keyword);
        vector(point, Literals.DATA_POINT__INPUT, "'point'"); //$NON-NLS-1$
        symbol("->", "the input of 'point'"); //$NON-NLS-1$ //$NON-NLS-2$
        vector(point, Literals.DATA_POINT__OUTPUT, "'->'"); //$NON-NLS-1$
        return point;
    }

    /** Reads a single number or a parenthesized, comma-separated list of numbers. */
    private void vector(DataPoint point, EAttribute feature, String after) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) point.eGet(feature);
        if (!cursor.peek().isSymbol("(")) { //$NON-NLS-1$
            Token value = number("a number or '(' after " + after); //$NON-NLS-1$
            values.add(value.text());
            context.locate(point, feature, value.position());
            return;
        }
        cursor.next();
        for (Token value : numbers("a number")) { //$NON-NLS-1$
            values.add(value.text());
            context.locate(point, feature, value.position());
        }
    }

    private RandomInputs random(Token keyword) {
        RandomInputs random = NalgFactory.eINSTANCE.createRandomInputs();
        context.locate(random, keyword);
        Token count = cursor.peek();
        random.setCount(positiveInteger("'random'")); //$NON-NLS-1$
        context.locate(random, Literals.RANDOM_INPUTS__COUNT, count.position());
        keyword("inputs", "the number of random inputs"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("in", "'inputs'"); //$NON-NLS-1$ //$NON-NLS-2$
        symbol("[", "'in'"); //$NON-NLS-1$ //$NON-NLS-2$
        Token low = number("a number after '['"); //$NON-NLS-1$
        symbol(",", "the lower bound"); //$NON-NLS-1$ //$NON-NLS-2$
        Token high = number("a number after ','"); //$NON-NLS-1$
        symbol("]", "the upper bound"); //$NON-NLS-1$ //$NON-NLS-2$
        symbol("^", "']'"); //$NON-NLS-1$ //$NON-NLS-2$
        Token dimension = cursor.peek();
        random.setDimension(positiveInteger("'^'")); //$NON-NLS-1$
        keyword("seed", "the dimension"); //$NON-NLS-1$ //$NON-NLS-2$
        random.setSeed(seed("'seed'")); //$NON-NLS-1$
        random.setLow(low.text());
        random.setHigh(high.text());
        context.locate(random, Literals.RANDOM_INPUTS__LOW, low.position());
        context.locate(random, Literals.RANDOM_INPUTS__HIGH, high.position());
        context.locate(random, Literals.RANDOM_INPUTS__DIMENSION, dimension.position());
        return random;
    }

    private TargetsFrom targets(Token keyword) {
        TargetsFrom targets = NalgFactory.eINSTANCE.createTargetsFrom();
        context.locate(targets, keyword);
        keyword("from", "'targets'"); //$NON-NLS-1$ //$NON-NLS-2$
        Token architecture = name("'from'"); //$NON-NLS-1$
        keyword("seed", "the architecture name"); //$NON-NLS-1$ //$NON-NLS-2$
        targets.setSeed(seed("'seed'")); //$NON-NLS-1$
        if (cursor.peek().isKeyword("noise")) { //$NON-NLS-1$
            cursor.next();
            Token noise = number("a number after 'noise'"); //$NON-NLS-1$
            targets.setNoise(noise.text());
            context.locate(targets, Literals.TARGETS_FROM__NOISE, noise.position());
        }
        context.reference(targets, Literals.TARGETS_FROM__ARCHITECTURE, architecture);
        return targets;
    }

    private void csv(Dataset dataset) {
        Token file = cursor.next();
        if (file.kind() != Kind.STRING || file.text().length() < 2 || !file.text().endsWith("\"")) { //$NON-NLS-1$
            throw expected("a quoted file name after 'csv'", file); //$NON-NLS-1$
        }
        dataset.setCsvFile(file.text().substring(1, file.text().length() - 1));
        context.locate(dataset, Literals.DATASET__CSV_FILE, file.position());
    }
}
