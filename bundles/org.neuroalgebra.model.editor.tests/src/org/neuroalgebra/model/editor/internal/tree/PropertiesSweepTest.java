// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.editor.internal.TestWorkspace;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.model.text.NalgResourceFactory;

/**
 * Every property of every kind of model element, edited through the Properties view as a user
 * does (the row's cell editor gets the value, the sheet entry applies it), then undone, redone
 * and saved. Nothing may be logged as an error on the way (an unhandled event loop exception,
 * such as the old stack overflow, is logged), and the saved file must read back.
 */
class PropertiesSweepTest {

    /** One element of every kind, each property set to something the text syntax can write. */
    private static final String MODEL = """
            # every kind of element
            architecture mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }

            architecture cnn {
              input 6
              conv kernel=3 stride=1 bias=false
            }

            architecture lightning {
              attention d=2 t=2 a=1
            }

            architecture gained {
              input 2
              dense 2 bias=false
              gain c=2
            }

            variety half_circle {
              coordinates x y
              equation x^2 + y^2 - 1 = 0
              inequality y >= 0
            }

            dataset two_points {
              point (0, 1) -> 1
              point (1, 0) -> 2
            }

            dataset cloud {
              random 20 inputs in [-1, 1]^2 seed 7
              targets from mlp seed 11 noise 0.1
            }

            analysis mlp_edd {
              edd of mlp metric random seed 9
            }

            analysis mlp_train {
              train of mlp data cloud seed 12
              steps=200
            }

            sweep widths {
              architecture {
                input 2
                dense [1..2] bias=false
              }
              run dimension seed 3
              timeout 60
            }
            """; //$NON-NLS-1$

