// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.resource.Resource;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.TargetsFrom;

/**
 * Turns a {@code dataset} block into {@link Samples}. The explicit points come first, with their
 * own targets; then the random inputs (uniform in the box, coordinates drawn row by row from
 * {@code new SplittableRandom(seed)}), whose targets come from the {@link TeacherNetwork} of the
 * {@code targets} clause; then the rows of the CSV file (inputs then outputs, comma separated,
 * {@code #} comments), resolved against the directory of the model file.
 */
public final class DatasetMaterializer {

    /**
     * The largest admitted magnitude of a data value. The loss geometry forms Gram matrices of
     * monomials of the inputs (powers of twice the network's degree) and squares of the targets;
     * beyond this they lose all precision or leave the double range and the linear algebra breaks
     * down, so such data is refused when it is read, with its value.
     */
    public static final double MAX_MAGNITUDE = 1e15;

    private DatasetMaterializer() {
    }

    /**
     * @param modelDirectory
     *            where a relative CSV path is resolved; null when the model has no file
     * @param limit
     *            the monomial limit for the teacher architecture
     */
    public static Samples materialize(Dataset dataset, int inputDimension, int outputDimension, Path modelDirectory,
            BigInteger limit) throws AnalysisException {
        List<double[]> inputs = new ArrayList<>();
        List<double[]> outputs = new ArrayList<>();
        StringBuilder description = new StringBuilder(dataset.getName() == null ? "data" : dataset.getName()); //$NON-NLS-1$
        for (DataPoint point : dataset.getPoints()) {
            inputs.add(numbers(dataset, point.getInput(), inputDimension, "input")); //$NON-NLS-1$
            outputs.add(numbers(dataset, point.getOutput(), outputDimension, "output")); //$NON-NLS-1$
        }
        if (dataset.getRandomInputs() != null) {
            RandomInputs random = dataset.getRandomInputs();
            List<double[]> drawn = randomInputs(dataset, random, inputDimension);
            inputs.addAll(drawn);
            outputs.addAll(targets(dataset, drawn, inputDimension, outputDimension, limit));
            description.append(String.format("; %d random inputs in [%s, %s]^%d seed %d", random.getCount(), //$NON-NLS-1$
                    random.getLow(), random.getHigh(), random.getDimension(), random.getSeed()));
            TargetsFrom targets = dataset.getTargets();
            description.append(String.format("; targets from %s seed %d noise %s", targets.getArchitecture().getName(), //$NON-NLS-1$
                    targets.getSeed(), targets.getNoise() == null ? "0" : targets.getNoise())); //$NON-NLS-1$
        }
        if (dataset.getCsvFile() != null) {
            readCsv(dataset, modelDirectory, inputDimension, outputDimension, inputs, outputs);
            description.append("; csv ").append(dataset.getCsvFile()); //$NON-NLS-1$
        }
        if (inputs.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "' has no samples"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Samples(inputs.toArray(double[][]::new), outputs.toArray(double[][]::new), description.toString());
    }

    /**
     * The dataset of an analysis block ({@code data NAME}), for the inputs and outputs of a
     * polynomial MLP; a relative CSV path is resolved next to the model file.
     */
    public static Samples forRequest(AnalysisRequest request, MlpParametrization mlp) throws AnalysisException {
        int[] widths = mlp.widths();
        return forRequest(request, widths[0], widths[widths.length - 1]);
    }

    /**
     * The dataset of an analysis block ({@code data NAME}) for a network with the given numbers
     * of input variables and outputs ({@link Network}); a relative CSV path is resolved next to
     * the model file.
     */
    public static Samples forRequest(AnalysisRequest request, int inputDimension, int outputDimension)
            throws AnalysisException {
        Dataset dataset = request.spec().getDataset();
        if (dataset == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "analysis '" + request.spec().getName() //$NON-NLS-1$
                    + "' needs a dataset: add 'data NAME'"); //$NON-NLS-1$
        }
        Path directory = null;
        Resource resource = request.spec().eResource();
        if (resource != null && resource.getURI() != null && resource.getURI().isFile()) {
            directory = Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent();
        }
        return materialize(dataset, inputDimension, outputDimension, directory, request.monomialLimit());
    }

