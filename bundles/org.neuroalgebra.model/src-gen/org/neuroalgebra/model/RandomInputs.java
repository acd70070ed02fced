// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Random Inputs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.RandomInputs#getCount <em>Count</em>}</li>
 *   <li>{@link org.neuroalgebra.model.RandomInputs#getLow <em>Low</em>}</li>
 *   <li>{@link org.neuroalgebra.model.RandomInputs#getHigh <em>High</em>}</li>
 *   <li>{@link org.neuroalgebra.model.RandomInputs#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.neuroalgebra.model.RandomInputs#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs()
 * @model
 * @generated
 */
public interface RandomInputs extends Commented {
	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.RandomInputs#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(String)
	 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs_Low()
	 * @model
	 * @generated
	 */
	String getLow();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.RandomInputs#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(String value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(String)
	 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs_High()
	 * @model
	 * @generated
	 */
	String getHigh();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.RandomInputs#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(String value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see #setDimension(int)
	 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs_Dimension()
	 * @model
	 * @generated
	 */
	int getDimension();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.RandomInputs#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.neuroalgebra.model.NalgPackage#getRandomInputs_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.RandomInputs#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // RandomInputs
