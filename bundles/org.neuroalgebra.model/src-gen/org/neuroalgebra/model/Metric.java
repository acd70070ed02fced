// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The quadratic form of a distance: identity, bombieri-weyl, random seed N, data DATASET, kernel K seed N, weights (W1, ..., Wn) or matrix ((Q11, ..., Q1n), ..., (Qn1, ..., Qnn)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Metric#getKind <em>Kind</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Metric#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Metric#getKernelDimension <em>Kernel Dimension</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Metric#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Metric#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getMetric()
 * @model
 * @generated
 */
public interface Metric extends Commented {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.neuroalgebra.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.neuroalgebra.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see org.neuroalgebra.model.NalgPackage#getMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Metric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.neuroalgebra.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.neuroalgebra.model.NalgPackage#getMetric_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Metric#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Kernel Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel Dimension</em>' attribute.
	 * @see #setKernelDimension(int)
	 * @see org.neuroalgebra.model.NalgPackage#getMetric_KernelDimension()
	 * @model
	 * @generated
	 */
	int getKernelDimension();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Metric#getKernelDimension <em>Kernel Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Dimension</em>' attribute.
	 * @see #getKernelDimension()
	 * @generated
	 */
	void setKernelDimension(int value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' reference.
	 * @see #setDataset(Dataset)
	 * @see org.neuroalgebra.model.NalgPackage#getMetric_Dataset()
	 * @model
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Metric#getDataset <em>Dataset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exact rational numbers of weights (one per ambient coordinate) or matrix (n × n, row by row), as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getMetric_Entries()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEntries();

} // Metric