    private static double[] numbers(Dataset dataset, List<String> texts, int expected, String what)
            throws AnalysisException {
        if (texts.size() != expected) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': an " + what + " has " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + texts.size() + " entries, the architecture needs " + expected); //$NON-NLS-1$
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            values[i] = number(dataset, texts.get(i).trim());
        }
        return values;
    }

    private static double number(Dataset dataset, String text) throws AnalysisException {
        double value;
        try {
            value = Rational.parse(text).doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': '" + text //$NON-NLS-1$ //$NON-NLS-2$
                    + "' is not a number", e); //$NON-NLS-1$
        }
        return admitted(dataset, value, "'" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static double admitted(Dataset dataset, double value, String what) throws AnalysisException {
        if (!(Math.abs(value) <= MAX_MAGNITUDE)) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': " + what //$NON-NLS-1$ //$NON-NLS-2$
                    + (Double.isFinite(value) ? " is too large" : " is not finite") //$NON-NLS-1$ //$NON-NLS-2$
                    + "; data values must lie within ±1e15 so that the loss stays in double precision"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    private static List<double[]> randomInputs(Dataset dataset, RandomInputs random, int inputDimension)
            throws AnalysisException {
        if (random.getDimension() != inputDimension) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': random inputs of dimension " //$NON-NLS-1$ //$NON-NLS-2$
                    + random.getDimension() + ", the architecture needs " + inputDimension); //$NON-NLS-1$
        }
        double low = number(dataset, random.getLow());
        double high = number(dataset, random.getHigh());
        if (!(low < high)) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': empty box [" + low + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + high + "]"); //$NON-NLS-1$
        }
        SplittableRandom generator = new SplittableRandom(random.getSeed());
        List<double[]> result = new ArrayList<>();
        for (int k = 0; k < random.getCount(); k++) {
            double[] a = new double[inputDimension];
            for (int i = 0; i < inputDimension; i++) {
                a[i] = generator.nextDouble(low, high);
            }
            result.add(a);
        }
        return result;
    }

    private static List<double[]> targets(Dataset dataset, List<double[]> inputs, int inputDimension,
            int outputDimension, BigInteger limit) throws AnalysisException {
        TargetsFrom targets = dataset.getTargets();
        if (targets == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() //$NON-NLS-1$
                    + "': random inputs need 'targets from ARCHITECTURE seed N'"); //$NON-NLS-1$
        }
        Network network = Network.of(ArchitectureParametrizations.of(targets.getArchitecture(), limit),
                targets.getArchitecture());
        if (network.outputs() != outputDimension || network.inputs() != inputDimension) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': teacher '" //$NON-NLS-1$ //$NON-NLS-2$
                    + targets.getArchitecture().getName() + "' has " + network.inputs() + " inputs and " //$NON-NLS-1$ //$NON-NLS-2$
                    + network.outputs() + " outputs, the dataset needs " + inputDimension + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + outputDimension);
        }
        double noise = targets.getNoise() == null ? 0 : number(dataset, targets.getNoise());
        SplittableRandom random = new SplittableRandom(targets.getSeed());
        TeacherNetwork teacher = new TeacherNetwork(network, random);
        List<double[]> result = new ArrayList<>();
        for (double[] a : inputs) {
            double[] b = teacher.evaluate(a);
            for (int o = 0; o < b.length; o++) {
                b[o] = admitted(dataset, b[o] + noise * random.nextGaussian(),
                        "the target of teacher '" + targets.getArchitecture().getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            result.add(b);
        }
        return result;
    }

    private static void readCsv(Dataset dataset, Path directory, int inputDimension, int outputDimension,
            List<double[]> inputs, List<double[]> outputs) throws AnalysisException {
        Path file = directory == null ? Path.of(dataset.getCsvFile()) : directory.resolve(dataset.getCsvFile());
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "dataset '" + dataset.getName() + "': cannot read " + file, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String line : lines) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            List<String> cells = List.of(row.split(",")); //$NON-NLS-1$
            if (cells.size() != inputDimension + outputDimension) {
                throw new AnalysisException(Kind.BAD_INPUT, file + ": '" + row + "' has " + cells.size() //$NON-NLS-1$ //$NON-NLS-2$
                        + " columns, expected " + (inputDimension + outputDimension)); //$NON-NLS-1$
            }
            inputs.add(numbers(dataset, cells.subList(0, inputDimension), inputDimension, "input")); //$NON-NLS-1$
            outputs.add(numbers(dataset, cells.subList(inputDimension, cells.size()), outputDimension, "output")); //$NON-NLS-1$
        }
    }
}
