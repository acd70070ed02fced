// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.model.text.NalgDiagnostic;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/**
 * What the parsers produce besides the model: diagnostics, source locations and the
 * references to resolve once every name of the file is known.
 */
final class ParseContext {

    /** A reference written by name, resolved after the whole file is read. */
    record PendingReference(EObject owner, EReference reference, Token name) {
    }

    private final String location;
    private final List<NalgDiagnostic> errors = new ArrayList<>();
    private final List<PendingReference> references = new ArrayList<>();

    ParseContext(String location) {
        this.location = location;
    }

    void error(SourcePosition position, String message) {
        errors.add(new NalgDiagnostic(location, position, message));
    }

    void error(SyntaxError error) {
        error(error.position(), error.getMessage());
    }

    List<NalgDiagnostic> errors() {
        return errors;
    }

    /** Attaches a source location to a newly parsed object. */
    void locate(EObject object, Token first) {
        object.eAdapters().add(new SourceLocation(first.position()));
    }

    /** Records where a feature value of a located object was written. */
    void locate(EObject object, EStructuralFeature feature, SourcePosition position) {
        SourceLocation location = SourceLocation.get(object);
        if (location != null) {
            location.addFeaturePosition(feature, position);
        }
    }

    void reference(EObject owner, EReference reference, Token name) {
        locate(owner, reference, name.position());
        references.add(new PendingReference(owner, reference, name));
    }

    List<PendingReference> references() {
        return references;
    }
}
