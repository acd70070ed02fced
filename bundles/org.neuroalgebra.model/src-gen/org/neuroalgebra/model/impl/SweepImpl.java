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

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgPackage;
import org.neuroalgebra.model.Sweep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getTemplateLine <em>Template Line</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getTemplateColumn <em>Template Column</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getTemplateOffset <em>Template Offset</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.neuroalgebra.model.impl.SweepImpl#getTimeout <em>Timeout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepImpl extends NamedElementImpl implements Sweep {
	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateLine() <em>Template Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateLine()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTemplateLine() <em>Template Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateLine()
	 * @generated
	 * @ordered
	 */
	protected int templateLine = TEMPLATE_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateColumn() <em>Template Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_COLUMN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTemplateColumn() <em>Template Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateColumn()
	 * @generated
	 * @ordered
	 */
	protected int templateColumn = TEMPLATE_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateOffset() <em>Template Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_OFFSET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTemplateOffset() <em>Template Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateOffset()
	 * @generated
	 * @ordered
	 */
	protected int templateOffset = TEMPLATE_OFFSET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Analysis> runs;

	/**
	 * The default value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected int timeout = TIMEOUT_EDEFAULT;

	/**
	 * This is true if the Timeout attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeoutESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.SWEEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.SWEEP__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateLine() {
		return templateLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateLine(int newTemplateLine) {
		int oldTemplateLine = templateLine;
		templateLine = newTemplateLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.SWEEP__TEMPLATE_LINE, oldTemplateLine, templateLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateColumn() {
		return templateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateColumn(int newTemplateColumn) {
		int oldTemplateColumn = templateColumn;
		templateColumn = newTemplateColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.SWEEP__TEMPLATE_COLUMN, oldTemplateColumn, templateColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateOffset() {
		return templateOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateOffset(int newTemplateOffset) {
		int oldTemplateOffset = templateOffset;
		templateOffset = newTemplateOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.SWEEP__TEMPLATE_OFFSET, oldTemplateOffset, templateOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Analysis> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<Analysis>(Analysis.class, this, NalgPackage.SWEEP__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeout() {
		return timeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeout(int newTimeout) {
		int oldTimeout = timeout;
		timeout = newTimeout;
		boolean oldTimeoutESet = timeoutESet;
		timeoutESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NalgPackage.SWEEP__TIMEOUT, oldTimeout, timeout, !oldTimeoutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimeout() {
		int oldTimeout = timeout;
		boolean oldTimeoutESet = timeoutESet;
		timeout = TIMEOUT_EDEFAULT;
		timeoutESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NalgPackage.SWEEP__TIMEOUT, oldTimeout, TIMEOUT_EDEFAULT, oldTimeoutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimeout() {
		return timeoutESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NalgPackage.SWEEP__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
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
			case NalgPackage.SWEEP__TEMPLATE:
				return getTemplate();
			case NalgPackage.SWEEP__TEMPLATE_LINE:
				return getTemplateLine();
			case NalgPackage.SWEEP__TEMPLATE_COLUMN:
				return getTemplateColumn();
			case NalgPackage.SWEEP__TEMPLATE_OFFSET:
				return getTemplateOffset();
			case NalgPackage.SWEEP__RUNS:
				return getRuns();
			case NalgPackage.SWEEP__TIMEOUT:
				return getTimeout();
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
			case NalgPackage.SWEEP__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case NalgPackage.SWEEP__TEMPLATE_LINE:
				setTemplateLine((Integer)newValue);
				return;
			case NalgPackage.SWEEP__TEMPLATE_COLUMN:
				setTemplateColumn((Integer)newValue);
				return;
			case NalgPackage.SWEEP__TEMPLATE_OFFSET:
				setTemplateOffset((Integer)newValue);
				return;
			case NalgPackage.SWEEP__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Analysis>)newValue);
				return;
			case NalgPackage.SWEEP__TIMEOUT:
				setTimeout((Integer)newValue);
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
			case NalgPackage.SWEEP__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case NalgPackage.SWEEP__TEMPLATE_LINE:
				setTemplateLine(TEMPLATE_LINE_EDEFAULT);
				return;
			case NalgPackage.SWEEP__TEMPLATE_COLUMN:
				setTemplateColumn(TEMPLATE_COLUMN_EDEFAULT);
				return;
			case NalgPackage.SWEEP__TEMPLATE_OFFSET:
				setTemplateOffset(TEMPLATE_OFFSET_EDEFAULT);
				return;
			case NalgPackage.SWEEP__RUNS:
				getRuns().clear();
				return;
			case NalgPackage.SWEEP__TIMEOUT:
				unsetTimeout();
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
			case NalgPackage.SWEEP__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case NalgPackage.SWEEP__TEMPLATE_LINE:
				return templateLine != TEMPLATE_LINE_EDEFAULT;
			case NalgPackage.SWEEP__TEMPLATE_COLUMN:
				return templateColumn != TEMPLATE_COLUMN_EDEFAULT;
			case NalgPackage.SWEEP__TEMPLATE_OFFSET:
				return templateOffset != TEMPLATE_OFFSET_EDEFAULT;
			case NalgPackage.SWEEP__RUNS:
				return runs != null && !runs.isEmpty();
			case NalgPackage.SWEEP__TIMEOUT:
				return isSetTimeout();
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
		result.append(" (template: ");
		result.append(template);
		result.append(", templateLine: ");
		result.append(templateLine);
		result.append(", templateColumn: ");
		result.append(templateColumn);
		result.append(", templateOffset: ");
		result.append(templateOffset);
		result.append(", timeout: ");
		if (timeoutESet) result.append(timeout); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SweepImpl
