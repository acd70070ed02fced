// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dense Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.DenseLayer#getUnits <em>Units</em>}</li>
 *   <li>{@link org.neuroalgebra.model.DenseLayer#isBias <em>Bias</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getDenseLayer()
 * @model
 * @generated
 */
public interface DenseLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(int)
	 * @see org.neuroalgebra.model.NalgPackage#getDenseLayer_Units()
	 * @model
	 * @generated
	 */
	int getUnits();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.DenseLayer#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see org.neuroalgebra.model.NalgPackage#getDenseLayer_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.DenseLayer#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

} // DenseLayer
