// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.validation.ModelDiagnostics;
import org.neuroalgebra.model.validation.ModelProblem;

/** The same model saved and loaded as XMI ({@code .nalgx}) equals the text-loaded model. */
class XmiEquivalenceTest {

    /** Saves a copy of the model as XMI and loads it back in a fresh resource set. */
    static Resource throughXmi(NeuroalgebraModel model, String fileName) {
        Resource xmi = NalgFiles.resourceSet().createResource(URI.createURI("memory:/test/" + fileName)); //$NON-NLS-1$
        xmi.getContents().add(EcoreUtil.copy(model));
        String saved = NalgFiles.save(xmi);
        assertTrue(saved.contains("http://www.neuroalgebra.org/model/1.0"), saved); //$NON-NLS-1$
        return NalgFiles.load(fileName, saved.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dslSampleEqualsItsXmiForm() {
        NeuroalgebraModel text = NalgFiles.model(NalgFiles.load("dsl.nalg", NalgRoundTripTest.dslSample())); //$NON-NLS-1$
        Resource xmi = throughXmi(text, "dsl.nalgx"); //$NON-NLS-1$
        assertEquals(List.of(), xmi.getErrors());
        assertTrue(EcoreUtil.equals(text, NalgFiles.model(xmi)));
    }

    @Test
    void xmiModelSerializesToTheSameText() {
        String sample = NalgRoundTripTest.dslSample();
        NeuroalgebraModel text = NalgFiles.model(NalgFiles.load("dsl.nalg", sample)); //$NON-NLS-1$
        Resource xmi = throughXmi(text, "dsl.nalgx"); //$NON-NLS-1$
        Resource asText = NalgFiles.resourceSet().createResource(URI.createURI("memory:/test/again.nalg")); //$NON-NLS-1$
        asText.getContents().add(EcoreUtil.copy(NalgFiles.model(xmi)));
        assertEquals(sample, NalgFiles.save(asText));
    }

    @Test
    void referencesAreSavedByName() {
        NeuroalgebraModel text = NalgFiles.model(NalgFiles.load("refs.nalg", //$NON-NLS-1$
                "architecture m {\n  input 1\n  dense 1\n}\nanalysis a {\n  dimension of m\n}\n")); //$NON-NLS-1$
        Resource xmi = throughXmi(text, "refs.nalgx"); //$NON-NLS-1$
        Analysis analysis = (Analysis) NalgFiles.model(xmi).getElements().get(1);
        assertEquals("m", analysis.getSubject().getName()); //$NON-NLS-1$
        assertTrue(NalgFiles.save(xmi).contains("subject=\"m\""), "the name is the ID"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void validationOfAnXmiModelHasNoLineNumbers() {
        NeuroalgebraModel text = NalgFiles.model(NalgFiles.load("refs.nalg", //$NON-NLS-1$
                "architecture m {\n  input 1\n  dense 1\n}\n" //$NON-NLS-1$
                        + "analysis a {\n  dimension of nosuch\n}\n")); //$NON-NLS-1$
        Resource xmi = throughXmi(text, "refs.nalgx"); //$NON-NLS-1$
        assertEquals(List.of("refs.nalgx: unknown architecture or variety 'nosuch'"), //$NON-NLS-1$
                ModelDiagnostics.validate(xmi).stream().map(ModelProblem::format).toList());
    }
}
