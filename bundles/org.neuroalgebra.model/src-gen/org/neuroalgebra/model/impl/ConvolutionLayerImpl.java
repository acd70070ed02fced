// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.NalgPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Convolution Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConvolutionLayerImpl extends LayerImpl implements ConvolutionLayer {
	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final int KERNEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected int kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected static final int STRIDE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected int stride = STRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConvolutionLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.CONVOLUTION_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(int newKernel) {
		int oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.CONVOLUTION_LAYER__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStride() {
		return stride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStride(int newStride) {
		int oldStride = stride;
		stride = newStride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.CONVOLUTION_LAYER__STRIDE, oldStride, stride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.CONVOLUTION_LAYER__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.CONVOLUTION_LAYER__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NalgPackage.CONVOLUTION_LAYER__KERNEL:
				return getKernel();
			case NalgPackage.CONVOLUTION_LAYER__STRIDE:
				return getStride();
			case NalgPackage.CONVOLUTION_LAYER__BIAS:
				return isBias();
			case NalgPackage.CONVOLUTION_LAYER__CHANNELS:
				return getChannels();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NalgPackage.CONVOLUTION_LAYER__KERNEL:
				setKernel((Integer)newValue);
				return;
			case NalgPackage.CONVOLUTION_LAYER__STRIDE:
				setStride((Integer)newValue);
				return;
			case NalgPackage.CONVOLUTION_LAYER__BIAS:
				setBias((Boolean)newValue);
				return;
			case NalgPackage.CONVOLUTION_LAYER__CHANNELS:
				setChannels((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NalgPackage.CONVOLUTION_LAYER__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case NalgPackage.CONVOLUTION_LAYER__STRIDE:
				setStride(STRIDE_EDEFAULT);
				return;
			case NalgPackage.CONVOLUTION_LAYER__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case NalgPackage.CONVOLUTION_LAYER__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NalgPackage.CONVOLUTION_LAYER__KERNEL:
				return kernel != KERNEL_EDEFAULT;
			case NalgPackage.CONVOLUTION_LAYER__STRIDE:
				return stride != STRIDE_EDEFAULT;
			case NalgPackage.CONVOLUTION_LAYER__BIAS:
				return bias != BIAS_EDEFAULT;
			case NalgPackage.CONVOLUTION_LAYER__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kernel: ");
		result.append(kernel);
		result.append(", stride: ");
		result.append(stride);
		result.append(", bias: ");
		result.append(bias);
		result.append(", channels: ");
		result.append(channels);
		result.append(')');
		return result.toString();
	}

} //ConvolutionLayerImpl
