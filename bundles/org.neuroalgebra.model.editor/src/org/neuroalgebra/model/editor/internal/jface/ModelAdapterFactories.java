// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.neuroalgebra.model.edit.NalgEditAdapterFactory;

/** Creates the adapter factories the editors show models with. */
public final class ModelAdapterFactories {

    private ModelAdapterFactories() {
    }

    /**
     * @return a new factory for resources, model objects (with readable labels) and, as a
     *         fallback, anything else reflectively; the caller disposes it
     */
    public static ComposedAdapterFactory create() {
        return new ComposedAdapterFactory(new AdapterFactory[] { new ResourceItemProviderAdapterFactory(),
                new NalgEditAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
    }
}
