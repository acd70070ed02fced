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

import org.neuroalgebra.model.Inequality;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.Variety;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variety</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.VarietyImpl#getCoordinates <em>Coordinates</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.VarietyImpl#getEquations <em>Equations</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.VarietyImpl#getInequalities <em>Inequalities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VarietyImpl extends AnalysisSubjectImpl implements Variety {
	/**
	 * The cached value of the '{@link #getCoordinates() <em>Coordinates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinates()
	 * @generated
	 * @ordered
	 */
	protected EList<String> coordinates;

	/**
	 * The cached value of the '{@link #getEquations() <em>Equations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> equations;

	/**
	 * The cached value of the '{@link #getInequalities() <em>Inequalities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInequalities()
	 * @generated
	 * @ordered
	 */
	protected EList<Inequality> inequalities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VarietyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.VARIETY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCoordinates() {
		if (coordinates == null) {
			coordinates = new EDataTypeEList<String>(String.class, this, NalgPackage.VARIETY__COORDINATES);
		}
		return coordinates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEquations() {
		if (equations == null) {
			equations = new EDataTypeEList<String>(String.class, this, NalgPackage.VARIETY__EQUATIONS);
		}
		return equations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inequality> getInequalities() {
		if (inequalities == null) {
			inequalities = new EObjectContainmentEList<Inequality>(Inequality.class, this, NalgPackage.VARIETY__INEQUALITIES);
		}
		return inequalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NalgPackage.VARIETY__INEQUALITIES:
				return ((InternalEList<?>)getInequalities()).basicRemove(otherEnd, msgs);
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
			case NalgPackage.VARIETY__COORDINATES:
				return getCoordinates();
			case NalgPackage.VARIETY__EQUATIONS:
				return getEquations();
			case NalgPackage.VARIETY__INEQUALITIES:
				return getInequalities();
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
			case NalgPackage.VARIETY__COORDINATES:
				getCoordinates().clear();
				getCoordinates().addAll((Collection<? extends String>)newValue);
				return;
			case NalgPackage.VARIETY__EQUATIONS:
				getEquations().clear();
				getEquations().addAll((Collection<? extends String>)newValue);
				return;
			case NalgPackage.VARIETY__INEQUALITIES:
				getInequalities().clear();
				getInequalities().addAll((Collection<? extends Inequality>)newValue);
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
			case NalgPackage.VARIETY__COORDINATES:
				getCoordinates().clear();
				return;
			case NalgPackage.VARIETY__EQUATIONS:
				getEquations().clear();
				return;
			case NalgPackage.VARIETY__INEQUALITIES:
				getInequalities().clear();
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
			case NalgPackage.VARIETY__COORDINATES:
				return coordinates != null && !coordinates.isEmpty();
			case NalgPackage.VARIETY__EQUATIONS:
				return equations != null && !equations.isEmpty();
			case NalgPackage.VARIETY__INEQUALITIES:
				return inequalities != null && !inequalities.isEmpty();
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
		result.append(" (coordinates: ");
		result.append(coordinates);
		result.append(", equations: ");
		result.append(equations);
		result.append(')');
		return result.toString();
	}

} //VarietyImpl
