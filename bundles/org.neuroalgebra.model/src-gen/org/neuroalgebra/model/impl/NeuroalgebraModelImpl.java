// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neuroalgebra Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.NeuroalgebraModelImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.NeuroalgebraModelImpl#getTrailingComments <em>Trailing Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeuroalgebraModelImpl extends CommentedImpl implements NeuroalgebraModel {
	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedElement> elements;

	/**
	 * The cached value of the '{@link #getTrailingComments() <em>Trailing Comments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailingComments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> trailingComments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeuroalgebraModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.NEUROALGEBRA_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<NamedElement>(NamedElement.class, this, NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTrailingComments() {
		if (trailingComments == null) {
			trailingComments = new EDataTypeEList<String>(String.class, this, NalgPackage.NEUROALGEBRA_MODEL__TRAILING_COMMENTS);
		}
		return trailingComments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS:
				return getElements();
			case NalgPackage.NEUROALGEBRA_MODEL__TRAILING_COMMENTS:
				return getTrailingComments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends NamedElement>)newValue);
				return;
			case NalgPackage.NEUROALGEBRA_MODEL__TRAILING_COMMENTS:
				getTrailingComments().clear();
				getTrailingComments().addAll((Collection<? extends String>)newValue);
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
			case NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS:
				getElements().clear();
				return;
			case NalgPackage.NEUROALGEBRA_MODEL__TRAILING_COMMENTS:
				getTrailingComments().clear();
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
			case NalgPackage.NEUROALGEBRA_MODEL__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case NalgPackage.NEUROALGEBRA_MODEL__TRAILING_COMMENTS:
				return trailingComments != null && !trailingComments.isEmpty();
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
		result.append(" (trailingComments: ");
		result.append(trailingComments);
		result.append(')');
		return result.toString();
	}

} //NeuroalgebraModelImpl
