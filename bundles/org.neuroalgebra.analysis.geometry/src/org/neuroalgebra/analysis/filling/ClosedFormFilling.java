// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;

/**
 * The architectures whose real neuromanifold is known in closed form (docs/MATHEMATICS.md §3.2),
 * with the exact membership criterion and the exact fraction of Gaussian targets it reaches.
 *
 * @param criterion
 *            the criterion in words
 * @param fraction
 *            P(a target with independent standard Gaussian coefficients is reachable)
 * @param reachable
 *            the exact criterion on c ∈ V (coordinates in the parametrization's order)
 */
public record ClosedFormFilling(String criterion, double fraction, Predicate<Rational[]> reachable) {

    /**
     * @param parametrization
     *            any parametrization
     * @return the closed form when the architecture is one of those known: the linear CNN with
     *         kernels (2, 2) and one output, or the MLP (2, 2, 1) with σ = a·x³ and no biases
     */
    public static Optional<ClosedFormFilling> of(Parametrization parametrization) {
        if (parametrization instanceof ConvolutionParametrization cnn && Arrays.equals(cnn.lengths(), new int[] { 3, 2, 1 })
                && cnn.parameterCount() == 4 && cnn.size().homogeneous() && cnn.size().degree() == 1) {
            int[] index = indices(parametrization, "x1", "x2", "x3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(new ClosedFormFilling(
                    "the filters' product c1*t^2 + c2*t + c3 has real roots: c2^2 >= 4*c1*c3", //$NON-NLS-1$
                    GaussianRootFractions.quadricRealRoots(), c -> quadricHasRealRoots(c[index[0]], c[index[1]], c[index[2]])));
        }
        if (parametrization instanceof MlpParametrization mlp && Arrays.equals(mlp.widths(), new int[] { 2, 2, 1 })
                && !mlp.bias()[0] && !mlp.bias()[1] && mlp.activation().termCount() == 1
                && mlp.activation().degree() == 3) {
            int[] index = indices(parametrization, "x1^3", "x1^2*x2", "x1*x2^2", "x2^3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return Optional.of(new ClosedFormFilling(
                    "a sum of two real cubes: the binary cubic has one real root (discriminant < 0), or is a cube", //$NON-NLS-1$
                    GaussianRootFractions.cubicOneRealRoot(),
                    c -> cubicIsSumOfTwoRealCubes(c[index[0]], c[index[1]], c[index[2]], c[index[3]])));
        }
        return Optional.empty();
    }

    private static int[] indices(Parametrization parametrization, String... names) {
        List<String> coordinates = parametrization.coordinateNames();
        return Arrays.stream(names).mapToInt(name -> {
            int i = coordinates.indexOf(name);
            if (i < 0) {
                throw new IllegalStateException("no coordinate " + name + " in " + coordinates); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return i;
        }).toArray();
    }

    /** @return c2² − 4 c1 c3 ≥ 0: c1 t² + c2 t + c3 is a product of two real linear factors */
    static boolean quadricHasRealRoots(Rational c1, Rational c2, Rational c3) {
        return c2.mul(c2).sub(Rational.of(4).mul(c1).mul(c3)).signum() >= 0;
    }

    /**
     * a x³ + b x²y + c xy² + d y³ = u (px + qy)³ + v (rx + sy)³ with real numbers iff its
     * discriminant Δ = b²c² − 4ac³ − 4b³d − 27a²d² + 18abcd is negative, or the cubic is a cube or
     * 0. Sylvester: for Δ ≠ 0 the two cubes are those of the linear factors of the Hessian
     * covariant H = (b² − 3ac) x² + (bc − 9ad) xy + (c² − 3bd) y², whose discriminant is −3Δ: real
     * factors iff Δ &lt; 0 (one real root); for Δ &gt; 0 (three real roots) the only decomposition
     * into two cubes is complex conjugate. For Δ = 0 a cube has H = 0, and a double root (x²y)
     * needs three cubes even over C.
     */
    static boolean cubicIsSumOfTwoRealCubes(Rational a, Rational b, Rational c, Rational d) {
        Rational discriminant = b.mul(b).mul(c).mul(c).sub(Rational.of(4).mul(a).mul(c).mul(c).mul(c))
                .sub(Rational.of(4).mul(b).mul(b).mul(b).mul(d)).sub(Rational.of(27).mul(a).mul(a).mul(d).mul(d))
                .add(Rational.of(18).mul(a).mul(b).mul(c).mul(d));
        if (discriminant.signum() != 0) {
            return discriminant.signum() < 0;
        }
        return b.mul(b).sub(Rational.of(3).mul(a).mul(c)).signum() == 0
                && b.mul(c).sub(Rational.of(9).mul(a).mul(d)).signum() == 0
                && c.mul(c).sub(Rational.of(3).mul(b).mul(d)).signum() == 0;
    }
}
