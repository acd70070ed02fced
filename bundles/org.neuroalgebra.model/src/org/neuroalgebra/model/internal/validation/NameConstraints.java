// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.HashMap;
import java.util.Map;

import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;

/** Every block needs a name, and names are unique in a file (they are what references use). */
public final class NameConstraints {

    private NameConstraints() {
    }

    public static void check(NeuroalgebraModel model, Problems problems) {
        Map<String, NamedElement> first = new HashMap<>();
        for (NamedElement element : model.getElements()) {
            String name = element.getName();
            if (name == null || name.isEmpty()) {
                problems.error(element, "a " + element.eClass().getName().toLowerCase() + " needs a name"); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            NamedElement previous = first.putIfAbsent(name, element);
            if (previous != null) {
                SourcePosition where = SourceLocation.find(previous, Literals.NAMED_ELEMENT__NAME, 0);
                problems.error(element, Literals.NAMED_ELEMENT__NAME, 0, "duplicate name '" + name + "'" //$NON-NLS-1$ //$NON-NLS-2$
                        + (where == null ? "" : " (first defined at " + where + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }
}
