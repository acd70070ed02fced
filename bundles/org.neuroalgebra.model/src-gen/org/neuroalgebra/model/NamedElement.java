// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.NamedElement#getName <em>Name</em>}</li>
 *   <li>{@link org.neuroalgebra.model.NamedElement#getTrailingComments <em>Trailing Comments</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getNamedElement()
 * @model abstract="true"
 * @generated
 */
public interface NamedElement extends Commented {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.neuroalgebra.model.NalgPackage#getNamedElement_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.NamedElement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Trailing Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comment lines inside the block that are not followed by a nested element (written before the closing brace).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trailing Comments</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getNamedElement_TrailingComments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTrailingComments();

} // NamedElement
