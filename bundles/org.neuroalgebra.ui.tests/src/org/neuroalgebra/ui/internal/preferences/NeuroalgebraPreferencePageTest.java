// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.launch.LaunchPreferences;

/** Window > Preferences > Neuroalgebra opens, shows the defaults and stores what the user enters. */
class NeuroalgebraPreferencePageTest {

    private IEclipsePreferences instance;
    private PreferenceDialog dialog;

    @BeforeEach
    void clearPreferences() throws Exception {
        instance = InstanceScope.INSTANCE.getNode(LaunchPreferences.NODE);
        instance.clear();
        dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                NeuroalgebraPreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @AfterEach
    void closeAndClear() throws Exception {
        dialog.close();
        instance.clear();
        instance.flush();
    }

    @Test
    void thePageShowsTheDefaultsAndStoresNewValuesWhereLaunchesReadThem() {
        NeuroalgebraPreferencePage page = (NeuroalgebraPreferencePage) dialog.getSelectedPage();
        assertNotNull(page, "Window > Preferences > Neuroalgebra exists"); //$NON-NLS-1$
        Composite control = (Composite) page.getControl();
        assertEquals("1", field(control, "Default &seed:").getText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("1000000", field(control, "&Monomial limit:").getText()); //$NON-NLS-1$ //$NON-NLS-2$

        type(field(control, "Default &seed:"), "99"); //$NON-NLS-1$ //$NON-NLS-2$
        type(field(control, "&Threads:"), "4"); //$NON-NLS-1$ //$NON-NLS-2$
        type(field(control, "Time &limit in seconds (0: none):"), "600"); //$NON-NLS-1$ //$NON-NLS-2$
        type(field(control, "&Monomial limit:"), "20000"); //$NON-NLS-1$ //$NON-NLS-2$
        Combo precision = find(control, Combo.class, null);
        precision.select(2);
        precision.notifyListeners(SWT.Selection, new Event());
        Button workspace = find(control, Button.class, "In the workspace's metadata"); //$NON-NLS-1$
        find(control, Button.class, "In the project of the model file").setSelection(false); //$NON-NLS-1$
        workspace.setSelection(true);
        workspace.notifyListeners(SWT.Selection, new Event());
        assertTrue(page.isValid());

        assertTrue(page.performOk());

        assertEquals(new LaunchPreferences(99, "double-double", 4, 600, BigInteger.valueOf(20000), "workspace"), //$NON-NLS-1$ //$NON-NLS-2$
                LaunchPreferences.current());
        assertEquals("workspace", instance.get(LaunchPreferences.RESULTS_LOCATION, null), //$NON-NLS-1$
                "results.location is in the instance scope of org.neuroalgebra.launch");
    }

    @Test
    void aSeedThatIsNotANonNegativeIntegerIsRefused() {
        NeuroalgebraPreferencePage page = (NeuroalgebraPreferencePage) dialog.getSelectedPage();
        Composite control = (Composite) page.getControl();
        type(field(control, "Default &seed:"), "-3"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().contains("whole number from 0"), page.getErrorMessage()); //$NON-NLS-1$
        type(field(control, "Default &seed:"), "3"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(page.isValid());
    }

    /** Enters text as typing does: the field editors validate on each key. */
    private static void type(Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.KeyUp, new Event());
    }

    /** @return the text field right after the label with this text */
    private static Text field(Composite parent, String label) {
        Control[] children = parent.getChildren();
        for (int i = 0; i < children.length - 1; i++) {
            if (children[i] instanceof Label found && label.equals(found.getText()) && children[i + 1] instanceof Text text) {
                return text;
            }
            if (children[i] instanceof Composite inner) {
                Text text = fieldOrNull(inner, label);
                if (text != null) {
                    return text;
                }
            }
        }
        throw new AssertionError("no field labelled " + label); //$NON-NLS-1$
    }

    private static Text fieldOrNull(Composite parent, String label) {
        try {
            return field(parent, label);
        } catch (AssertionError e) {
            return null;
        }
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && (text == null || child instanceof Button button && text.equals(button.getText()))) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
