// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.testing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.validation.AnalysisCatalog;

import com.google.gson.JsonObject;

/**
 * Test analysis {@code gated} whose timing the test decides: its figure {@code input} is the
 * architecture's input dimension, answered at once for inputs below a threshold and, from the
 * threshold on, only after {@link #open()}. With {@code mode=wait} it stops when canceled, with
 * {@code mode=ignore} it ignores the cancel (a computation that must be abandoned), and with
 * {@code mode=throw} it throws a defect. Lets tests of time limits, failures and interrupts run
 * in milliseconds without depending on the speed of real mathematics.
 */
public final class GatedAnalysis implements IAnalysis {

    public static final String ID = "gated"; //$NON-NLS-1$

    private static final AnalysisSetting MODE = AnalysisSetting.choice("mode", "wait", List.of("wait", "ignore", "throw"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "how a gated run behaves"); //$NON-NLS-1$

    private final int threshold;
    private final CountDownLatch gate = new CountDownLatch(1);

    /**
     * @param threshold
     *            architectures with at least this input dimension wait for {@link #open()}
     */
    public GatedAnalysis(int threshold) {
        this.threshold = threshold;
    }

    /**
     * Adds this analysis and the others to a new registry and makes it the catalog of model
     * validation, against which sweep members are validated (in production the registry is that
     * catalog); {@link #uninstall()} undoes it.
     */
    public AnalysisRegistry install(IAnalysis... others) {
        AnalysisRegistry registry = new AnalysisRegistry();
        for (IAnalysis other : others) {
            registry.add(other);
        }
        registry.add(this);
        AnalysisCatalog.setDefault(registry);
        return registry;
    }

    /** Lets every waiting run finish and gives model validation its own catalog back. */
    public void uninstall() {
        open();
        AnalysisCatalog.setDefault(null);
    }

    /** Lets every waiting and later run answer. */
    public void open() {
        gate.countDown();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Test: the input dimension, when the test allows"; //$NON-NLS-1$
    }

    @Override
    public List<AnalysisSetting> settings() {
        return List.of(MODE);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        int input = ((Architecture) request.subject()).getInput();
        String mode = request.option("mode", "wait"); //$NON-NLS-1$ //$NON-NLS-2$
        if (mode.equals("throw")) { //$NON-NLS-1$
            throw new IllegalStateException("broken on purpose"); //$NON-NLS-1$
        }
        try {
            while (input >= threshold && !gate.await(1, TimeUnit.MILLISECONDS)) {
                if (mode.equals("wait") && monitor.isCanceled()) { //$NON-NLS-1$
                    throw new AnalysisException(Kind.CANCELED, "canceled"); //$NON-NLS-1$
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException(Kind.CANCELED, "interrupted"); //$NON-NLS-1$
        }
        return result(request, input);
    }

    private static AnalysisResult result(AnalysisRequest request, int input) {
        return new AnalysisResult() {
            @Override
            public String analysisId() {
                return ID;
            }

            @Override
            public String subject() {
                return request.subjectName();
            }

            @Override
            public Provenance provenance() {
                return Provenance.of(true, "reading the architecture", request.seed(), 0); //$NON-NLS-1$
            }

            @Override
            public List<String> summary() {
                return List.of("input " + input); //$NON-NLS-1$
            }

            @Override
            public List<ResultFigure> figures() {
                return List.of(ResultFigure.of("input", "Input dimension", Long.valueOf(input), Evidence.CERTIFIED)); //$NON-NLS-1$ //$NON-NLS-2$
            }

            @Override
            public JsonObject toJson() {
                JsonObject json = new JsonObject();
                json.addProperty("input", input); //$NON-NLS-1$
                return json;
            }
        };
    }
}
