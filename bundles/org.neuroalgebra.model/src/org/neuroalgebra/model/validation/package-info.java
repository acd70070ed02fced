// SPDX-License-Identifier: EPL-2.0
/**
 * Validation of Neuroalgebra models: an EMF {@link org.eclipse.emf.ecore.EValidator} for the
 * package, and {@link org.neuroalgebra.model.validation.ModelDiagnostics}, which combines syntax
 * errors and constraint violations of a resource into one list of
 * {@code file:line:column: message} problems.
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version; the wording of
 * messages is not API, their {@code file:line:column:} form is. See "The API" in docs/EXTENDING.md
 * for the rules.
 */
package org.neuroalgebra.model.validation;
