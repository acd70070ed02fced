// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variety</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.Variety#getCoordinates <em>Coordinates</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Variety#getEquations <em>Equations</em>}</li>
 *   <li>{@link org.neuroalgebra.model.Variety#getInequalities <em>Inequalities</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getVariety()
 * @model
 * @generated
 */
public interface Variety extends AnalysisSubject {
	/**
	 * Returns the value of the '<em><b>Coordinates</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinates</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getVariety_Coordinates()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCoordinates();

	/**
	 * Returns the value of the '<em><b>Equations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each equation as written, 'lhs = rhs' (a bare polynomial means 'polynomial = 0').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equations</em>' attribute list.
	 * @see org.neuroalgebra.model.NalgPackage#getVariety_Equations()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEquations();

	/**
	 * Returns the value of the '<em><b>Inequalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.neuroalgebra.model.Inequality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inequalities that cut a semialgebraic set out of the variety, e.g. the upper half of a circle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inequalities</em>' containment reference list.
	 * @see org.neuroalgebra.model.NalgPackage#getVariety_Inequalities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inequality> getInequalities();

} // Variety
