// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class LayerImpl extends CommentedImpl implements Layer {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NalgPackage.Literals.LAYER;
	}

} //LayerImpl
