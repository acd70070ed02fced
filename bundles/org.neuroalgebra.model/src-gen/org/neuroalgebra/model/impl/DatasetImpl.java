// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.RandomInputs;
import org.neuroalgebra.model.TargetsFrom;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.DatasetImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.DatasetImpl#getRandomInputs <em>Random Inputs</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.DatasetImpl#getCsvFile <em>Csv File</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.DatasetImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends NamedElementImpl implements Dataset {
	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<DataPoint> points;

	/**
	 * The cached value of the '{@link #getRandomInputs() <em>Random Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomInputs()
	 * @generated
	 * @ordered
	 */
	protected RandomInputs randomInputs;

	/**
	 * The default value of the '{@link #getCsvFile() <em>Csv File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CSV_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCsvFile() <em>Csv File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvFile()
	 * @generated
	 * @ordered
	 */
	protected String csvFile = CSV_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected TargetsFrom targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataPoint> getPoints() {
		if (points == null) {
			points = new EObjectContainmentEList<DataPoint>(DataPoint.class, this, NalgPackage.DATASET__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomInputs getRandomInputs() {
		return randomInputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRandomInputs(RandomInputs newRandomInputs, NotificationChain msgs) {
		RandomInputs oldRandomInputs = randomInputs;
		randomInputs = newRandomInputs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NalgPackage.DATASET__RANDOM_INPUTS, oldRandomInputs, newRandomInputs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomInputs(RandomInputs newRandomInputs) {
		if (newRandomInputs != randomInputs) {
			NotificationChain msgs = null;
			if (randomInputs != null)
				msgs = ((InternalEObject)randomInputs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NalgPackage.DATASET__RANDOM_INPUTS, null, msgs);
			if (newRandomInputs != null)
				msgs = ((InternalEObject)newRandomInputs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NalgPackage.DATASET__RANDOM_INPUTS, null, msgs);
			msgs = basicSetRandomInputs(newRandomInputs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.DATASET__RANDOM_INPUTS, newRandomInputs, newRandomInputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCsvFile() {
		return csvFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsvFile(String newCsvFile) {
		String oldCsvFile = csvFile;
		csvFile = newCsvFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.DATASET__CSV_FILE, oldCsvFile, csvFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetsFrom getTargets() {
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTargets(TargetsFrom newTargets, NotificationChain msgs) {
		TargetsFrom oldTargets = targets;
		targets = newTargets;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NalgPackage.DATASET__TARGETS, oldTargets, newTargets);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargets(TargetsFrom newTargets) {
		if (newTargets != targets) {
			NotificationChain msgs = null;
			if (targets != null)
				msgs = ((InternalEObject)targets).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NalgPackage.DATASET__TARGETS, null, msgs);
			if (newTargets != null)
				msgs = ((InternalEObject)newTargets).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NalgPackage.DATASET__TARGETS, null, msgs);
			msgs = basicSetTargets(newTargets, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.DATASET__TARGETS, newTargets, newTargets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NalgPackage.DATASET__POINTS:
				return ((InternalEList<?>)getPoints()).basicRemove(otherEnd, msgs);
			case NalgPackage.DATASET__RANDOM_INPUTS:
				return basicSetRandomInputs(null, msgs);
			case NalgPackage.DATASET__TARGETS:
				return basicSetTargets(null, msgs);
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
			case NalgPackage.DATASET__POINTS:
				return getPoints();
			case NalgPackage.DATASET__RANDOM_INPUTS:
				return getRandomInputs();
			case NalgPackage.DATASET__CSV_FILE:
				return getCsvFile();
			case NalgPackage.DATASET__TARGETS:
				return getTargets();
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
			case NalgPackage.DATASET__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends DataPoint>)newValue);
				return;
			case NalgPackage.DATASET__RANDOM_INPUTS:
				setRandomInputs((RandomInputs)newValue);
				return;
			case NalgPackage.DATASET__CSV_FILE:
				setCsvFile((String)newValue);
				return;
			case NalgPackage.DATASET__TARGETS:
				setTargets((TargetsFrom)newValue);
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
			case NalgPackage.DATASET__POINTS:
				getPoints().clear();
				return;
			case NalgPackage.DATASET__RANDOM_INPUTS:
				setRandomInputs((RandomInputs)null);
				return;
			case NalgPackage.DATASET__CSV_FILE:
				setCsvFile(CSV_FILE_EDEFAULT);
				return;
			case NalgPackage.DATASET__TARGETS:
				setTargets((TargetsFrom)null);
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
			case NalgPackage.DATASET__POINTS:
				return points != null && !points.isEmpty();
			case NalgPackage.DATASET__RANDOM_INPUTS:
				return randomInputs != null;
			case NalgPackage.DATASET__CSV_FILE:
				return CSV_FILE_EDEFAULT == null ? csvFile != null : !CSV_FILE_EDEFAULT.equals(csvFile);
			case NalgPackage.DATASET__TARGETS:
				return targets != null;
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
		result.append(" (csvFile: ");
		result.append(csvFile);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl
