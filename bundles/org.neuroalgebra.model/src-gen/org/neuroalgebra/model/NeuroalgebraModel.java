// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Neuroalgebra Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.NeuroalgebraModel#getElements <em>Elements</em>}</li>
 *   <li>{@link org.neuroalgebra.model.NeuroalgebraModel#getTrailingComments <em>Trailing Comments</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getNeuroalgebraModel()
 * @model
 * @generated
 */
public interface NeuroalgebraModel extends Commented {
	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.neuroalgebra.model.NamedElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.neuroalgebra.model.NalgPackage#getNeuroalgebraModel_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedElement> getElements();

	/**
	 * Returns the value of the '<em><b>Trailing Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comment lines after the last element of the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trailing Comments</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getNeuroalgebraModel_TrailingComments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTrailingComments();

} // NeuroalgebraModel