    /** Text values for string properties, chosen so that the file still parses. */
    private static final Map<String, String> TEXT = Map.ofEntries(Map.entry("polynomial", "x^3"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("left", "x + y"), Map.entry("right", "1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("low", "-2"), Map.entry("high", "3"), Map.entry("noise", "0.25"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("csvFile", "points.csv"), Map.entry("target", "x1^2"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("lineComment", "a note"), Map.entry("key", "rate"), Map.entry("value", "0.5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            // another installed analysis: the block stays valid text
            Map.entry("kind", "fiber")); //$NON-NLS-1$ //$NON-NLS-2$

    /** Lists of values, as the one-per-line dialog returns them. */
    private static final Map<String, List<String>> LISTS = Map.of("comments", List.of("first note", "second note"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "trailingComments", List.of("closing note"), //$NON-NLS-1$ //$NON-NLS-2$
            "coordinates", List.of("x", "y", "z"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "equations", List.of("x^2 + y^2 - 4 = 0"), //$NON-NLS-1$ //$NON-NLS-2$
            "input", List.of("3", "4"), "output", List.of("5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            // the weights or matrix entries; a random metric ignores them, so the file stays valid
            "entries", List.of("1", "1/2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private TestWorkspace workspace;
    private LayerKindRegistry.Registration gain;
    private IFile file;
    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener errorRecorder = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void createModel() throws Exception {
        gain = LayerKindRegistry.shared().register(new GainKind());
        workspace = new TestWorkspace();
        file = workspace.create("sweep.nalg", MODEL); //$NON-NLS-1$
        Platform.addLogListener(errorRecorder);
    }

    @AfterEach
    void deleteProject() throws Exception {
        Platform.removeLogListener(errorRecorder);
        workspace.close();
        gain.close();
    }

    @Test
    void everyPropertyOfEveryElementKindIsEditedUndoneRedoneAndSaved() throws Exception {
        ModelTreeEditor editor = (ModelTreeEditor) IDE.openEditor(TestWorkspace.page(), file, ModelTreeEditor.ID);
        PropertySheet sheet = (PropertySheet) TestWorkspace.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkspace.page().activate(editor);
        TestWorkspace.processEvents();
        assertTrue(editor.resource().getErrors().isEmpty(), () -> editor.resource().getErrors().toString());

        Set<String> kindsSwept = new TreeSet<>();
        List<String> propertiesSwept = new ArrayList<>();
        List<EObject> elements = new ArrayList<>();
        for (TreeIterator<EObject> all = editor.resource().getAllContents(); all.hasNext();) {
            elements.add(all.next());
        }
        for (EObject element : elements) {
            for (IItemPropertyDescriptor descriptor : descriptors(editor, element)) {
                if (!descriptor.canSetProperty(element)) {
                    // shown, not edited: a contributed layer's keyword and its attribute names
                    continue;
                }
                EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(element);
                String where = element.eClass().getName() + "." + feature.getName(); //$NON-NLS-1$
                sweep(editor, sheet, element, descriptor, feature, where);
                kindsSwept.add(element.eClass().getName());
                propertiesSwept.add(where);
            }
        }

        assertEquals(concreteClasses(), kindsSwept, "every kind of element has had its properties edited");
        assertTrue(propertiesSwept.size() > 50, () -> "swept " + propertiesSwept); //$NON-NLS-1$
        assertTrue(errors.isEmpty(), () -> "errors logged: " + errors); //$NON-NLS-1$
    }

    private void sweep(ModelTreeEditor editor, PropertySheet sheet, EObject element, IItemPropertyDescriptor descriptor,
            EStructuralFeature feature, String where) throws Exception {
        Object before = copy(element.eGet(feature));
        assertFalse(editor.isDirty(), where);

        editor.viewer().setSelection(new StructuredSelection(element), true);
        TestWorkspace.processEvents();
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        PropertySheetEntry entry = entry(tree, descriptor.getDisplayName(element));
        assertNotNull(entry, () -> where + ": no row '" + descriptor.getDisplayName(element) + "' in the Properties view"); //$NON-NLS-1$ //$NON-NLS-2$
        CellEditor cell = entry.getEditor(tree);
        assertNotNull(cell, () -> where + ": the row cannot be edited"); //$NON-NLS-1$

        Object expected = enter(cell, element, feature, where);
        entry.applyEditorValue();
        TestWorkspace.processEvents();
        assertEquals(expected, copy(element.eGet(feature)), where);
        assertTrue(editor.isDirty(), where);

        editor.undoAction().run();
        TestWorkspace.processEvents();
        assertEquals(before, copy(element.eGet(feature)), () -> where + " after undo"); //$NON-NLS-1$
        assertFalse(editor.isDirty(), () -> where + " is clean after undo"); //$NON-NLS-1$
        editor.redoAction().run();
        TestWorkspace.processEvents();
        assertEquals(expected, copy(element.eGet(feature)), () -> where + " after redo"); //$NON-NLS-1$
        assertTrue(editor.isDirty(), where);

        editor.doSave(new NullProgressMonitor());
        TestWorkspace.processEvents();
        assertFalse(editor.isDirty(), () -> where + " is clean after save"); //$NON-NLS-1$
        Resource saved = NalgResourceFactory.register(new ResourceSetImpl())
                .getResource(URI.createFileURI(file.getLocation().toString()), true);
        assertTrue(saved.getErrors().isEmpty(), () -> where + ": the saved file does not read back: " + saved.getErrors()); //$NON-NLS-1$
        assertTrue(errors.isEmpty(), () -> where + ": errors logged: " + errors); //$NON-NLS-1$
    }

    /** Puts a new value into the row's cell editor the way a user's typing or choice does. */
    private static Object enter(CellEditor cell, EObject element, EStructuralFeature feature, String where) {
        Object old = element.eGet(feature);
        if (cell instanceof ComboBoxViewerCellEditor combo) {
            Object choice = otherChoice(combo, old, feature, where);
            combo.setValue(choice);
            return choice;
        }
        if (cell instanceof DialogCellEditor) {
            List<String> values = LISTS.get(feature.getName());
            assertNotNull(values, () -> where + ": no list value chosen for this test"); //$NON-NLS-1$
            cell.setValue(values);
            return values;
        }
        assertTrue(cell.getControl() instanceof Text, () -> where + ": unexpected cell editor " + cell); //$NON-NLS-1$
        Object value = newScalar(feature, old, where);
        cell.setFocus();
        // Text.setText sends the Modify event, as typing does; it runs the cell editor's validator.
        ((Text) cell.getControl()).setText(String.valueOf(value));
        assertTrue(cell.isValueValid(), () -> where + ": " + cell.getErrorMessage());
        return value;
    }

    private static Object newScalar(EStructuralFeature feature, Object old, String where) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == int.class) {
            // 'out' of attention is unset (0) until written; every count here may grow by one.
            return old == null ? 1 : Math.max(1, (Integer) old + 1);
        }
        if (type == long.class) {
            return old == null ? 1L : (Long) old + 1;
        }
        if (feature.getName().equals("name")) { //$NON-NLS-1$
            return old + "_renamed"; //$NON-NLS-1$
        }
        String text = TEXT.get(feature.getName());
        assertNotNull(text, () -> where + ": no text value chosen for this test"); //$NON-NLS-1$
        return text;
    }

    private static Object otherChoice(ComboBoxViewerCellEditor combo, Object old, EStructuralFeature feature,
            String where) {
        Collection<?> choices = (Collection<?>) combo.getViewer().getInput();
        EClassifier type = feature.getEType();
        return choices.stream().filter(Objects::nonNull).filter(choice -> !choice.equals(old))
                .filter(choice -> !(type instanceof EClass eClass) || eClass.isInstance(choice))
                // a reference to an element of the same kind keeps the model meaningful
                .filter(choice -> !(old instanceof EObject was) || ((EObject) choice).eClass() == was.eClass())
                .filter(choice -> !(type instanceof EEnum) || choice != null).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no other choice in " + choices)); //$NON-NLS-1$
    }

    private static PropertySheetEntry entry(Tree tree, String displayName) {
        return entry(tree.getItems(), displayName);
    }

    private static PropertySheetEntry entry(TreeItem[] items, String displayName) {
        for (TreeItem item : items) {
            if (item.getData() instanceof PropertySheetEntry entry) {
                // A reference's row has the referenced object's properties below it: not looked into.
                if (displayName.equals(entry.getDisplayName())) {
                    return entry;
                }
            } else {
                item.setExpanded(true);
                PropertySheetEntry inner = entry(item.getItems(), displayName);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static List<IItemPropertyDescriptor> descriptors(ModelTreeEditor editor, EObject element) {
        var factory = ((AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory();
        IItemPropertySource source = (IItemPropertySource) factory.adapt(element, IItemPropertySource.class);
        return source == null ? List.of() : source.getPropertyDescriptors(element);
    }

    private static Object copy(Object value) {
        return value instanceof Collection<?> list ? List.copyOf(list) : value;
    }

    /** @return the names of the model's concrete classes, the kinds of element a file can hold */
    private static Set<String> concreteClasses() {
        Set<String> names = new TreeSet<>();
        for (EClassifier classifier : NalgPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                names.add(eClass.getName());
            }
        }
        return names;
    }
}
