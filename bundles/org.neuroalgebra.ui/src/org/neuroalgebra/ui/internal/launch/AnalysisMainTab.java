// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.model.AnalysisKind;

/**
 * Chooses the model file and what to run: one of its analysis blocks (or all of them), or an
 * analysis kind applied to a named architecture or variety, with an optional seed. In a
 * configuration type of one analysis the kind is fixed, and "all blocks" means all blocks of it.
 */
public class AnalysisMainTab extends AbstractLaunchConfigurationTab {

    private Text file;
    private Text block;
    private Combo analysis;
    private Text subject;
    private Text seed;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        file = field(composite, "Model file (workspace path or absolute):"); //$NON-NLS-1$
        block = field(composite, "Analysis block (empty: use the fields below; * runs all blocks):"); //$NON-NLS-1$
        new Label(composite, SWT.NONE).setText("Analysis:"); //$NON-NLS-1$
        analysis = new Combo(composite, SWT.READ_ONLY);
        for (AnalysisKind kind : AnalysisKind.VALUES) {
            analysis.add(kind.getLiteral());
        }
        analysis.addModifyListener(e -> changed());
        subject = field(composite, "Architecture or variety:"); //$NON-NLS-1$
        seed = field(composite, "Seed (empty: the model's or the default):"); //$NON-NLS-1$
        setControl(composite);
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(composite, "org.neuroalgebra.ui.launchDialog"); //$NON-NLS-1$
    }

    private Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> changed());
        return text;
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        String fixed = null;
        try {
            fixed = LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier());
        } catch (CoreException e) {
            // no type: the general default
        }
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, fixed != null ? fixed : AnalysisKind.DIMENSION.getLiteral());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
            block.setText(configuration.getAttribute(LaunchAttributes.ANALYSIS_BLOCK, "")); //$NON-NLS-1$
            String fixed = LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier());
            analysis.setText(fixed != null ? fixed
                    : configuration.getAttribute(LaunchAttributes.ANALYSIS_ID, AnalysisKind.DIMENSION.getLiteral()));
            // a configuration type of one analysis fixes it
            analysis.setEnabled(fixed == null);
            subject.setText(configuration.getAttribute(LaunchAttributes.SUBJECT, "")); //$NON-NLS-1$
            seed.setText(configuration.getAttribute(LaunchAttributes.SEED, "")); //$NON-NLS-1$
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(LaunchAttributes.FILE, file.getText().trim());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, block.getText().trim());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, analysis.getText());
        configuration.setAttribute(LaunchAttributes.SUBJECT, subject.getText().trim());
        configuration.setAttribute(LaunchAttributes.SEED, seed.getText().trim());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        if (file.getText().isBlank()) {
            setErrorMessage("Choose a model file"); //$NON-NLS-1$
            return false;
        }
        if (block.getText().isBlank() && subject.getText().isBlank()) {
            setErrorMessage("Name an analysis block or an architecture/variety"); //$NON-NLS-1$
            return false;
        }
        if (!seed.getText().isBlank() && !seed.getText().trim().matches("-?\\d+")) { //$NON-NLS-1$
            setErrorMessage("The seed must be an integer"); //$NON-NLS-1$
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Analysis"; //$NON-NLS-1$
    }
}
