// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.NeuroalgebraModel;

/** Every parsed object and feature value knows its line, column and offset. */
class SourceLocationTest {

    private static final String TEXT = "architecture m {\n  input 2\n  dense 3\n}\n\ndataset d {\n  point (1, -2/3) -> 0.5\n}\n"; //$NON-NLS-1$

    @Test
    void elementsAndValuesArePositioned() {
        NeuroalgebraModel model = NalgFiles.model(NalgFiles.load("pos.nalg", TEXT)); //$NON-NLS-1$
        Architecture architecture = (Architecture) model.getElements().get(0);
        assertEquals(new SourcePosition(1, 1, 0, 12), SourceLocation.find(architecture, null, 0));
        assertEquals(new SourcePosition(1, 14, 13, 1), SourceLocation.find(architecture, Literals.NAMED_ELEMENT__NAME, 0));
        assertEquals(new SourcePosition(2, 9, 25, 1), SourceLocation.find(architecture, Literals.ARCHITECTURE__INPUT, 0));
        assertEquals(new SourcePosition(3, 3, 29, 5), SourceLocation.find(architecture.getLayers().get(0), null, 0));

        DataPoint point = ((Dataset) model.getElements().get(1)).getPoints().get(0);
        assertEquals(new SourcePosition(7, 13, TEXT.indexOf("-2/3"), 4), //$NON-NLS-1$
                SourceLocation.find(point, Literals.DATA_POINT__INPUT, 1));
        assertEquals(new SourcePosition(7, 22, TEXT.indexOf("0.5"), 3), //$NON-NLS-1$
                SourceLocation.find(point, Literals.DATA_POINT__OUTPUT, 0));
    }

    @Test
    void unknownValuePositionFallsBackToTheElement() {
        NeuroalgebraModel model = NalgFiles.model(NalgFiles.load("pos.nalg", TEXT)); //$NON-NLS-1$
        Architecture architecture = (Architecture) model.getElements().get(0);
        assertEquals(SourceLocation.find(architecture, null, 0),
                SourceLocation.find(architecture, Literals.NAMED_ELEMENT__TRAILING_COMMENTS, 0));
    }

    @Test
    void objectsBuiltInCodeHaveNoLocation() {
        assertNull(SourceLocation.find(NalgFactory.eINSTANCE.createArchitecture(), null, 0));
    }
}
