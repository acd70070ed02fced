// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.neuroalgebra.launch.LaunchPreferences;

/**
 * Window &gt; Preferences &gt; Neuroalgebra: the defaults of analysis launches, stored in the
 * instance scope of {@value LaunchPreferences#NODE} where {@link LaunchPreferences} reads them.
 */
public class NeuroalgebraPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.preferences"; //$NON-NLS-1$

    public NeuroalgebraPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LaunchPreferences.NODE));
        setDescription("What analysis launches use when neither the launch configuration nor the model's analysis block says otherwise."); //$NON-NLS-1$
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(getControl(), "org.neuroalgebra.ui.preferencePage"); //$NON-NLS-1$
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        LongFieldEditor seed = new LongFieldEditor(LaunchPreferences.SEED, "Default &seed:", parent, 0, Long.MAX_VALUE); //$NON-NLS-1$
        addField(seed);
        String[][] precisions = { { "Double precision only", "double" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Adaptive: double, double-double where double fails", "adaptive" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "Double-double throughout (slow)", "double-double" } }; //$NON-NLS-1$ //$NON-NLS-2$
        addField(new ComboFieldEditor(LaunchPreferences.PRECISION, "&Precision policy:", precisions, parent)); //$NON-NLS-1$
        IntegerFieldEditor threads = new IntegerFieldEditor(LaunchPreferences.THREADS, "&Threads:", parent); //$NON-NLS-1$
        threads.setValidRange(1, 256);
        addField(threads);
        addField(new LongFieldEditor(LaunchPreferences.TIME_LIMIT, "Time &limit in seconds (0: none):", parent, 0, //$NON-NLS-1$
                Long.MAX_VALUE / 1000));
        addField(new LongFieldEditor(LaunchPreferences.MONOMIAL_LIMIT, "&Monomial limit:", parent, 1, Long.MAX_VALUE)); //$NON-NLS-1$
        addField(new RadioGroupFieldEditor(LaunchPreferences.RESULTS_LOCATION, "Results are &kept", 1, //$NON-NLS-1$
                new String[][] { { "In the project of the model file", LaunchPreferences.RESULTS_IN_PROJECT }, //$NON-NLS-1$
                        { "In the workspace's metadata", LaunchPreferences.RESULTS_IN_WORKSPACE } }, //$NON-NLS-1$
                parent, true));
    }

    /** A whole number in a range, as long (the seed and the limits exceed an int). */
    private static final class LongFieldEditor extends StringFieldEditor {
        private final long min;
        private final long max;

        LongFieldEditor(String name, String label, Composite parent, long min, long max) {
            super(name, label, parent);
            this.min = min;
            this.max = max;
            setEmptyStringAllowed(false);
            setErrorMessage(label.replace("&", "").replace(":", "") + " must be a whole number from " + min + " to " + max); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        }

        @Override
        protected boolean doCheckState() {
            return isInRange();
        }

        private boolean isInRange() {
            try {
                long value = Long.parseLong(getStringValue().trim());
                return value >= min && value <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
