// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Convolution Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.ConvolutionLayer#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.neuroalgebra.model.ConvolutionLayer#getStride <em>Stride</em>}</li>
 *   <li>{@link org.neuroalgebra.model.ConvolutionLayer#isBias <em>Bias</em>}</li>
 *   <li>{@link org.neuroalgebra.model.ConvolutionLayer#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getConvolutionLayer()
 * @model
 * @generated
 */
public interface ConvolutionLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(int)
	 * @see org.neuroalgebra.model.NalgPackage#getConvolutionLayer_Kernel()
	 * @model
	 * @generated
	 */
	int getKernel();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ConvolutionLayer#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(int value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(int)
	 * @see org.neuroalgebra.model.NalgPackage#getConvolutionLayer_Stride()
	 * @model default="1"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ConvolutionLayer#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #getStride()
	 * @generated
	 */
	void setStride(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see org.neuroalgebra.model.NalgPackage#getConvolutionLayer_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ConvolutionLayer#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output channels; each sums one filter per input channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see org.neuroalgebra.model.NalgPackage#getConvolutionLayer_Channels()
	 * @model default="1"
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ConvolutionLayer#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

} // ConvolutionLayer
