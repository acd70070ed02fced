// SPDX-License-Identifier: EPL-2.0
/**
 * The built-in layer kinds and the OSGi whiteboard of contributed ones.
 */
package org.neuroalgebra.model.internal.layers;
