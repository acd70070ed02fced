// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.loss.LossAnalysis;

/** The spectrum of Q shows its kernel: a zero eigenvalue is drawn, lowest, right of the rank marker. */
class LossSpectrumChartTest {

    /**
     * f = a(wx + b)² + c spans R[x]_{≤2}; inputs ±1 give A rows (1, 1, 1) and (1, −1, 1), so
     * Q = AᵀA = [[2, 0, 2], [0, 2, 0], [2, 0, 2]] with eigenvalues 4, 2, 0, the kernel (1, 0, −1).
     */
    private static final String PAIR = """
            architecture quadratic {
              input 1
              dense 1
              activation x^2
              dense 1
            }
            dataset pair {
              point 1 -> 2
              point -1 -> 5
            }
            analysis underdetermined {
              loss of quadratic data pair
            }
            """;

    @Test
    void theKernelEigenvalueIsDrawnBelowTheOthersAfterTheRankMarker() throws Exception {
        ResultSeries spectrum = new LossAnalysis().run(ModelText.request(PAIR, "underdetermined"), //$NON-NLS-1$
                ProgressMonitor.NULL).series().get(0);
        assertEquals(3, spectrum.values().length);
        assertEquals(4, spectrum.values()[0], 1e-12);
        assertEquals(2, spectrum.values()[1], 1e-12);
        assertEquals(0, spectrum.values()[2], 1e-12);
        assertEquals(2, spectrum.marker(), "the rank of Q"); //$NON-NLS-1$
        assertTrue(spectrum.logScale());

        double kernel = spectrum.drawnValues()[2];
        assertTrue(kernel > 0 && kernel < 1e-14, "the zero is drawn at a positive floor: " + kernel); //$NON-NLS-1$
        ChartArea area = ChartArea.of(List.of(spectrum), ChartKind.STEMS, 400, 300);
        double kernelTip = area.y(Math.log10(kernel));
        assertTrue(kernelTip < area.bottom() - 1 && kernelTip > area.y(Math.log10(2)) + 100,
                "its stem is visible, far below the eigenvalue 2"); //$NON-NLS-1$
        String svg = ChartRenderer.toSvg(List.of(spectrum), ChartKind.STEMS, 400, 300);
        // 3 stems, 6 grid lines, 2 axes, the rank marker
        assertEquals(3 + 6 + 2 + 1, svg.split("<line ", -1).length - 1); //$NON-NLS-1$
        assertTrue(svg.contains(">rank 2</text>"), "the marker is labelled"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
