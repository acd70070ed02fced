// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.text;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.internal.text.ParseContext.PendingReference;

/**
 * Resolves the names written in references once the whole file is read, so blocks may
 * refer to blocks written after them. A name that matches nothing becomes an EMF proxy
 * whose URI fragment is the name (names are the IDs of the model); this keeps the name
 * for the serializer and lets validation report "unknown architecture or variety 'x'"
 * with its position. A name of the wrong kind is a syntax error here.
 */
final class ReferenceResolver {

    private ReferenceResolver() {
    }

    static void resolve(NeuroalgebraModel model, ParseContext context, URI resourceUri) {
        Map<String, NamedElement> byName = new HashMap<>();
        for (NamedElement element : model.getElements()) {
            if (element.getName() != null) {
                byName.putIfAbsent(element.getName(), element);
            }
        }
        for (PendingReference pending : context.references()) {
            String name = pending.name().text();
            EClass type = pending.reference().getEReferenceType();
            NamedElement target = byName.get(name);
            if (target == null) {
                pending.owner().eSet(pending.reference(), proxy(type, resourceUri, name));
            } else if (type.isInstance(target)) {
                pending.owner().eSet(pending.reference(), target);
            } else {
                context.error(pending.name().position(), "'" + name + "' is " + describe(target.eClass()) //$NON-NLS-1$ //$NON-NLS-2$
                        + ", not " + describe(type)); //$NON-NLS-1$
            }
        }
    }

    private static EObject proxy(EClass type, URI resourceUri, String name) {
        // An analysis subject may be an architecture or a variety; any concrete subtype
        // serves as the proxy, since a proxy carries only its URI.
        EClass concrete = type.isAbstract() ? NalgPackage.Literals.ARCHITECTURE : type;
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(concrete);
        URI base = resourceUri == null ? URI.createURI("") : resourceUri; //$NON-NLS-1$
        proxy.eSetProxyURI(base.appendFragment(name));
        return proxy;
    }

    /** @return "an architecture", "a dataset", "an architecture or variety", ... */
    static String describe(EClass type) {
        if (type == NalgPackage.Literals.ANALYSIS_SUBJECT) {
            return "an architecture or variety"; //$NON-NLS-1$
        }
        String word = type.getName().toLowerCase();
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
