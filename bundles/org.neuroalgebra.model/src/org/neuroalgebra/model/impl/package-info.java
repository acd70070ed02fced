// SPDX-License-Identifier: EPL-2.0
/**
 * EMF-generated implementation classes of the metamodel (generated into {@code src-gen/}).
 * Clients use the interfaces of {@code org.neuroalgebra.model} and {@code NalgFactory}.
 * <p>
 * <b>Not API.</b> Exported for EMF only, with {@code x-internal}: use the interfaces and the
 * factory.
 */
package org.neuroalgebra.model.impl;
