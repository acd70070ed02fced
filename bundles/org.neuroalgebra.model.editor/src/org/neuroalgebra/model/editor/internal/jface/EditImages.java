// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.jface;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** Turns the image objects of EMF.Edit item providers into SWT images. */
final class EditImages {

    private EditImages() {
    }

    /**
     * @param image
     *            what an item provider returned: a URL of an icon, a composed image (an icon
     *            with overlays, of which only the base icon is drawn here) or a descriptor
     * @param resources
     *            where the image is created and cached
     * @return the image, or null if there is none
     */
    static Image create(Object image, ResourceManager resources) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : resources.create(descriptor);
    }

    private static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            return descriptor(composed.getImages().get(0));
        }
        return null;
    }
}
