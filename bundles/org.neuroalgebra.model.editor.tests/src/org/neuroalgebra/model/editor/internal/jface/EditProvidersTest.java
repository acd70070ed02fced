// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.TargetsFrom;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.text.NalgResourceFactory;
import org.neuroalgebra.model.text.SourceLocation;

/** The JFace adapters over EMF.Edit: tree content, labels and properties of a small model. */
class EditProvidersTest {

    private static final String TEXT = """
            architecture small {
              input 3
              dense 4
              activation 1/2*x^2 + x
              conv kernel=3 stride=1 bias=false
            }

            variety circle {
              coordinates y1 y2
              equation y1^2 + y2^2 = 1
            }
            """;

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private NeuroalgebraModel model;

    @BeforeEach
    void load() throws Exception {
        adapterFactory = ModelAdapterFactories.create();
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        NalgResourceFactory.register(domain.getResourceSet());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/small.nalg")); //$NON-NLS-1$
        resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);
        model = (NeuroalgebraModel) resource.getContents().get(0);
    }

    @AfterEach
    void dispose() {
        adapterFactory.dispose();
    }

    @Test
    void treeShowsBlocksAndLayersWithTheirTextLabels() {
        EditContentProvider content = new EditContentProvider(adapterFactory);
        EditLabelProvider labels = new EditLabelProvider(adapterFactory);
        try {
            Object[] blocks = content.getElements(model);
            assertEquals(List.of("architecture small", "variety circle"), //$NON-NLS-1$ //$NON-NLS-2$
                    Arrays.stream(blocks).map(labels::getText).toList());
            Object[] layers = content.getChildren(blocks[0]);
            assertEquals(List.of("dense 4 (bias)", "activation 1/2*x^2 + x", "conv kernel=3 stride=1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Arrays.stream(layers).map(labels::getText).toList());
            assertEquals(blocks[0], content.getParent(layers[0]));
            assertNotNull(labels.getImage(layers[0]), "layers have icons");
        } finally {
            content.dispose();
            labels.dispose();
        }
    }

    @Test
    void exampleObjectsAreLabelledAsTheirSourceLinesRead() throws Exception {
        EditLabelProvider labels = new EditLabelProvider(adapterFactory);
        int checked = 0;
        try {
            for (String file : Examples.FILES) {
                List<String> lines;
                try (InputStream in = Examples.url(file).openStream()) {
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                }
                Resource resource = domain.getResourceSet().getResource(URI.createURI(Examples.url(file).toString()),
                        true);
                for (EObject object : (Iterable<EObject>) resource::getAllContents) {
                    boolean wholeLine = object instanceof DataPoint || object instanceof RandomInputs
                            || object instanceof TargetsFrom || object instanceof ActivationLayer;
                    if (wholeLine || object instanceof Metric) {
                        String line = lines.get(SourceLocation.find(object, null, 0).line() - 1).strip();
                        String label = labels.getText(object);
                        // A metric is written within its analysis' line (a seed may follow it).
                        assertTrue(wholeLine ? line.equals(label) : line.contains(label),
                                () -> file + ": " + line + " / " + label); //$NON-NLS-1$ //$NON-NLS-2$
                        checked++;
                    }
                }
            }
        } finally {
            labels.dispose();
        }
        assertTrue(checked > 20, "the examples have points, random inputs, targets, activations and metrics");
    }

    @Test
    void propertySetIsAnUndoableCommand() {
        DenseLayer dense = (DenseLayer) ((Architecture) model.getElements().get(0)).getLayers().get(0);
        IPropertySource source = new EditPropertySourceProvider(adapterFactory).getPropertySource(dense);
        IPropertyDescriptor units = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Units")).findFirst().orElseThrow(); //$NON-NLS-1$

        assertEquals(4, source.getPropertyValue(units.getId()));
        source.setPropertyValue(units.getId(), 8);

        assertEquals(8, dense.getUnits());
        assertTrue(domain.getCommandStack().canUndo(), "the change went through the command stack");
        domain.getCommandStack().undo();
        assertEquals(4, dense.getUnits());
    }

    @Test
    void listPropertiesAreEditedOnePerLineAndSetAsAWhole() {
        Variety circle = (Variety) model.getElements().get(1);
        IPropertySource source = new EditPropertySourceProvider(adapterFactory).getPropertySource(circle);
        IPropertyDescriptor equations = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Equations")).findFirst().orElseThrow(); //$NON-NLS-1$
        Shell shell = new Shell();
        try {
            assertInstanceOf(StringListCellEditor.class, equations.createPropertyEditor(shell));
        } finally {
            shell.dispose();
        }

        List<String> edited = StringListCellEditor.fromText(" y1^2 + y2^2 = 4 \n\n y1 = y2\n"); //$NON-NLS-1$
        assertEquals(List.of("y1^2 + y2^2 = 4", "y1 = y2"), edited); //$NON-NLS-1$ //$NON-NLS-2$
        source.setPropertyValue(equations.getId(), edited);
        assertEquals(edited, circle.getEquations());

        domain.getCommandStack().undo();
        assertEquals(List.of("y1^2 + y2^2 = 1"), circle.getEquations()); //$NON-NLS-1$
        assertEquals("y1^2 + y2^2 = 1", StringListCellEditor.toText(circle.getEquations())); //$NON-NLS-1$
    }

    @Test
    void objectsOutsideTheModelHaveNoPropertySource() {
        assertNull(new EditPropertySourceProvider(adapterFactory).getPropertySource("not a model object")); //$NON-NLS-1$
    }
}
