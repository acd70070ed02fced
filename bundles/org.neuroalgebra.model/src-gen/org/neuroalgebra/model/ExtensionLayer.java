// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extension Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer of a kind contributed by another bundle (see org.neuroalgebra.model.layers): the kind's keyword and the attribute values as written.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neuroalgebra.model.ExtensionLayer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.neuroalgebra.model.ExtensionLayer#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @see org.neuroalgebra.model.NalgPackage#getExtensionLayer()
 * @model
 * @generated
 */
public interface ExtensionLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The keyword of the layer kind, e.g. 'residual'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.neuroalgebra.model.NalgPackage#getExtensionLayer_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.neuroalgebra.model.ExtensionLayer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attribute values in the order written; defaults are not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attributes</em>' map.
	 * @see org.neuroalgebra.model.NalgPackage#getExtensionLayer_Attributes()
	 * @model mapType="org.neuroalgebra.model.LayerAttributeValue&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getAttributes();

} // ExtensionLayer
