// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.implicitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

class ImplicitizeAnalysisTest {

    private static final String MODELS = """
            architecture linear_212 {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }

            architecture lightning_pair {
              attention d=2 t=2 a=2 out=1
            }

            analysis linear_equations {
              implicitize of linear_212 seed 1
              degree=2
            }

            analysis lightning_quartic {
              implicitize of lightning_pair seed 3
              degree=4
              chart="y[1,1]:x_{1,1}*x_{1,2}^2 y[1,1]:x_{1,1}*x_{1,2}*x_{2,2} y[1,1]:x_{1,1}*x_{2,2}^2 y[1,1]:x_{1,2}^2*x_{2,1} y[1,1]:x_{1,2}*x_{2,1}*x_{2,2} y[1,1]:x_{2,1}*x_{2,2}^2"
            }

            architecture twisted_cubic_cone {
              input 2
              dense 1 bias=false
              activation x^3
              dense 1 bias=false
            }

            analysis twisted_cubic_quadrics {
              implicitize of twisted_cubic_cone seed 2
              degree=2
            }

            analysis bad_degree {
              implicitize of linear_212
              degree=zero
            }

            analysis bad_chart {
              implicitize of linear_212
              chart=nosuch
            }
            """;

    static ImplicitizeResult run(String analysis) throws Exception {
        return (ImplicitizeResult) new ImplicitizeAnalysis().run(ModelText.request(MODELS, analysis),
                ProgressMonitor.NULL);
    }

    @Test
    void rankOneMatricesGiveTheDeterminantInJson() throws Exception {
        JsonObject json = run("linear_equations").toJson();
        assertEquals("[\"c1*c4 - c2*c3\"]", json.getAsJsonArray("equations").toString());
        assertEquals("y2:x1", json.getAsJsonArray("coordinates").get(2).getAsJsonObject().get("coordinate")
                .getAsString());
        // a hypersurface in its span whose one equation vanishes identically under the parametrization
        assertTrue(json.get("complete").getAsBoolean(), json.toString());
        assertTrue(json.get("completeness").getAsString().startsWith("proven complete"), json.toString());
        assertTrue(json.get("certified").getAsBoolean());
        assertTrue(json.get("cone").getAsBoolean());
        assertEquals(1, json.get("seed").getAsLong());
    }

    @Test
    void lightningAttentionGivesTheTalksQuarticInTheChosenChart() throws Exception {
        ImplicitizeResult result = run("lightning_quartic");
        JsonObject json = result.toJson();
        JsonArray chart = json.getAsJsonArray("chart");
        assertEquals(6, chart.size());
        assertEquals(6, json.get("spanDimension").getAsInt());
        JsonArray equations = json.getAsJsonArray("equations");
        JsonArray degrees = json.getAsJsonArray("equationDegrees");
        assertEquals(4, degrees.get(degrees.size() - 1).getAsInt());
        assertEquals(1, degrees.asList().stream().filter(d -> d.getAsInt() > 1).count());
        // rename the chart variables c_k to y1..y6 and compare with lsa_quartic
        List<String> names = new ArrayList<>(result.variables());
        for (int i = 0; i < 6; i++) {
            names.set(names.indexOf(chart.get(i).getAsString()), "y" + (i + 1));
        }
        Polynomial found = PolynomialParser.parse(equations.get(equations.size() - 1).getAsString(),
                result.variables());
        Polynomial quartic = PolynomialParser.parse("y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6"
                + " - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5", names);
        assertEquals(quartic, found);
    }

    /**
     * The cone over the twisted cubic has codimension 2 in its span: its three quadrics (the 2×2
     * minors of the Hankel matrix) are verified at points, but no proof of completeness applies.
     */
    @Test
    void equationsOfHigherCodimensionAreVerifiedNotCertified() throws Exception {
        ImplicitizeResult result = run("twisted_cubic_quadrics");
        JsonObject json = result.toJson();
        assertEquals(3, json.getAsJsonArray("equations").size(), json.toString());
        assertEquals(3, json.get("verifiedPoints").getAsInt());
        assertFalse(json.get("complete").getAsBoolean());
        assertFalse(json.get("certified").getAsBoolean());
        assertTrue(json.get("completeness").getAsString().contains("3 equations"), json.toString());
        assertTrue(result.summary().contains("numerical: verified at 3 points; not proven complete ("
                + json.get("completeness").getAsString() + ")"), result.summary().toString());
    }

    @Test
    void badOptionsAreReportedAsBadInput() {
        AnalysisException degree = assertThrows(AnalysisException.class, () -> run("bad_degree"));
        assertEquals(AnalysisException.Kind.BAD_INPUT, degree.kind());
        AnalysisException chart = assertThrows(AnalysisException.class, () -> run("bad_chart"));
        assertTrue(chart.getMessage().contains("nosuch"), chart.getMessage());
    }
}
