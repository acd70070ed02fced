// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Dataset#getPoints <em>Points</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Dataset#getRandomInputs <em>Random Inputs</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Dataset#getCsvFile <em>Csv File</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Dataset#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.neuroalgebra.model.DataPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.neuroalgebra.model.NalgPackage#getDataset_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataPoint> getPoints();

	/**
	 * Returns the value of the '<em><b>Random Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Random Inputs</em>' containment reference.
	 * @see #setRandomInputs(RandomInputs)
	 * @see org.neuroalgebra.model.NalgPackage#getDataset_RandomInputs()
	 * @model containment="true"
	 * @generated
	 */
	RandomInputs getRandomInputs();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Dataset#getRandomInputs <em>Random Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Inputs</em>' containment reference.
	 * @see #getRandomInputs()
	 * @generated
	 */
	void setRandomInputs(RandomInputs value);

	/**
	 * Returns the value of the '<em><b>Csv File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A CSV file of points (inputs then outputs on each row), relative to the model file; null when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Csv File</em>' attribute.
	 * @see #setCsvFile(String)
	 * @see org.neuroalgebra.model.NalgPackage#getDataset_CsvFile()
	 * @model
	 * @generated
	 */
	String getCsvFile();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Dataset#getCsvFile <em>Csv File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csv File</em>' attribute.
	 * @see #getCsvFile()
	 * @generated
	 */
	void setCsvFile(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference.
	 * @see #setTargets(TargetsFrom)
	 * @see org.neuroalgebra.model.NalgPackage#getDataset_Targets()
	 * @model containment="true"
	 * @generated
	 */
	TargetsFrom getTargets();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Dataset#getTargets <em>Targets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Targets</em>' containment reference.
	 * @see #getTargets()
	 * @generated
	 */
	void setTargets(TargetsFrom value);

} // Dataset
