// SPDX-License-Identifier: EPL-2.0
/**
 * Help contents, context help (F1) and the welcome tour, shown in the product's own Help view:
 * the Eclipse help UI needs an embedded browser and a web server the product does not ship
 * (docs/BUILD.md).
 */
package org.neuroalgebra.ui.internal.help;
