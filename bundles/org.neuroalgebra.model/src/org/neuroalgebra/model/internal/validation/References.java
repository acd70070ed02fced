// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NamedElement;

/** Helpers for references between blocks: the name written, and dimension agreement. */
final class References {

    private References() {
    }

    /** @return the name a reference was written with, also for an unresolved proxy */
    static String name(EObject owner, EReference reference) {
        EObject target = (EObject) owner.eGet(reference, false);
        if (target == null) {
            return ""; //$NON-NLS-1$
        }
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI().fragment();
        }
        return ((NamedElement) target).getName();
    }

    /** Reports a dataset whose input dimension differs from the architecture's input size. */
    static void checkInputDimension(Problems problems, EObject owner, EReference reference, Dataset dataset,
            Architecture architecture) {
        int data = DatasetConstraints.inputDimension(dataset);
        int network = ArchitectureConstraints.inputDimension(architecture);
        if (data >= 0 && network >= 0 && data != network) {
            problems.error(owner, reference, 0, "dataset '" + dataset.getName() + "' has inputs of dimension " + data //$NON-NLS-1$ //$NON-NLS-2$
                    + ", but architecture '" + architecture.getName() + "' has " + network + " inputs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
