// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.validation.ModelDiagnostics;

/** The example files are valid, canonical (byte-exact round trip) and cover every analysis kind. */
class ExamplesTest {

    static List<String> files() {
        return Examples.FILES;
    }

    private static String read(String file) throws IOException {
        URL url = Examples.url(file);
        return new String(NalgFiles.read(url.openStream()), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("files")
    void exampleIsValidAndCanonical(String file) throws IOException {
        String text = read(file);
        Resource resource = NalgFiles.load(file, text);
        assertEquals(List.of(), ModelDiagnostics.validate(resource));
        assertEquals(text, NalgFiles.save(resource));
        Resource again = NalgFiles.load(file, NalgFiles.save(resource));
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource), NalgFiles.model(again)));
        assertTrue(EcoreUtil.equals(NalgFiles.model(resource),
                NalgFiles.model(XmiEquivalenceTest.throughXmi(NalgFiles.model(resource), file + "x")))); //$NON-NLS-1$
    }

    @Test
    void examplesCoverEveryBuiltInAnalysis() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String file : Examples.FILES) {
            for (NamedElement element : NalgFiles.model(NalgFiles.load(file, read(file))).getElements()) {
                if (element instanceof Analysis analysis) {
                    kinds.add(analysis.getKind());
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("bias", "dimension", "edd", "fiber", "filling", "implicitize", "loss", "membership", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "singular", "train")), kinds); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The README's main job: four dimensions (square, cubic, linear, (2,2,3,4,1) σ = x²) and the quartic's ED degree. */
    @Test
    void talkHoldsTheMainJob() throws IOException {
        NeuroalgebraModel talk = NalgFiles.model(NalgFiles.load(Examples.TALK, read(Examples.TALK)));
        List<Analysis> analyses = talk.getElements().stream().filter(Analysis.class::isInstance).map(Analysis.class::cast)
                .toList();
        List<String> subjects = analyses.stream().filter(a -> "dimension".equals(a.getKind()))
                .map(a -> describe((Architecture) a.getSubject())).toList();
        assertEquals(List.of("2,2,1 x^2", "2,2,1 x^3", "2,1,2", "2,2,3,4,1 x^2"), subjects); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // ... and the ED degree of the lightning quartic with a generic metric (docs/MATHEMATICS.md §6).
        Analysis edd = analyses.get(analyses.size() - 1);
        assertEquals("edd", edd.getKind()); //$NON-NLS-1$
        assertEquals("lsa_quartic", edd.getSubject().getName()); //$NON-NLS-1$
        assertEquals(5, analyses.size());
    }

    private static String describe(Architecture architecture) {
        StringBuilder widths = new StringBuilder().append(architecture.getInput());
        String activation = ""; //$NON-NLS-1$
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof DenseLayer dense) {
                assertTrue(!dense.isBias(), "no biases in the main job"); //$NON-NLS-1$
                widths.append(',').append(dense.getUnits());
            } else if (layer instanceof ActivationLayer sigma) {
                activation = " " + sigma.getPolynomial(); //$NON-NLS-1$
            }
        }
        return widths + activation;
    }

    @Test
    void unknownExampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Examples.url("nosuch.nalg")); //$NON-NLS-1$
    }
}
