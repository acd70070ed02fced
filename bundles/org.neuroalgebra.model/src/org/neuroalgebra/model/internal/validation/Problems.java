// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * Collects constraint violations as EMF diagnostics. Each diagnostic's data holds the
 * offending object and, when the object was parsed from text, the exact
 * {@link SourcePosition} of the offending value, so that the problem can be shown as
 * {@code file:line:column}.
 */
public final class Problems {

    /** Source of the diagnostics, as EMF expects (the bundle's symbolic name). */
    public static final String SOURCE = "org.neuroalgebra.model"; //$NON-NLS-1$

    private final DiagnosticChain chain;
    private boolean valid = true;

    /**
     * @param chain
     *            where to add diagnostics, or null to only find out whether there are any
     */
    public Problems(DiagnosticChain chain) {
        this.chain = chain;
    }

    /** @return true while no error has been reported (warnings do not count) */
    public boolean isValid() {
        return valid;
    }

    void error(EObject object, EStructuralFeature feature, int index, String message) {
        errorAt(object, SourceLocation.find(object, feature, index), message);
    }

    void error(EObject object, String message) {
        errorAt(object, SourceLocation.find(object, null, 0), message);
    }

    void errorAt(EObject object, SourcePosition position, String message) {
        valid = false;
        add(Diagnostic.ERROR, object, position, message);
    }

    void warning(EObject object, EStructuralFeature feature, int index, String message) {
        add(Diagnostic.WARNING, object, SourceLocation.find(object, feature, index), message);
    }

    private void add(int severity, EObject object, SourcePosition position, String message) {
        if (chain != null) {
            Object[] data = position == null ? new Object[] { object } : new Object[] { object, position };
            chain.add(new BasicDiagnostic(severity, SOURCE, 0, message, data));
        }
    }
}
