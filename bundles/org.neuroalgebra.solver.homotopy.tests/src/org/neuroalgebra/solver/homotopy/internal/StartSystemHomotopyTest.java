// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/**
 * The start-system homotopies scale each target equation by a power of two near the inverse of its
 * coefficients' norm. An equation multiplied by a power of two has its norm multiplied by the same
 * power, so its scale divides it out exactly: the homotopy, and with it every path, is bit for bit
 * that of the equation as written.
 */
class StartSystemHomotopyTest {

    @Test
    void powersOfTwoTimesAnEquationGiveTheSameHomotopy() throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Polynomial> written = List.of(PolynomialParser.parse("x^2 + 3*x*y - 5", names), //$NON-NLS-1$
                PolynomialParser.parse("y^2 - 2*x + 7", names)); //$NON-NLS-1$
        List<Polynomial> multiplied = List.of(PolynomialParser.parse("1024*x^2 + 3072*x*y - 5120", names), //$NON-NLS-1$
                PolynomialParser.parse("1/8*y^2 - 1/4*x + 7/8", names)); //$NON-NLS-1$
        int[] degrees = { 2, 2 };
        Homotopy.Evaluator a = totalDegree(written, degrees).newEvaluator();
        Homotopy.Evaluator b = totalDegree(multiplied, degrees).newEvaluator();
        SplittableRandom random = new SplittableRandom(3);
        for (int sample = 0; sample < 5; sample++) {
            double[] z = Interleaved.gaussian(3, random);
            double tRe = random.nextDouble();
            double tIm = random.nextDouble(-0.1, 0.1);
            double[][] first = evaluate(a, z, tRe, tIm);
            double[][] second = evaluate(b, z, tRe, tIm);
            for (int part = 0; part < 3; part++) {
                assertArrayEquals(first[part], second[part], 0, "part " + part); //$NON-NLS-1$
            }
        }
    }

    private static TotalDegreeHomotopy totalDegree(List<Polynomial> equations, int[] degrees) {
        // the same random chart and γ for both systems
        SplittableRandom random = new SplittableRandom(17);
        ProjectiveChart chart = new ProjectiveChart(2, random);
        double[] gamma = Interleaved.unitCircle(random);
        return new TotalDegreeHomotopy(new CompiledSystem(equations, 2, degrees), new double[0], gamma[0], gamma[1],
                chart);
    }

    private static double[][] evaluate(Homotopy.Evaluator evaluator, double[] z, double tRe, double tIm) {
        double[] h = new double[6];
        double[] hz = new double[18];
        double[] ht = new double[6];
        evaluator.evaluate(z, tRe, tIm, h, hz, ht);
        return new double[][] { h, hz, ht };
    }
}
