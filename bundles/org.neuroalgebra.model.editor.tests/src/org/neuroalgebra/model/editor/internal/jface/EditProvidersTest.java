// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.NalgResourceFactory;

/** The JFace adapters over EMF.Edit: tree content, labels and properties of a small model. */
class EditProvidersTest {

    private static final String TEXT = """
            architecture small {
              input 3
              dense 4
              activation 1/2*x^2 + x
              conv kernel=3 stride=1 bias=false
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
            assertEquals(List.of("architecture small"), Arrays.stream(blocks).map(labels::getText).toList()); //$NON-NLS-1$
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
    void objectsOutsideTheModelHaveNoPropertySource() {
        assertNull(new EditPropertySourceProvider(adapterFactory).getPropertySource("not a model object")); //$NON-NLS-1$
    }
}
