// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commented</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything that may carry comments in the text form. Kept so that the text round-trips.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Commented#getComments <em>Comments</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Commented#getLineComment <em>Line Comment</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getCommented()
 * @model abstract="true"
 * @generated
 */
public interface Commented extends EObject {
	/**
	 * Returns the value of the '<em><b>Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comment lines written before this element, each with its leading '#'; an empty string stands for a blank line between comment lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getCommented_Comments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getComments();

	/**
	 * Returns the value of the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comment at the end of this element's first line, with its leading '#', or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Comment</em>' attribute.
	 * @see #setLineComment(String)
	 * @see org.neuroalgebra.model.NalgPackage#getCommented_LineComment()
	 * @model
	 * @generated
	 */
	String getLineComment();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Commented#getLineComment <em>Line Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Comment</em>' attribute.
	 * @see #getLineComment()
	 * @generated
	 */
	void setLineComment(String value);

} // Commented
