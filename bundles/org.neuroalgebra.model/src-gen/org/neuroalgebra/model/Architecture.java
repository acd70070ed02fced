// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Architecture#getInput <em>Input</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Architecture#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getArchitecture()
 * @model
 * @generated
 */
public interface Architecture extends AnalysisSubject {
	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The input size d0 (signal length for convolutions); unset for attention, whose input is d x t.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #isSetInput()
	 * @see #unsetInput()
	 * @see #setInput(int)
	 * @see org.neuroalgebra.model.NalgPackage#getArchitecture_Input()
	 * @model unsettable="true"
	 * @generated
	 */
	int getInput();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Architecture#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #isSetInput()
	 * @see #unsetInput()
	 * @see #getInput()
	 * @generated
	 */
	void setInput(int value);

	/**
	 * Unsets the value of the '{@link org.neuroalgebra.model.Architecture#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInput()
	 * @see #getInput()
	 * @see #setInput(int)
	 * @generated
	 */
	void unsetInput();

	/**
	 * Returns whether the value of the '{@link org.neuroalgebra.model.Architecture#getInput <em>Input</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Input</em>' attribute is set.
	 * @see #unsetInput()
	 * @see #getInput()
	 * @see #setInput(int)
	 * @generated
	 */
	boolean isSetInput();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.neuroalgebra.model.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.neuroalgebra.model.NalgPackage#getArchitecture_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // Architecture
