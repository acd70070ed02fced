// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.model.Architecture;

class ArchitectureParametrizationsTest {

    static Parametrization of(String layers) throws Exception {
        String text = "architecture net {\n" + layers.replace(";", "\n") + "\n}\nanalysis d {\n  dimension of net\n}\n";
        AnalysisRequest request = ModelText.request(text, "d");
        return ArchitectureParametrizations.of((Architecture) request.subject(), request.monomialLimit());
    }

    static DimensionResult dimension(String layers) throws Exception {
        return DimensionComputation.compute(of(layers), 1, ProgressMonitor.NULL);
    }

    @Test
    void linearCnnDimensionIsCertified() throws Exception {
        // cnn.nalg linear_cnn: Σ k_i − (L − 1) = 3 + 2 − 1
        DimensionResult result = dimension("input 6; conv kernel=3 stride=1 bias=false; conv kernel=2 stride=1 bias=false");
        assertEquals(4, result.dimension());
        assertTrue(result.certified());
    }

    @Test
    void polynomialCnnHasLengthsFromTheStrides() throws Exception {
        Parametrization p = of("input 5; conv kernel=2 stride=1 bias=false; activation x^2; conv kernel=2 stride=2 bias=false");
        assertTrue(p instanceof ConvolutionParametrization);
        assertEquals(2, ((ConvolutionParametrization) p).lengths()[2]);
        assertEquals(3, DimensionComputation.compute(p, 1, ProgressMonitor.NULL).dimension());
    }

    @Test
    void attentionDimensionIsCertified() throws Exception {
        // a(2d − a) + out·d − 1: lightning 1·3 + 4 − 1 = 6, lightning_readout 2·4 + 3 − 1 = 10
        DimensionResult lightning = dimension("attention d=2 t=2 a=1");
        assertEquals(6, lightning.dimension());
        assertTrue(lightning.certified());
        Parametrization readout = of("attention d=3 t=2 a=2 out=1");
        assertTrue(readout instanceof AttentionParametrization);
        assertEquals(10, DimensionComputation.compute(readout, 1, ProgressMonitor.NULL).dimension());
    }

    @Test
    void mixedLayersAreComposedAsWritten() throws Exception {
        // c1(a·x) + c2(b·x) is any linear form in 4 variables: dim 4 = dim V, certified by the bound
        DimensionResult denseThenConv = dimension("input 4; dense 2 bias=false; conv kernel=2 stride=1 bias=false");
        assertEquals(4, denseThenConv.dimension());
        assertTrue(denseThenConv.certified());
        // ((c1 x_i + c2 x_{i+1})^2)_{i=1..3}: two parameters, finite fibre (c -> -c): dim 2
        DimensionResult convThenSquare = dimension("input 4; conv kernel=2 stride=1 bias=false; activation x^2");
        assertEquals(2, convThenSquare.dimension());
        assertTrue(convThenSquare.certified());
    }
}
