// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.ui.internal.history.Comparison;
import org.neuroalgebra.ui.internal.history.HistoryEntry;

/**
 * Two history entries side by side: their figures in two columns, a row whose values differ marked
 * with "≠" and drawn in bold, and the charts both have overlaid (A's layers then B's).
 */
public class CompareView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.compare"; //$NON-NLS-1$

    private Label header;
    private TableViewer figures;
    private TableColumn left;
    private TableColumn right;
    private ChartTabs charts;
    private Comparison comparison;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("Select two entries in the Results History and choose Compare."); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figures = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        figures.getTable().setHeaderVisible(true);
        figures.getTable().setLinesVisible(true);
        figures.setContentProvider(ArrayContentProvider.getInstance());
        column("", 24, row -> row.differs() ? "≠" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        column("Figure", 200, Comparison.Row::label); //$NON-NLS-1$
        left = column("A", 150, Comparison.Row::left); //$NON-NLS-1$
        right = column("B", 150, Comparison.Row::right); //$NON-NLS-1$
        charts = new ChartTabs(sash);
        charts.show(java.util.List.of(), "Charts of the same kind are overlaid here"); //$NON-NLS-1$
        sash.setWeights(45, 55);
    }

    private TableColumn column(String title, int width, Function<Comparison.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(figures, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Comparison.Row) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((Comparison.Row) element).differs()
                        ? org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT)
                        : null;
            }

            @Override
            public Color getForeground(Object element) {
                return ((Comparison.Row) element).differs()
                        ? figures.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                        : null;
            }
        });
        return column.getColumn();
    }

    /** Shows the comparison of {@code a} and {@code b}; must be called on the display thread. */
    public void compare(HistoryEntry a, HistoryEntry b) {
        comparison = Comparison.of(a.presentation(), b.presentation());
        header.setText("A: " + a.describe() + " — " + a.statusText() + "\nB: " + b.describe() + " — " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + b.statusText() + "\n" + (comparison.hasDifferences() ? "Differences are marked ≠." //$NON-NLS-1$ //$NON-NLS-2$
                        : "All figures agree.")); //$NON-NLS-1$
        left.setText("A (seed " + a.seed() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        right.setText("B (seed " + b.seed() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        figures.setInput(comparison.rows());
        charts.show(comparison.charts(), "The two results have no chart of the same kind"); //$NON-NLS-1$
        header.getParent().layout(true);
    }

    /** @return the comparison on display, or null */
    public Comparison comparison() {
        return comparison;
    }

    /** @return the charts, for tests */
    public ChartTabs charts() {
        return charts;
    }

    @Override
    public void setFocus() {
        figures.getControl().setFocus();
    }
}
