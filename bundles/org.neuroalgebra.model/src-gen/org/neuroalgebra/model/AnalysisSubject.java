// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an analysis may be about: an architecture or a variety.
 * <!-- end-model-doc -->
 *
 *
 * @see org.neuroalgebra.model.NalgPackage#getAnalysisSubject()
 * @model abstract="true"
 * @generated
 */
public interface AnalysisSubject extends NamedElement {
} // AnalysisSubject
