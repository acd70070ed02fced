// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.neuroalgebra.model.text.NalgResourceFactory;

/**
 * Makes model files launchable: the debug UI adds its Run As menu to the Project Explorer's
 * context menu only for objects that adapt to {@link ILaunchable}; which shortcuts then appear is
 * decided by their own enablement.
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {

    private static final ILaunchable LAUNCHABLE = new ILaunchable() {
        // a marker: the debug UI only asks whether the adapter exists
    };

    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        if (adapterType == ILaunchable.class && adaptableObject instanceof IFile file && isModel(file)) {
            return adapterType.cast(LAUNCHABLE);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { ILaunchable.class };
    }

    static boolean isModel(IFile file) {
        String extension = file.getFileExtension();
        return NalgResourceFactory.EXTENSION.equals(extension) || NalgResourceFactory.XMI_EXTENSION.equals(extension);
    }
}
