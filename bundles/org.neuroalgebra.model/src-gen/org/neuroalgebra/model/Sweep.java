// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A family of architectures written as one template whose values may be choice sets ([1..4], [x^2, x^3]) and whose statements may be repeated (repeat [1..3] { ... }), with the analyses to run on every member (see org.neuroalgebra.model.sweep.SweepMembers).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Sweep#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Sweep#getTemplateLine <em>Template Line</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Sweep#getTemplateColumn <em>Template Column</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Sweep#getTemplateOffset <em>Template Offset</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Sweep#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Sweep#getTimeout <em>Timeout</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The statements of the sweep's architecture { ... } as written: all the text between its braces, line ends, comments and indentation included; null when the sweep has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_Template()
	 * @model
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Sweep#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Template Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 1-based line of the file on which the template starts (at column 1), or 0 when the sweep was not parsed from text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Line</em>' attribute.
	 * @see #setTemplateLine(int)
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_TemplateLine()
	 * @model
	 * @generated
	 */
	int getTemplateLine();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Sweep#getTemplateLine <em>Template Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Line</em>' attribute.
	 * @see #getTemplateLine()
	 * @generated
	 */
	void setTemplateLine(int value);

	/**
	 * Returns the value of the '<em><b>Template Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 1-based column at which the template starts (just after the brace of 'architecture {').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Column</em>' attribute.
	 * @see #setTemplateColumn(int)
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_TemplateColumn()
	 * @model
	 * @generated
	 */
	int getTemplateColumn();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Sweep#getTemplateColumn <em>Template Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Column</em>' attribute.
	 * @see #getTemplateColumn()
	 * @generated
	 */
	void setTemplateColumn(int value);

	/**
	 * Returns the value of the '<em><b>Template Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 0-based character offset in the file at which the template starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Offset</em>' attribute.
	 * @see #setTemplateOffset(int)
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_TemplateOffset()
	 * @model
	 * @generated
	 */
	int getTemplateOffset();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Sweep#getTemplateOffset <em>Template Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Offset</em>' attribute.
	 * @see #getTemplateOffset()
	 * @generated
	 */
	void setTemplateOffset(int value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.neuroalgebra.model.Analysis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analyses to run on each member, in order; their subject is unset (each member gets copies whose subject is its architecture).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Analysis> getRuns();

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time limit in seconds for all runs of one member together; unset means none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout</em>' attribute.
	 * @see #isSetTimeout()
	 * @see #unsetTimeout()
	 * @see #setTimeout(int)
	 * @see org.neuroalgebra.model.NalgPackage#getSweep_Timeout()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTimeout();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.Sweep#getTimeout <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' attribute.
	 * @see #isSetTimeout()
	 * @see #unsetTimeout()
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(int value);

	/**
	 * Unsets the value of the '{@link org.neuroalgebra.model.Sweep#getTimeout <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeout()
	 * @see #getTimeout()
	 * @see #setTimeout(int)
	 * @generated
	 */
	void unsetTimeout();

	/**
	 * Returns whether the value of the '{@link org.neuroalgebra.model.Sweep#getTimeout <em>Timeout</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout</em>' attribute is set.
	 * @see #unsetTimeout()
	 * @see #getTimeout()
	 * @see #setTimeout(int)
	 * @generated
	 */
	boolean isSetTimeout();

} // Sweep
