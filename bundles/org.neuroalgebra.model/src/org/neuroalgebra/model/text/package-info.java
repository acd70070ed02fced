// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code .nalg} text language as an EMF {@link org.eclipse.emf.ecore.resource.Resource}:
 * loading parses the text (reporting every syntax error with file, line and column),
 * saving writes the canonical text form, and every parsed object remembers where it was
 * written ({@link org.neuroalgebra.model.text.SourceLocation}).
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version; the text syntax
 * of existing files keeps loading. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.model.text;
