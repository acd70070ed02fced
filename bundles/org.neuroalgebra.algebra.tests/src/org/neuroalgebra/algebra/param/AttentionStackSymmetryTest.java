// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.ModP;

class AttentionStackSymmetryTest {

    private static final BigInteger LIMIT = BigInteger.valueOf(1_000_000);

    private static List<AttentionLayerMap> stack() {
        // d = 2, t = 2: a = 1 with out = 2, then a = 2 with out = 1 and two heads
        return List.of(new AttentionLayerMap(2, 2, 1, 2, 1), new AttentionLayerMap(2, 2, 2, 1, 2));
    }

    private static LayerStackParametrization parametrization(List<AttentionLayerMap> maps) throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            for (int j = 1; j <= 2; j++) {
                inputs.add("x_{" + i + "," + j + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return LayerStackParametrization.create(inputs, List.copyOf(maps), LIMIT, AttentionStackSymmetry.of(maps, 3));
    }

    /**
     * Every generator is a symmetry: its vector field ξ(θ) lies in the kernel of the Jacobian of
     * θ ↦ c_{f_θ} at random points, modulo a prime (the network is constant along the orbit).
     */
    @Test
    void everyGeneratorIsInTheKernelOfTheJacobian() throws Exception {
        List<AttentionLayerMap> maps = stack();
        LayerStackParametrization p = parametrization(maps);
        long prime = ModP.PRIME_1;
        SplittableRandom random = new SplittableRandom(8);
        for (int point = 0; point < 3; point++) {
            long[] theta = random.longs(p.parameterCount(), 0, prime).toArray();
            long[][] jacobian = p.jacobian(theta, prime);
            List<long[]> fields = AttentionStackSymmetry.fields(maps, theta, prime);
            assertTrue(fields.size() > 0);
            for (long[] field : fields) {
                for (long[] row : jacobian) {
                    long sum = 0;
                    for (int j = 0; j < row.length; j++) {
                        sum = ModP.add(sum, ModP.mul(row[j], field[j], prime), prime);
                    }
                    assertEquals(0, sum);
                }
            }
        }
    }

    /**
     * The orbit dimension counted: layer 1 has GL(1) on (K, Q) and its scaling (2), layer 2 two
     * heads with GL(2) and a scaling each (2 · 5 = 10), and GL(2) acts on the two rows of the
     * signal between them (4): 16, all independent at a generic point.
     */
    @Test
    void theGroupsActWithOrbitsOfFullDimension() throws Exception {
        assertEquals(16, AttentionStackSymmetry.of(stack(), 3).dimension());
    }
}
