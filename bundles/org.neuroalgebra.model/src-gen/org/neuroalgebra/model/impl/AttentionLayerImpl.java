// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.NalgPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attention Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.AttentionLayerImpl#getD <em>D</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.AttentionLayerImpl#getT <em>T</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.AttentionLayerImpl#getA <em>A</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.AttentionLayerImpl#getOut <em>Out</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.AttentionLayerImpl#getHeads <em>Heads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttentionLayerImpl extends LayerImpl implements AttentionLayer {
	/**
	 * The default value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected static final int D_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected int d = D_EDEFAULT;

	/**
	 * The default value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected static final int T_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected int t = T_EDEFAULT;

	/**
	 * The default value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected static final int A_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected int a = A_EDEFAULT;

	/**
	 * The default value of the '{@link #getOut() <em>Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOut()
	 * @generated
	 * @ordered
	 */
	protected static final int OUT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOut() <em>Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOut()
	 * @generated
	 * @ordered
	 */
	protected int out = OUT_EDEFAULT;

	/**
	 * This is true if the Out attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outESet;

	/**
	 * The default value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected int heads = HEADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttentionLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.ATTENTION_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getD() {
		return d;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setD(int newD) {
		int oldD = d;
		d = newD;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.ATTENTION_LAYER__D, oldD, d));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getT() {
		return t;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setT(int newT) {
		int oldT = t;
		t = newT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.ATTENTION_LAYER__T, oldT, t));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getA() {
		return a;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setA(int newA) {
		int oldA = a;
		a = newA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.ATTENTION_LAYER__A, oldA, a));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOut() {
		return out;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOut(int newOut) {
		int oldOut = out;
		out = newOut;
		boolean oldOutESet = outESet;
		outESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.ATTENTION_LAYER__OUT, oldOut, out, !oldOutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOut() {
		int oldOut = out;
		boolean oldOutESet = outESet;
		out = OUT_EDEFAULT;
		outESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NalgPackage.ATTENTION_LAYER__OUT, oldOut, OUT_EDEFAULT, oldOutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOut() {
		return outESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeads() {
		return heads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeads(int newHeads) {
		int oldHeads = heads;
		heads = newHeads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.ATTENTION_LAYER__HEADS, oldHeads, heads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NalgPackage.ATTENTION_LAYER__D:
				return getD();
			case NalgPackage.ATTENTION_LAYER__T:
				return getT();
			case NalgPackage.ATTENTION_LAYER__A:
				return getA();
			case NalgPackage.ATTENTION_LAYER__OUT:
				return getOut();
			case NalgPackage.ATTENTION_LAYER__HEADS:
				return getHeads();
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
			case NalgPackage.ATTENTION_LAYER__D:
				setD((Integer)newValue);
				return;
			case NalgPackage.ATTENTION_LAYER__T:
				setT((Integer)newValue);
				return;
			case NalgPackage.ATTENTION_LAYER__A:
				setA((Integer)newValue);
				return;
			case NalgPackage.ATTENTION_LAYER__OUT:
				setOut((Integer)newValue);
				return;
			case NalgPackage.ATTENTION_LAYER__HEADS:
				setHeads((Integer)newValue);
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
			case NalgPackage.ATTENTION_LAYER__D:
				setD(D_EDEFAULT);
				return;
			case NalgPackage.ATTENTION_LAYER__T:
				setT(T_EDEFAULT);
				return;
			case NalgPackage.ATTENTION_LAYER__A:
				setA(A_EDEFAULT);
				return;
			case NalgPackage.ATTENTION_LAYER__OUT:
				unsetOut();
				return;
			case NalgPackage.ATTENTION_LAYER__HEADS:
				setHeads(HEADS_EDEFAULT);
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
			case NalgPackage.ATTENTION_LAYER__D:
				return d != D_EDEFAULT;
			case NalgPackage.ATTENTION_LAYER__T:
				return t != T_EDEFAULT;
			case NalgPackage.ATTENTION_LAYER__A:
				return a != A_EDEFAULT;
			case NalgPackage.ATTENTION_LAYER__OUT:
				return isSetOut();
			case NalgPackage.ATTENTION_LAYER__HEADS:
				return heads != HEADS_EDEFAULT;
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
		result.append(" (d: ");
		result.append(d);
		result.append(", t: ");
		result.append(t);
		result.append(", a: ");
		result.append(a);
		result.append(", out: ");
		if (outESet) result.append(out); else result.append("<unset>");
		result.append(", heads: ");
		result.append(heads);
		result.append(')');
		return result.toString();
	}

} //AttentionLayerImpl
