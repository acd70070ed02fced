// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.launch.InstalledAnalyses;
import org.neuroalgebra.launch.LaunchAttributes;

/**
 * Chooses the model file (Browse… in the workspace) and what to run: one of its analysis blocks
 * or all of them ({@code *}), or an installed analysis (listed from the registry) applied to one
 * of the file's architectures or varieties, with the analysis's settings as a form built from
 * its declarations ({@link IAnalysis#settings()}: labelled fields with their defaults shown,
 * help as tooltips, choices as combos) and an optional seed. Values are checked as they are
 * typed, with the same declarations as the command line ({@link LaunchChecks}).
 */
public class AnalysisMainTab extends AbstractLaunchConfigurationTab {

    /**
     * The width fields ask for: small enough that the tab fits the launch dialog at the size it
     * opens with (wider fields were clipped, Browse… cut off); fields grow with the dialog.
     */
    private static final int FIELD_WIDTH = 200;

    private final Map<String, Control> settingFields = new LinkedHashMap<>();
    private Map<String, String> settingValues = new HashMap<>();
    private Text file;
    private Combo block;
    private Combo analysis;
    private Combo subject;
    private Text seed;
    private Group settings;
    private List<IAnalysis> analyses = List.of();
    private ModelOutline outline = ModelOutline.EMPTY;
    private boolean initializing;
    /** the analysis a (hidden, old) type of one analysis fixes, or null */
    private String fixed;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(3, false));
        label(composite, "Model file:"); //$NON-NLS-1$
        file = new Text(composite, SWT.BORDER);
        file.setToolTipText("A workspace path (/project/model.nalg) or an absolute path"); //$NON-NLS-1$
        file.setLayoutData(wide(1));
        file.addModifyListener(e -> {
            outline = ModelOutline.of(file.getText().trim());
            refillFromFile();
            changed();
        });
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText("Browse…"); //$NON-NLS-1$
        browse.addListener(SWT.Selection, e -> browse());

        label(composite, "Block or sweep:"); //$NON-NLS-1$
        block = new Combo(composite, SWT.DROP_DOWN);
        block.setToolTipText("An analysis block or a sweep of the file, * for all of them, or empty to run the analysis chosen below"); //$NON-NLS-1$
        block.setLayoutData(wide(2));
        block.addModifyListener(e -> {
            updateEnablement();
            changed();
        });

        label(composite, "Analysis:"); //$NON-NLS-1$
        analysis = new Combo(composite, SWT.READ_ONLY);
        analysis.setLayoutData(wide(2));
        analyses = installed();
        for (IAnalysis each : analyses) {
            analysis.add(each.id() + " \u2014 " + each.label()); //$NON-NLS-1$
        }
        analysis.setVisibleItemCount(Math.max(1, Math.min(analyses.size(), 15)));
        analysis.addModifyListener(e -> {
            rebuildSettings();
            changed();
        });

        label(composite, "Architecture or variety:"); //$NON-NLS-1$
        subject = new Combo(composite, SWT.DROP_DOWN);
        subject.setLayoutData(wide(2));
        subject.addModifyListener(e -> changed());

        label(composite, "Seed:"); //$NON-NLS-1$
        seed = new Text(composite, SWT.BORDER);
        seed.setMessage("the model's seed, or 1"); //$NON-NLS-1$
        seed.setLayoutData(wide(2));
        seed.addModifyListener(e -> changed());

        settings = new Group(composite, SWT.NONE);
        settings.setText("Settings"); //$NON-NLS-1$
        settings.setLayout(new GridLayout(2, false));
        settings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        setControl(composite);
        org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(composite, "org.neuroalgebra.ui.launchDialog"); //$NON-NLS-1$
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static GridData wide(int span) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = FIELD_WIDTH;
        return data;
    }

    private static List<IAnalysis> installed() {
        try {
            return List.copyOf(InstalledAnalyses.registry().all());
        } catch (CoreException e) {
            return List.of();
        }
    }

    private void browse() {
        FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Choose a model file"); //$NON-NLS-1$
        dialog.setInitialPattern("*.nalg"); //$NON-NLS-1$
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IResource resource) {
            file.setText(resource.getFullPath().toString());
        }
    }

    /** Lists the file's blocks and subjects in the combos, keeping what was typed. */
    private void refillFromFile() {
        String blockText = block.getText();
        block.setItems(outline.blockChoices().toArray(String[]::new));
        block.setText(blockText);
        String subjectText = subject.getText();
        subject.setItems(outline.subjects().toArray(String[]::new));
        subject.setText(subjectText);
        rebuildSettings();
    }

    private void updateEnablement() {
        // a named block, or all of them, says which analysis to run: the combo would mislead
        boolean free = block.getText().isBlank();
        analysis.setEnabled(free && fixed == null);
        subject.setEnabled(free);
        setEnabled(settings, free);
    }

    private static void setEnabled(Composite composite, boolean enabled) {
        composite.setEnabled(enabled);
        for (Control child : composite.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    /** @return the analysis chosen in the combo, if any */
    Optional<IAnalysis> selectedAnalysis() {
        int index = analysis.getSelectionIndex();
        return index < 0 || index >= analyses.size() ? Optional.empty() : Optional.of(analyses.get(index));
    }

    private void selectAnalysis(String id) {
        for (int i = 0; i < analyses.size(); i++) {
            if (analyses.get(i).id().equals(id)) {
                analysis.select(i);
                return;
            }
        }
        analysis.deselectAll();
    }

    /** Builds the form of the selected analysis's declared settings. */
    private void rebuildSettings() {
        if (settings == null) {
            return;
        }
        collectSettingValues();
        for (Control child : settings.getChildren()) {
            child.dispose();
        }
        settingFields.clear();
        Optional<IAnalysis> chosen = selectedAnalysis();
        if (chosen.isEmpty() || chosen.get().settings().isEmpty()) {
            label(settings, chosen.isEmpty() ? "Choose an analysis." : "This analysis has no settings."); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            for (AnalysisSetting setting : chosen.get().settings()) {
                settingFields.put(setting.name(), settingField(setting));
            }
        }
        updateEnablement();
        settings.getParent().layout(true, true);
    }

    private Control settingField(AnalysisSetting setting) {
        Label name = new Label(settings, SWT.NONE);
        name.setText(setting.name() + (setting.required() ? " (required):" : ":")); //$NON-NLS-1$ //$NON-NLS-2$
        String tip = setting.help() + "; " + setting.range() //$NON-NLS-1$
                + (setting.defaultValue() == null ? "" : "; default " + setting.defaultValue()); //$NON-NLS-1$ //$NON-NLS-2$
        name.setToolTipText(tip);
        String value = settingValues.getOrDefault(setting.name(), ""); //$NON-NLS-1$
        Control control;
        List<String> choices = setting.type() == AnalysisSetting.Type.CHOICE ? setting.choices()
                : "dataset".equals(setting.name()) ? outline.datasets() : List.of(); //$NON-NLS-1$
        if (!choices.isEmpty()) {
            Combo combo = new Combo(settings, SWT.DROP_DOWN);
            combo.add(""); //$NON-NLS-1$
            choices.forEach(combo::add);
            combo.setText(value);
            combo.addModifyListener(e -> changed());
            control = combo;
        } else {
            Text text = new Text(settings, SWT.BORDER);
            text.setText(value);
            if (setting.defaultValue() != null && !setting.defaultValue().isEmpty()) {
                text.setMessage("default " + setting.defaultValue()); //$NON-NLS-1$
            }
            text.addModifyListener(e -> changed());
            control = text;
        }
        control.setToolTipText(tip);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = FIELD_WIDTH;
        control.setLayoutData(data);
        return control;
    }

    private static String text(Control control) {
        return control instanceof Text text ? text.getText() : control instanceof Combo combo ? combo.getText() : ""; //$NON-NLS-1$
    }

    private void collectSettingValues() {
        settingFields.forEach((name, control) -> {
            if (!control.isDisposed()) {
                settingValues.put(name, text(control).trim());
            }
        });
    }

    /** @return the values of the chosen analysis's settings that are filled in */
    Map<String, String> settingValues() {
        collectSettingValues();
        Map<String, String> values = new LinkedHashMap<>();
        settingFields.keySet().forEach(name -> {
            String value = settingValues.getOrDefault(name, ""); //$NON-NLS-1$
            if (!value.isBlank()) {
                values.put(name, value);
            }
        });
        return values;
    }

    private void changed() {
        if (initializing) {
            return;
        }
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        LaunchDefaults.fill(configuration, installed());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        initializing = true;
        try {
            fixed = LaunchAttributes.fixedAnalysis(configuration.getType().getIdentifier());
            settingValues = new HashMap<>(configuration.getAttribute(LaunchAttributes.SETTINGS, Map.<String, String> of()));
            settingFields.clear();
            file.setText(configuration.getAttribute(LaunchAttributes.FILE, "")); //$NON-NLS-1$
            block.setText(configuration.getAttribute(LaunchAttributes.ANALYSIS_BLOCK, "")); //$NON-NLS-1$
            selectAnalysis(fixed != null ? fixed : configuration.getAttribute(LaunchAttributes.ANALYSIS_ID, "")); //$NON-NLS-1$
            subject.setText(configuration.getAttribute(LaunchAttributes.SUBJECT, "")); //$NON-NLS-1$
            seed.setText(configuration.getAttribute(LaunchAttributes.SEED, "")); //$NON-NLS-1$
            rebuildSettings();
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        } finally {
            initializing = false;
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(LaunchAttributes.FILE, file.getText().trim());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, block.getText().trim());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, selectedAnalysis().map(IAnalysis::id).orElse("")); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SUBJECT, subject.getText().trim());
        configuration.setAttribute(LaunchAttributes.SEED, seed.getText().trim());
        Map<String, String> values = settingValues();
        configuration.setAttribute(LaunchAttributes.SETTINGS, values.isEmpty() ? null : values);
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        Optional<String> problem = LaunchChecks.problem(file.getText().trim(), block.getText().trim(),
                selectedAnalysis().orElse(null), subject.getText().trim(), seed.getText().trim(), settingValues(),
                registryOrNull());
        problem.ifPresent(this::setErrorMessage);
        return problem.isEmpty();
    }

    private static AnalysisRegistry registryOrNull() {
        try {
            return InstalledAnalyses.registry();
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public String getName() {
        return "Analysis"; //$NON-NLS-1$
    }

    /** For tests: the names of the setting fields shown now. */
    Collection<String> settingNames() {
        return new ArrayList<>(settingFields.keySet());
    }

    /** For tests: whether the analysis combo can be used. */
    boolean analysisEnabled() {
        return analysis.isEnabled();
    }
}
