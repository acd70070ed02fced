// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.TargetsFrom;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * A dataset needs inputs (points, random inputs or a CSV file); its points must agree in
 * dimension; numbers must be exact numbers; a random box must be non-empty; generated
 * targets need a known architecture whose input size matches.
 */
public final class DatasetConstraints {

    private DatasetConstraints() {
    }

    /**
     * @return the input dimension of the dataset (of its first point, or of its random
     *         inputs), or -1 if unknown (e.g. only a CSV file)
     */
    public static int inputDimension(Dataset dataset) {
        if (!dataset.getPoints().isEmpty()) {
            return dataset.getPoints().get(0).getInput().size();
        }
        return dataset.getRandomInputs() == null ? -1 : dataset.getRandomInputs().getDimension();
    }

    public static void check(Dataset dataset, Problems problems) {
        if (dataset.getPoints().isEmpty() && dataset.getRandomInputs() == null && dataset.getCsvFile() == null) {
            if (SourceLocation.isIncomplete(dataset)) {
                return;
            }
            problems.error(dataset, Literals.NAMED_ELEMENT__NAME, 0,
                    "dataset '" + dataset.getName() + "' has no points, random inputs or csv file"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        points(dataset.getPoints(), problems);
        if (dataset.getRandomInputs() != null) {
            random(dataset.getRandomInputs(), problems);
            if (!dataset.getPoints().isEmpty() && dataset.getRandomInputs().getDimension() != inputDimension(dataset)) {
                problems.error(dataset.getRandomInputs(), Literals.RANDOM_INPUTS__DIMENSION, 0, "random inputs have dimension " //$NON-NLS-1$
                        + dataset.getRandomInputs().getDimension() + ", but the points have " + inputDimension(dataset)); //$NON-NLS-1$
            }
        }
        if (dataset.getTargets() != null) {
            targets(dataset, dataset.getTargets(), problems);
        }
    }

    private static void points(List<DataPoint> points, Problems problems) {
        for (DataPoint point : points) {
            numbers(point, Literals.DATA_POINT__INPUT, point.getInput(), problems);
            numbers(point, Literals.DATA_POINT__OUTPUT, point.getOutput(), problems);
            DataPoint first = points.get(0);
            if (point.getInput().size() != first.getInput().size()) {
                problems.error(point, Literals.DATA_POINT__INPUT, 0, "point has " + point.getInput().size() //$NON-NLS-1$
                        + " inputs, but the first point has " + first.getInput().size()); //$NON-NLS-1$
            }
            if (point.getOutput().size() != first.getOutput().size()) {
                problems.error(point, Literals.DATA_POINT__OUTPUT, 0, "point has " + point.getOutput().size() //$NON-NLS-1$
                        + " outputs, but the first point has " + first.getOutput().size()); //$NON-NLS-1$
            }
        }
    }

    private static void numbers(DataPoint point, EAttribute feature, List<String> values, Problems problems) {
        if (values.isEmpty()) {
            problems.error(point, "a point needs at least one " + feature.getName() + " value"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < values.size(); i++) {
            if (parse(values.get(i)) == null) {
                problems.error(point, feature, i, "'" + values.get(i) + "' is not an exact number"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static void random(RandomInputs random, Problems problems) {
        if (random.getCount() <= 0 || random.getDimension() <= 0) {
            problems.error(random, "random inputs need a positive count and dimension, found " + random.getCount() //$NON-NLS-1$
                    + " inputs of dimension " + random.getDimension()); //$NON-NLS-1$
        }
        Rational low = parse(random.getLow());
        Rational high = parse(random.getHigh());
        if (low == null || high == null) {
            problems.error(random, low == null ? Literals.RANDOM_INPUTS__LOW : Literals.RANDOM_INPUTS__HIGH, 0,
                    "the bounds of random inputs must be exact numbers"); //$NON-NLS-1$
        } else if (low.compareTo(high) >= 0) {
            problems.error(random, Literals.RANDOM_INPUTS__LOW, 0,
                    "empty box [" + random.getLow() + ", " + random.getHigh() + "]: the lower bound must be below the upper"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void targets(Dataset dataset, TargetsFrom targets, Problems problems) {
        Architecture architecture = targets.getArchitecture();
        if (architecture == null || architecture.eIsProxy()) {
            problems.error(targets, Literals.TARGETS_FROM__ARCHITECTURE, 0,
                    "unknown architecture '" + References.name(targets, Literals.TARGETS_FROM__ARCHITECTURE) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (dataset.getRandomInputs() == null && dataset.getCsvFile() == null) {
            problems.error(targets, "'targets from' needs inputs to evaluate: add 'random' or 'csv'"); //$NON-NLS-1$
        }
        Rational noise = targets.getNoise() == null ? Rational.ZERO : parse(targets.getNoise());
        if (noise == null || noise.signum() < 0) {
            problems.error(targets, Literals.TARGETS_FROM__NOISE, 0, "noise must be a non-negative number"); //$NON-NLS-1$
        }
        References.checkInputDimension(problems, targets, Literals.TARGETS_FROM__ARCHITECTURE, dataset, architecture);
    }

    static Rational parse(String number) {
        try {
            return number == null ? null : Rational.parse(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
