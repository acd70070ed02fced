// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.DataPoint#getInput <em>Input</em>}</li>
 *   <li>{@link org.neuroalgebra.model.DataPoint#getOutput <em>Output</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getDataPoint()
 * @model
 * @generated
 */
public interface DataPoint extends Commented {
	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact numbers as written: integers, decimals or fractions such as -3/4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getDataPoint_Input()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getInput();

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getDataPoint_Output()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getOutput();

} // DataPoint
