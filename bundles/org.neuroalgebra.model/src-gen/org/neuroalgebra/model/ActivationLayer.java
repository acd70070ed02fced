// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activation Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.ActivationLayer#getPolynomial <em>Polynomial</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getActivationLayer()
 * @model
 * @generated
 */
public interface ActivationLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Polynomial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A univariate polynomial in x with rational coefficients, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polynomial</em>' attribute.
	 * @see #setPolynomial(String)
	 * @see org.neuroalgebra.model.NalgPackage#getActivationLayer_Polynomial()
	 * @model
	 * @generated
	 */
	String getPolynomial();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ActivationLayer#getPolynomial <em>Polynomial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polynomial</em>' attribute.
	 * @see #getPolynomial()
	 * @generated
	 */
	void setPolynomial(String value);

} // ActivationLayer
