// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.neuroalgebra.model.NalgPackage#getLayer()
 * @model abstract="true"
 * @generated
 */
public interface Layer extends Commented {
} // Layer
