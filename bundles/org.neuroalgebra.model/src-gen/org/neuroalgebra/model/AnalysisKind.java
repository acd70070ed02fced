// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Analysis Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.neuroalgebra.model.NalgPackage#getAnalysisKind()
 * @model
 * @generated
 */
public enum AnalysisKind implements Enumerator {
	/**
	 * The '<em><b>Dimension</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMENSION_VALUE
	 * @generated
	 * @ordered
	 */
	DIMENSION(0, "dimension", "dimension"),

	/**
	 * The '<em><b>Membership</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERSHIP(1, "membership", "membership"),

	/**
	 * The '<em><b>Fiber</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIBER_VALUE
	 * @generated
	 * @ordered
	 */
	FIBER(2, "fiber", "fiber"),

	/**
	 * The '<em><b>Implicitize</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLICITIZE_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLICITIZE(3, "implicitize", "implicitize"),

	/**
	 * The '<em><b>Edd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDD_VALUE
	 * @generated
	 * @ordered
	 */
	EDD(4, "edd", "edd"),

	/**
	 * The '<em><b>Loss</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSS_VALUE
	 * @generated
	 * @ordered
	 */
	LOSS(5, "loss", "loss"),

	/**
	 * The '<em><b>Train</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN_VALUE
	 * @generated
	 * @ordered
	 */
	TRAIN(6, "train", "train"),

	/**
	 * The '<em><b>Singular</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGULAR_VALUE
	 * @generated
	 * @ordered
	 */
	SINGULAR(7, "singular", "singular"),

	/**
	 * The '<em><b>Bias</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIAS_VALUE
	 * @generated
	 * @ordered
	 */
	BIAS(8, "bias", "bias");

	/**
	 * The '<em><b>Dimension</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMENSION
	 * @model name="dimension"
	 * @generated
	 * @ordered
	 */
	public static final int DIMENSION_VALUE = 0;

	/**
	 * The '<em><b>Membership</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBERSHIP
	 * @model name="membership"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERSHIP_VALUE = 1;

	/**
	 * The '<em><b>Fiber</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIBER
	 * @model name="fiber"
	 * @generated
	 * @ordered
	 */
	public static final int FIBER_VALUE = 2;

	/**
	 * The '<em><b>Implicitize</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLICITIZE
	 * @model name="implicitize"
	 * @generated
	 * @ordered
	 */
	public static final int IMPLICITIZE_VALUE = 3;

	/**
	 * The '<em><b>Edd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDD
	 * @model name="edd"
	 * @generated
	 * @ordered
	 */
	public static final int EDD_VALUE = 4;

	/**
	 * The '<em><b>Loss</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOSS
	 * @model name="loss"
	 * @generated
	 * @ordered
	 */
	public static final int LOSS_VALUE = 5;

	/**
	 * The '<em><b>Train</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN
	 * @model name="train"
	 * @generated
	 * @ordered
	 */
	public static final int TRAIN_VALUE = 6;

	/**
	 * The '<em><b>Singular</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGULAR
	 * @model name="singular"
	 * @generated
	 * @ordered
	 */
	public static final int SINGULAR_VALUE = 7;

	/**
	 * The '<em><b>Bias</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIAS
	 * @model name="bias"
	 * @generated
	 * @ordered
	 */
	public static final int BIAS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Analysis Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnalysisKind[] VALUES_ARRAY =
		new AnalysisKind[] {
			DIMENSION,
			MEMBERSHIP,
			FIBER,
			IMPLICITIZE,
			EDD,
			LOSS,
			TRAIN,
			SINGULAR,
			BIAS,
		};

	/**
	 * A public read-only list of all the '<em><b>Analysis Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnalysisKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Analysis Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnalysisKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analysis Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnalysisKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analysis Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisKind get(int value) {
		switch (value) {
			case DIMENSION_VALUE: return DIMENSION;
			case MEMBERSHIP_VALUE: return MEMBERSHIP;
			case FIBER_VALUE: return FIBER;
			case IMPLICITIZE_VALUE: return IMPLICITIZE;
			case EDD_VALUE: return EDD;
			case LOSS_VALUE: return LOSS;
			case TRAIN_VALUE: return TRAIN;
			case SINGULAR_VALUE: return SINGULAR;
			case BIAS_VALUE: return BIAS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AnalysisKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AnalysisKind
