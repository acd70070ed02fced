// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.neuroalgebra.model.editor.internal.Messages;

/** Lets the user start a new model from the empty model or one of the example files. */
class TemplatePage extends WizardPage {

    private final List<ModelTemplate> templates;
    private ModelTemplate selected;

    TemplatePage(List<ModelTemplate> templates) {
        super("template"); //$NON-NLS-1$
        this.templates = templates;
        this.selected = templates.get(0);
        setTitle(Messages.TemplatePage_title);
        setDescription(Messages.TemplatePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        Composite tableArea = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 250).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);

        TableViewer viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        addColumn(viewer, layout, Messages.TemplatePage_file, 1, ModelTemplate::fileName);
        addColumn(viewer, layout, Messages.TemplatePage_contents, 3, ModelTemplate::description);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(templates);
        viewer.setSelection(new StructuredSelection(selected));
        viewer.addSelectionChangedListener(event -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof ModelTemplate template) {
                selected = template;
            }
        });
        viewer.addDoubleClickListener(event -> getContainer().showPage(getNextPage()));
        setControl(area);
    }

    private static void addColumn(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            java.util.function.Function<ModelTemplate, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ModelTemplate) element);
            }
        });
    }

    /** @return the chosen template (the empty model until the user chooses) */
    ModelTemplate selected() {
        return selected;
    }

    /** @param template the template to choose, as if the user had clicked it */
    void select(ModelTemplate template) {
        selected = template;
    }
}
