// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attention Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lightning self-attention X in R^{d x t} -> sum over heads of V X X^T K^T Q X with K, Q in R^{a x d} and V in R^{out x d}; consecutive attention layers form a stack.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.AttentionLayer#getD <em>D</em>}</li>
 *   <li>{@link org.neuroalgebra.model.AttentionLayer#getT <em>T</em>}</li>
 *   <li>{@link org.neuroalgebra.model.AttentionLayer#getA <em>A</em>}</li>
 *   <li>{@link org.neuroalgebra.model.AttentionLayer#getOut <em>Out</em>}</li>
 *   <li>{@link org.neuroalgebra.model.AttentionLayer#getHeads <em>Heads</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer()
 * @model
 * @generated
 */
public interface AttentionLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>D</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>D</em>' attribute.
	 * @see #setD(int)
	 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer_D()
	 * @model
	 * @generated
	 */
	int getD();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getD <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>D</em>' attribute.
	 * @see #getD()
	 * @generated
	 */
	void setD(int value);

	/**
	 * Returns the value of the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>T</em>' attribute.
	 * @see #setT(int)
	 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer_T()
	 * @model
	 * @generated
	 */
	int getT();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getT <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>T</em>' attribute.
	 * @see #getT()
	 * @generated
	 */
	void setT(int value);

	/**
	 * Returns the value of the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>A</em>' attribute.
	 * @see #setA(int)
	 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer_A()
	 * @model
	 * @generated
	 */
	int getA();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getA <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A</em>' attribute.
	 * @see #getA()
	 * @generated
	 */
	void setA(int value);

	/**
	 * Returns the value of the '<em><b>Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output rows of V; unset means d.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Out</em>' attribute.
	 * @see #isSetOut()
	 * @see #unsetOut()
	 * @see #setOut(int)
	 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer_Out()
	 * @model unsettable="true"
	 * @generated
	 */
	int getOut();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getOut <em>Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out</em>' attribute.
	 * @see #isSetOut()
	 * @see #unsetOut()
	 * @see #getOut()
	 * @generated
	 */
	void setOut(int value);

	/**
	 * Unsets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getOut <em>Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOut()
	 * @see #getOut()
	 * @see #setOut(int)
	 * @generated
	 */
	void unsetOut();

	/**
	 * Returns whether the value of the '{@link org.neuroalgebra.model.AttentionLayer#getOut <em>Out</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Out</em>' attribute is set.
	 * @see #unsetOut()
	 * @see #getOut()
	 * @see #setOut(int)
	 * @generated
	 */
	boolean isSetOut();

	/**
	 * Returns the value of the '<em><b>Heads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of heads, each with its own V, K and Q; their outputs are added.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heads</em>' attribute.
	 * @see #setHeads(int)
	 * @see org.neuroalgebra.model.NalgPackage#getAttentionLayer_Heads()
	 * @model default="1"
	 * @generated
	 */
	int getHeads();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.AttentionLayer#getHeads <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heads</em>' attribute.
	 * @see #getHeads()
	 * @generated
	 */
	void setHeads(int value);

} // AttentionLayer
