// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.text.NalgFiles;

/**
 * Analysis ids are checked against the installed analyses only when a catalog says which are
 * installed, and the named analysis's own declarations are reported at the positions they blame.
 */
class AnalysisCatalogTest {

    private static final String MODEL = """
            variety v {
              coordinates x y
              equation x^2 + y^2 = 1
            }
            analysis a {
              dimensoin of v
            }
            analysis b {
              testcount of v limit=3
            }
            """;

    /** A catalog of two analyses; {@code testcount} refuses any block without a target. */
    private static final AnalysisCatalog CATALOG = new AnalysisCatalog() {
        @Override
        public List<String> analysisIds() {
            return List.of("dimension", "testcount"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public List<Violation> check(Analysis block) {
            return block.getTarget() != null ? List.of()
                    : List.of(new Violation(block, Literals.ANALYSIS__OPTIONS, 0, "testcount wants a target")); //$NON-NLS-1$
        }
    };

    @AfterEach
    void forgetTheDefault() {
        AnalysisCatalog.setDefault(null);
    }

    private static List<String> problems(AnalysisCatalog catalog) {
        return ModelDiagnostics.validate(NalgFiles.load("m.nalg", MODEL), BigInteger.TEN.pow(6), catalog).stream() //$NON-NLS-1$
                .map(ModelProblem::format).toList();
    }

    @Test
    void unknownIdIsReportedAtItsPositionWithTheInstalledOnes() {
        assertEquals(List.of("m.nalg:6:3: unknown analysis 'dimensoin' (installed: dimension, testcount)", //$NON-NLS-1$
                "m.nalg:9:18: testcount wants a target"), problems(CATALOG)); //$NON-NLS-1$
    }

    @Test
    void theDefaultCatalogIsUsedWhenTheContextHasNone() {
        AnalysisCatalog.setDefault(CATALOG);
        assertEquals(2, problems(null).size());
    }

    @Test
    void withoutACatalogIdsAreNotChecked() {
        assertEquals(List.of(), problems(null));
    }
}
