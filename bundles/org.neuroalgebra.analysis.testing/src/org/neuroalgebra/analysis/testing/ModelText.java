// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/** Test helper: analysis requests from {@code .nalg} text, and a registry with the homotopy solver. */
public final class ModelText {

    /**
     * A sweep of the (n, 1, m) linear networks without biases, n, m in 2..3, members in the order
     * (2,2), (2,3), (3,2), (3,3): rank-one m×n matrices, of dimension m + n − 1
     * (docs/MATHEMATICS.md §3). Its run is on line 8.
     */
    public static final String LINEAR_SWEEP = """
            # (n, 1, m) linear networks without biases, n, m in 2..3
            sweep linear {
              architecture {
                input [2..3]
                dense 1 bias=false
                dense [2..3] bias=false
              }
              run dimension seed 1
            }
            """;

    private ModelText() {
    }

    /**
     * @param text
     *            a model in the text syntax
     * @param analysis
     *            the name of one of its analysis blocks
     * @return the request of that block
     */
    public static AnalysisRequest request(String text, String analysis) throws IOException {
        Resource resource = NalgResourceFactory.register(new ResourceSetImpl())
                .createResource(URI.createURI("test.nalg")); //$NON-NLS-1$
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(resource.getErrors().toString());
        }
        NeuroalgebraModel model = (NeuroalgebraModel) resource.getContents().get(0);
        return new AnalysisRequest(model.getElements().stream().filter(Analysis.class::isInstance)
                .map(Analysis.class::cast).filter(a -> a.getName().equals(analysis)).findFirst().orElseThrow());
    }

    /** @return a registry holding the homotopy continuation solver and the Gröbner counter */
    public static SolverRegistry solvers() {
        SolverRegistry registry = new SolverRegistry();
        registry.addSolver(new HomotopyContinuationSolver());
        registry.addCounter(new GroebnerSolutionCounter());
        return registry;
    }
}
