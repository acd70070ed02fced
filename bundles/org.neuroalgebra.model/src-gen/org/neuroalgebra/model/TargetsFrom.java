// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Targets From</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.TargetsFrom#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.neuroalgebra.model.TargetsFrom#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.neuroalgebra.model.TargetsFrom#getNoise <em>Noise</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getTargetsFrom()
 * @model
 * @generated
 */
public interface TargetsFrom extends Commented {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' reference.
	 * @see #setArchitecture(Architecture)
	 * @see org.neuroalgebra.model.NalgPackage#getTargetsFrom_Architecture()
	 * @model
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.TargetsFrom#getArchitecture <em>Architecture</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' reference.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.neuroalgebra.model.NalgPackage#getTargetsFrom_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.TargetsFrom#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of the Gaussian noise added to the targets, as written; null means no noise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #setNoise(String)
	 * @see org.neuroalgebra.model.NalgPackage#getTargetsFrom_Noise()
	 * @model
	 * @generated
	 */
	String getNoise();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.TargetsFrom#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(String value);

} // TargetsFrom
