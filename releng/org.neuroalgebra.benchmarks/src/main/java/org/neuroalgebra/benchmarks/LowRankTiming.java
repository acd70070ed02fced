// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonObject;

/**
 * In-process wall-clock times of {@code edd} on linear networks (rank-r matrices) and
 * one-hidden-neuron monomial networks (Veronese-type cones), in every formulation that applies:
 * {@code java -cp target/benchmarks.jar org.neuroalgebra.benchmarks.LowRankTiming [runs] [analysis...]}.
 * Each line gives the minimum over the runs (after one warm-up run), the ED degree, whether it is
 * certified and the failed paths.
 */
public final class LowRankTiming {

    private static final String MODEL = """
            architecture rank1_33 {
              input 3
              dense 1 bias=false
              dense 3 bias=false
            }
            architecture rank1_34 {
              input 4
              dense 1 bias=false
              dense 3 bias=false
            }
            architecture rank1_44 {
              input 4
              dense 1 bias=false
              dense 4 bias=false
            }
            architecture rank2_44 {
              input 4
              dense 2 bias=false
              dense 4 bias=false
            }
            architecture ternary_squares {
              input 3
              dense 1 bias=false
              activation x^2
              dense 1 bias=false
            }
            analysis rank1_33_gauge {
              edd of rank1_33 metric random seed 1
            }
            analysis rank1_33_parametric {
              edd of rank1_33 metric random seed 1
              formulation=parametric
            }
            analysis rank1_34_gauge {
              edd of rank1_34 metric random seed 1
            }
            analysis rank1_44_gauge {
              edd of rank1_44 metric random seed 1
            }
            analysis rank2_44_identity {
              edd of rank2_44 metric identity
            }
            analysis veronese_gauge {
              edd of ternary_squares metric identity
            }
            analysis veronese_parametric {
              edd of ternary_squares metric identity
              formulation=parametric
            }
            """;

    private LowRankTiming() {
    }

    public static void main(String[] args) throws IOException, AnalysisException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String[] names = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] { "rank1_33_gauge", "rank1_34_gauge", "rank1_44_gauge", "rank2_44_identity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "veronese_gauge" }; //$NON-NLS-1$
        SolverRegistry registry = new SolverRegistry();
        registry.addSolver(new HomotopyContinuationSolver());
        registry.addCounter(new GroebnerSolutionCounter());
        EddAnalysis analysis = new EddAnalysis(registry);
        for (String name : names) {
            AnalysisRequest request = request(name);
            JsonObject result = analysis.run(request, ProgressMonitor.NULL).toJson();
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                result = analysis.run(request, ProgressMonitor.NULL).toJson();
                best = Math.min(best, (System.nanoTime() - start) * 1e-9);
            }
            System.out.printf("%-22s %-12s edd %3d %-9s failed %3d  min %.3f s over %d runs%n", name, //$NON-NLS-1$
                    result.get("formulation").getAsString(), result.get("edDegree").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$
                    result.get("certified").getAsBoolean() ? "certified" : "numerical", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    result.get("failedPaths").getAsInt(), best, runs); //$NON-NLS-1$
            if (!result.get("certified").getAsBoolean()) { //$NON-NLS-1$
                // why it is numerical: the certificates and the exact count say
                System.out.println("    " + result.get("certification") + " " + result.get("crossCheck")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
    }

    private static AnalysisRequest request(String analysis) throws IOException {
        Resource resource = NalgResourceFactory.register(new ResourceSetImpl()).createResource(URI.createURI("t.nalg")); //$NON-NLS-1$
        resource.load(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), null);
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(resource.getErrors().toString());
        }
        NeuroalgebraModel model = (NeuroalgebraModel) resource.getContents().get(0);
        return new AnalysisRequest(model.getElements().stream().filter(Analysis.class::isInstance)
                .map(Analysis.class::cast).filter(a -> a.getName().equals(analysis)).findFirst().orElseThrow());
    }
}
