// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;

/** Small helpers for the solver tests. */
final class Systems {

    private Systems() {
    }

    static PolynomialSystem system(List<String> variables, List<String> parameters, String... equations) {
        List<String> all = new ArrayList<>(variables);
        all.addAll(parameters);
        List<Polynomial> polys = new ArrayList<>();
        for (String e : equations) {
            try {
                polys.add(PolynomialParser.parse(e, all));
            } catch (PolynomialSyntaxException ex) {
                throw new IllegalArgumentException(ex);
            }
        }
        return new PolynomialSystem(variables, parameters, polys);
    }

    /** Asserts the invariant that every path is accounted for (the constructor checks it too). */
    static void assertAccounted(SolveResult result) {
        int sum = result.finitePathCount() + result.atInfinityPathCount() + result.failedPathCount()
                + result.pathsExcess();
        org.junit.jupiter.api.Assertions.assertEquals(result.pathsTracked(), sum, result.summary());
    }
}
