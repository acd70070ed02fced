// SPDX-License-Identifier: EPL-2.0
/**
 * Layer kinds: the open set of layers an architecture may contain. A {@link LayerKind} declares
 * its keyword, label, icon and attributes (the text syntax {@code KEYWORD [positional] name=value
 * ...} is derived from them), validates an instance, and gives its parametrization as an
 * algebra {@link org.neuroalgebra.algebra.param.LayerMap}. The built-in layers (dense,
 * activation, conv, attention) are kinds like any other. {@link LayerKindRegistry} holds the
 * installed kinds: the built-ins, the kinds registered as OSGi services, and any registered by
 * hand (tests).
 * <p>
 * <b>API status: provisional.</b> Third-party layer kinds are written against this package; it is
 * new and may still change in a minor version. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.model.layers;
