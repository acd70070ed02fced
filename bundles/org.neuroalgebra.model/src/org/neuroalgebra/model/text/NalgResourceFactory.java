// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.validation.NeuroalgebraValidator;

/**
 * Creates {@link NalgResource}s. In OSGi it is registered for the extension {@value #EXTENSION}
 * by plugin.xml; elsewhere call {@link #register(ResourceSet)}. Creating the factory also
 * registers {@link NeuroalgebraValidator} globally, so that EMF's generic "Validate" actions
 * apply the package's constraints as soon as a model file has been opened.
 */
public class NalgResourceFactory implements Resource.Factory {

    /** File extension of the text form. */
    public static final String EXTENSION = "nalg"; //$NON-NLS-1$

    /** File extension of the XMI form of the same model. */
    public static final String XMI_EXTENSION = "nalgx"; //$NON-NLS-1$

    /** Creates the factory and registers the package's validator. */
    public NalgResourceFactory() {
        NeuroalgebraValidator.register();
    }

    @Override
    public Resource createResource(URI uri) {
        return new NalgResource(uri);
    }

    /**
     * Registers the package and both file forms ({@code .nalg} text, {@code .nalgx} XMI)
     * with a resource set, for use outside OSGi.
     *
     * @param resourceSet
     *            the resource set
     * @return the same resource set
     */
    public static ResourceSet register(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(NalgPackage.eNS_URI, NalgPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new NalgResourceFactory());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(XMI_EXTENSION,
                new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
