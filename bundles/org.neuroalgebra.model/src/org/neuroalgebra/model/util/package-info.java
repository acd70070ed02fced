// SPDX-License-Identifier: EPL-2.0
/**
 * EMF-generated switch and adapter factory of the metamodel (generated into {@code src-gen/}).
 */
package org.neuroalgebra.model.util;
