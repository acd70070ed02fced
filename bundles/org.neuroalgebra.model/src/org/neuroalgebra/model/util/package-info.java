// SPDX-License-Identifier: EPL-2.0
/**
 * EMF-generated switch and adapter factory of the metamodel (generated into {@code src-gen/}).
 * <p>
 * <b>API status: stable.</b> Generated with the metamodel, it changes when the metamodel does and
 * as compatibly. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.model.util;
