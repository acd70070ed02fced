// SPDX-License-Identifier: EPL-2.0
/**
 */
package org.neuroalgebra.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Architectures, varieties, datasets and analysis settings of a .nalg file (see docs/DSL.md).
 * <!-- end-model-doc -->
 * @see org.neuroalgebra.model.NalgFactory
 * @model kind="package"
 * @generated
 */
public interface NalgPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.neuroalgebra.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nalg";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NalgPackage eINSTANCE = org.neuroalgebra.model.impl.NalgPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.CommentedImpl <em>Commented</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.CommentedImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getCommented()
	 * @generated
	 */
	int COMMENTED = 0;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTED__COMMENTS = 0;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTED__LINE_COMMENT = 1;

	/**
	 * The number of structural features of the '<em>Commented</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Commented</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENTED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.NeuroalgebraModelImpl <em>Neuroalgebra Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.NeuroalgebraModelImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getNeuroalgebraModel()
	 * @generated
	 */
	int NEUROALGEBRA_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL__ELEMENTS = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL__TRAILING_COMMENTS = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Neuroalgebra Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Neuroalgebra Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEUROALGEBRA_MODEL_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.NamedElementImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__TRAILING_COMMENTS = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.AnalysisSubjectImpl <em>Analysis Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.AnalysisSubjectImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAnalysisSubject()
	 * @generated
	 */
	int ANALYSIS_SUBJECT = 3;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT__COMMENTS = NAMED_ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT__LINE_COMMENT = NAMED_ELEMENT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT__TRAILING_COMMENTS = NAMED_ELEMENT__TRAILING_COMMENTS;

	/**
	 * The number of structural features of the '<em>Analysis Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Analysis Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SUBJECT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.ArchitectureImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 4;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__COMMENTS = ANALYSIS_SUBJECT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__LINE_COMMENT = ANALYSIS_SUBJECT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__NAME = ANALYSIS_SUBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__TRAILING_COMMENTS = ANALYSIS_SUBJECT__TRAILING_COMMENTS;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__INPUT = ANALYSIS_SUBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE__LAYERS = ANALYSIS_SUBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_FEATURE_COUNT = ANALYSIS_SUBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OPERATION_COUNT = ANALYSIS_SUBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.LayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 5;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.DenseLayerImpl <em>Dense Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.DenseLayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDenseLayer()
	 * @generated
	 */
	int DENSE_LAYER = 6;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER__COMMENTS = LAYER__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER__LINE_COMMENT = LAYER__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER__UNITS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER__BIAS = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dense Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dense Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.ActivationLayerImpl <em>Activation Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.ActivationLayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getActivationLayer()
	 * @generated
	 */
	int ACTIVATION_LAYER = 7;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__COMMENTS = LAYER__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__LINE_COMMENT = LAYER__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Polynomial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__POLYNOMIAL = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl <em>Convolution Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.ConvolutionLayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getConvolutionLayer()
	 * @generated
	 */
	int CONVOLUTION_LAYER = 8;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__COMMENTS = LAYER__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__LINE_COMMENT = LAYER__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__KERNEL = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__STRIDE = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__BIAS = LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER__CHANNELS = LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Convolution Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Convolution Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.AttentionLayerImpl <em>Attention Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.AttentionLayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAttentionLayer()
	 * @generated
	 */
	int ATTENTION_LAYER = 9;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__COMMENTS = LAYER__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__LINE_COMMENT = LAYER__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>D</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__D = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__T = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__A = LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__OUT = LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Heads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER__HEADS = LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Attention Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Attention Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.ExtensionLayerImpl <em>Extension Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.ExtensionLayerImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getExtensionLayer()
	 * @generated
	 */
	int EXTENSION_LAYER = 10;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER__COMMENTS = LAYER__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER__LINE_COMMENT = LAYER__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER__KIND = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER__ATTRIBUTES = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Extension Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Extension Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.LayerAttributeValueImpl <em>Layer Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.LayerAttributeValueImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getLayerAttributeValue()
	 * @generated
	 */
	int LAYER_ATTRIBUTE_VALUE = 11;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_ATTRIBUTE_VALUE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Layer Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Layer Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.VarietyImpl <em>Variety</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.VarietyImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getVariety()
	 * @generated
	 */
	int VARIETY = 12;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__COMMENTS = ANALYSIS_SUBJECT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__LINE_COMMENT = ANALYSIS_SUBJECT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__NAME = ANALYSIS_SUBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__TRAILING_COMMENTS = ANALYSIS_SUBJECT__TRAILING_COMMENTS;

	/**
	 * The feature id for the '<em><b>Coordinates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__COORDINATES = ANALYSIS_SUBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Equations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__EQUATIONS = ANALYSIS_SUBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inequalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY__INEQUALITIES = ANALYSIS_SUBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Variety</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY_FEATURE_COUNT = ANALYSIS_SUBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Variety</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIETY_OPERATION_COUNT = ANALYSIS_SUBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.InequalityImpl <em>Inequality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.InequalityImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getInequality()
	 * @generated
	 */
	int INEQUALITY = 13;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY__LEFT = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY__RELATION = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY__RIGHT = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Inequality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Inequality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INEQUALITY_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.DatasetImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 14;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__COMMENTS = NAMED_ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__LINE_COMMENT = NAMED_ELEMENT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TRAILING_COMMENTS = NAMED_ELEMENT__TRAILING_COMMENTS;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__POINTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Random Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__RANDOM_INPUTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Csv File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CSV_FILE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.DataPointImpl <em>Data Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.DataPointImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDataPoint()
	 * @generated
	 */
	int DATA_POINT = 15;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__INPUT = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__OUTPUT = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Data Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Data Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.RandomInputsImpl <em>Random Inputs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.RandomInputsImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getRandomInputs()
	 * @generated
	 */
	int RANDOM_INPUTS = 16;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__COUNT = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__LOW = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__HIGH = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__DIMENSION = COMMENTED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS__SEED = COMMENTED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Random Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Random Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_INPUTS_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.TargetsFromImpl <em>Targets From</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.TargetsFromImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getTargetsFrom()
	 * @generated
	 */
	int TARGETS_FROM = 17;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM__ARCHITECTURE = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM__SEED = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM__NOISE = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Targets From</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Targets From</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGETS_FROM_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.AnalysisImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 18;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__COMMENTS = NAMED_ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LINE_COMMENT = NAMED_ELEMENT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__TRAILING_COMMENTS = NAMED_ELEMENT__TRAILING_COMMENTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__SUBJECT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__DATASET = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__SEED = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Options</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__OPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.SweepImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 19;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__COMMENTS = NAMED_ELEMENT__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__LINE_COMMENT = NAMED_ELEMENT__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Trailing Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TRAILING_COMMENTS = NAMED_ELEMENT__TRAILING_COMMENTS;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TEMPLATE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TEMPLATE_LINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Template Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TEMPLATE_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Template Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TEMPLATE_OFFSET = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__RUNS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__TIMEOUT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.OptionImpl <em>Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.OptionImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getOption()
	 * @generated
	 */
	int OPTION = 20;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.impl.MetricImpl
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 21;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__COMMENTS = COMMENTED__COMMENTS;

	/**
	 * The feature id for the '<em><b>Line Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__LINE_COMMENT = COMMENTED__LINE_COMMENT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KIND = COMMENTED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__SEED = COMMENTED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kernel Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KERNEL_DIMENSION = COMMENTED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__DATASET = COMMENTED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__ENTRIES = COMMENTED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = COMMENTED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = COMMENTED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.Relation <em>Relation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.Relation
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 22;

	/**
	 * The meta object id for the '{@link org.neuroalgebra.model.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neuroalgebra.model.MetricKind
	 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 23;


	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Commented <em>Commented</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commented</em>'.
	 * @see org.neuroalgebra.model.Commented
	 * @generated
	 */
	EClass getCommented();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.Commented#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comments</em>'.
	 * @see org.neuroalgebra.model.Commented#getComments()
	 * @see #getCommented()
	 * @generated
	 */
	EAttribute getCommented_Comments();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Commented#getLineComment <em>Line Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Comment</em>'.
	 * @see org.neuroalgebra.model.Commented#getLineComment()
	 * @see #getCommented()
	 * @generated
	 */
	EAttribute getCommented_LineComment();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.NeuroalgebraModel <em>Neuroalgebra Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuroalgebra Model</em>'.
	 * @see org.neuroalgebra.model.NeuroalgebraModel
	 * @generated
	 */
	EClass getNeuroalgebraModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neuroalgebra.model.NeuroalgebraModel#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.neuroalgebra.model.NeuroalgebraModel#getElements()
	 * @see #getNeuroalgebraModel()
	 * @generated
	 */
	EReference getNeuroalgebraModel_Elements();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.NeuroalgebraModel#getTrailingComments <em>Trailing Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Trailing Comments</em>'.
	 * @see org.neuroalgebra.model.NeuroalgebraModel#getTrailingComments()
	 * @see #getNeuroalgebraModel()
	 * @generated
	 */
	EAttribute getNeuroalgebraModel_TrailingComments();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.neuroalgebra.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.neuroalgebra.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.NamedElement#getTrailingComments <em>Trailing Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Trailing Comments</em>'.
	 * @see org.neuroalgebra.model.NamedElement#getTrailingComments()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_TrailingComments();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.AnalysisSubject <em>Analysis Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Subject</em>'.
	 * @see org.neuroalgebra.model.AnalysisSubject
	 * @generated
	 */
	EClass getAnalysisSubject();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Architecture</em>'.
	 * @see org.neuroalgebra.model.Architecture
	 * @generated
	 */
	EClass getArchitecture();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Architecture#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.neuroalgebra.model.Architecture#getInput()
	 * @see #getArchitecture()
	 * @generated
	 */
	EAttribute getArchitecture_Input();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neuroalgebra.model.Architecture#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.neuroalgebra.model.Architecture#getLayers()
	 * @see #getArchitecture()
	 * @generated
	 */
	EReference getArchitecture_Layers();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.neuroalgebra.model.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.DenseLayer <em>Dense Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dense Layer</em>'.
	 * @see org.neuroalgebra.model.DenseLayer
	 * @generated
	 */
	EClass getDenseLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.DenseLayer#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.neuroalgebra.model.DenseLayer#getUnits()
	 * @see #getDenseLayer()
	 * @generated
	 */
	EAttribute getDenseLayer_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.DenseLayer#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see org.neuroalgebra.model.DenseLayer#isBias()
	 * @see #getDenseLayer()
	 * @generated
	 */
	EAttribute getDenseLayer_Bias();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.ActivationLayer <em>Activation Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activation Layer</em>'.
	 * @see org.neuroalgebra.model.ActivationLayer
	 * @generated
	 */
	EClass getActivationLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ActivationLayer#getPolynomial <em>Polynomial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polynomial</em>'.
	 * @see org.neuroalgebra.model.ActivationLayer#getPolynomial()
	 * @see #getActivationLayer()
	 * @generated
	 */
	EAttribute getActivationLayer_Polynomial();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.ConvolutionLayer <em>Convolution Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Convolution Layer</em>'.
	 * @see org.neuroalgebra.model.ConvolutionLayer
	 * @generated
	 */
	EClass getConvolutionLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ConvolutionLayer#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.neuroalgebra.model.ConvolutionLayer#getKernel()
	 * @see #getConvolutionLayer()
	 * @generated
	 */
	EAttribute getConvolutionLayer_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ConvolutionLayer#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see org.neuroalgebra.model.ConvolutionLayer#getStride()
	 * @see #getConvolutionLayer()
	 * @generated
	 */
	EAttribute getConvolutionLayer_Stride();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ConvolutionLayer#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see org.neuroalgebra.model.ConvolutionLayer#isBias()
	 * @see #getConvolutionLayer()
	 * @generated
	 */
	EAttribute getConvolutionLayer_Bias();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ConvolutionLayer#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see org.neuroalgebra.model.ConvolutionLayer#getChannels()
	 * @see #getConvolutionLayer()
	 * @generated
	 */
	EAttribute getConvolutionLayer_Channels();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.AttentionLayer <em>Attention Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attention Layer</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer
	 * @generated
	 */
	EClass getAttentionLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.AttentionLayer#getD <em>D</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>D</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer#getD()
	 * @see #getAttentionLayer()
	 * @generated
	 */
	EAttribute getAttentionLayer_D();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.AttentionLayer#getT <em>T</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>T</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer#getT()
	 * @see #getAttentionLayer()
	 * @generated
	 */
	EAttribute getAttentionLayer_T();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.AttentionLayer#getA <em>A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer#getA()
	 * @see #getAttentionLayer()
	 * @generated
	 */
	EAttribute getAttentionLayer_A();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.AttentionLayer#getOut <em>Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer#getOut()
	 * @see #getAttentionLayer()
	 * @generated
	 */
	EAttribute getAttentionLayer_Out();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.AttentionLayer#getHeads <em>Heads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heads</em>'.
	 * @see org.neuroalgebra.model.AttentionLayer#getHeads()
	 * @see #getAttentionLayer()
	 * @generated
	 */
	EAttribute getAttentionLayer_Heads();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.ExtensionLayer <em>Extension Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extension Layer</em>'.
	 * @see org.neuroalgebra.model.ExtensionLayer
	 * @generated
	 */
	EClass getExtensionLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.ExtensionLayer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.neuroalgebra.model.ExtensionLayer#getKind()
	 * @see #getExtensionLayer()
	 * @generated
	 */
	EAttribute getExtensionLayer_Kind();

	/**
	 * Returns the meta object for the map '{@link org.neuroalgebra.model.ExtensionLayer#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Attributes</em>'.
	 * @see org.neuroalgebra.model.ExtensionLayer#getAttributes()
	 * @see #getExtensionLayer()
	 * @generated
	 */
	EReference getExtensionLayer_Attributes();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Layer Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Attribute Value</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getLayerAttributeValue();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getLayerAttributeValue()
	 * @generated
	 */
	EAttribute getLayerAttributeValue_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getLayerAttributeValue()
	 * @generated
	 */
	EAttribute getLayerAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Variety <em>Variety</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variety</em>'.
	 * @see org.neuroalgebra.model.Variety
	 * @generated
	 */
	EClass getVariety();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.Variety#getCoordinates <em>Coordinates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Coordinates</em>'.
	 * @see org.neuroalgebra.model.Variety#getCoordinates()
	 * @see #getVariety()
	 * @generated
	 */
	EAttribute getVariety_Coordinates();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.Variety#getEquations <em>Equations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Equations</em>'.
	 * @see org.neuroalgebra.model.Variety#getEquations()
	 * @see #getVariety()
	 * @generated
	 */
	EAttribute getVariety_Equations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neuroalgebra.model.Variety#getInequalities <em>Inequalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inequalities</em>'.
	 * @see org.neuroalgebra.model.Variety#getInequalities()
	 * @see #getVariety()
	 * @generated
	 */
	EReference getVariety_Inequalities();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Inequality <em>Inequality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inequality</em>'.
	 * @see org.neuroalgebra.model.Inequality
	 * @generated
	 */
	EClass getInequality();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Inequality#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Left</em>'.
	 * @see org.neuroalgebra.model.Inequality#getLeft()
	 * @see #getInequality()
	 * @generated
	 */
	EAttribute getInequality_Left();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Inequality#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see org.neuroalgebra.model.Inequality#getRelation()
	 * @see #getInequality()
	 * @generated
	 */
	EAttribute getInequality_Relation();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Inequality#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Right</em>'.
	 * @see org.neuroalgebra.model.Inequality#getRight()
	 * @see #getInequality()
	 * @generated
	 */
	EAttribute getInequality_Right();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.neuroalgebra.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neuroalgebra.model.Dataset#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.neuroalgebra.model.Dataset#getPoints()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Points();

	/**
	 * Returns the meta object for the containment reference '{@link org.neuroalgebra.model.Dataset#getRandomInputs <em>Random Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Random Inputs</em>'.
	 * @see org.neuroalgebra.model.Dataset#getRandomInputs()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_RandomInputs();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Dataset#getCsvFile <em>Csv File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csv File</em>'.
	 * @see org.neuroalgebra.model.Dataset#getCsvFile()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_CsvFile();

	/**
	 * Returns the meta object for the containment reference '{@link org.neuroalgebra.model.Dataset#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Targets</em>'.
	 * @see org.neuroalgebra.model.Dataset#getTargets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Targets();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.DataPoint <em>Data Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Point</em>'.
	 * @see org.neuroalgebra.model.DataPoint
	 * @generated
	 */
	EClass getDataPoint();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.DataPoint#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Input</em>'.
	 * @see org.neuroalgebra.model.DataPoint#getInput()
	 * @see #getDataPoint()
	 * @generated
	 */
	EAttribute getDataPoint_Input();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.DataPoint#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Output</em>'.
	 * @see org.neuroalgebra.model.DataPoint#getOutput()
	 * @see #getDataPoint()
	 * @generated
	 */
	EAttribute getDataPoint_Output();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.RandomInputs <em>Random Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Random Inputs</em>'.
	 * @see org.neuroalgebra.model.RandomInputs
	 * @generated
	 */
	EClass getRandomInputs();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.RandomInputs#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.neuroalgebra.model.RandomInputs#getCount()
	 * @see #getRandomInputs()
	 * @generated
	 */
	EAttribute getRandomInputs_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.RandomInputs#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.neuroalgebra.model.RandomInputs#getLow()
	 * @see #getRandomInputs()
	 * @generated
	 */
	EAttribute getRandomInputs_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.RandomInputs#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.neuroalgebra.model.RandomInputs#getHigh()
	 * @see #getRandomInputs()
	 * @generated
	 */
	EAttribute getRandomInputs_High();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.RandomInputs#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see org.neuroalgebra.model.RandomInputs#getDimension()
	 * @see #getRandomInputs()
	 * @generated
	 */
	EAttribute getRandomInputs_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.RandomInputs#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.neuroalgebra.model.RandomInputs#getSeed()
	 * @see #getRandomInputs()
	 * @generated
	 */
	EAttribute getRandomInputs_Seed();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.TargetsFrom <em>Targets From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Targets From</em>'.
	 * @see org.neuroalgebra.model.TargetsFrom
	 * @generated
	 */
	EClass getTargetsFrom();

	/**
	 * Returns the meta object for the reference '{@link org.neuroalgebra.model.TargetsFrom#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Architecture</em>'.
	 * @see org.neuroalgebra.model.TargetsFrom#getArchitecture()
	 * @see #getTargetsFrom()
	 * @generated
	 */
	EReference getTargetsFrom_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.TargetsFrom#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.neuroalgebra.model.TargetsFrom#getSeed()
	 * @see #getTargetsFrom()
	 * @generated
	 */
	EAttribute getTargetsFrom_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.TargetsFrom#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.neuroalgebra.model.TargetsFrom#getNoise()
	 * @see #getTargetsFrom()
	 * @generated
	 */
	EAttribute getTargetsFrom_Noise();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.neuroalgebra.model.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Analysis#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.neuroalgebra.model.Analysis#getKind()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.neuroalgebra.model.Analysis#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.neuroalgebra.model.Analysis#getSubject()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Analysis#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.neuroalgebra.model.Analysis#getTarget()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.neuroalgebra.model.Analysis#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metric</em>'.
	 * @see org.neuroalgebra.model.Analysis#getMetric()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Metric();

	/**
	 * Returns the meta object for the reference '{@link org.neuroalgebra.model.Analysis#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.neuroalgebra.model.Analysis#getDataset()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Dataset();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Analysis#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.neuroalgebra.model.Analysis#getSeed()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Seed();

	/**
	 * Returns the meta object for the map '{@link org.neuroalgebra.model.Analysis#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Options</em>'.
	 * @see org.neuroalgebra.model.Analysis#getOptions()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Options();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.neuroalgebra.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Sweep#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.neuroalgebra.model.Sweep#getTemplate()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Sweep#getTemplateLine <em>Template Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Line</em>'.
	 * @see org.neuroalgebra.model.Sweep#getTemplateLine()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_TemplateLine();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Sweep#getTemplateColumn <em>Template Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Column</em>'.
	 * @see org.neuroalgebra.model.Sweep#getTemplateColumn()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_TemplateColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Sweep#getTemplateOffset <em>Template Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Offset</em>'.
	 * @see org.neuroalgebra.model.Sweep#getTemplateOffset()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_TemplateOffset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neuroalgebra.model.Sweep#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.neuroalgebra.model.Sweep#getRuns()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Runs();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Sweep#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see org.neuroalgebra.model.Sweep#getTimeout()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Timeout();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getOption();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Value();

	/**
	 * Returns the meta object for class '{@link org.neuroalgebra.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.neuroalgebra.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Metric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.neuroalgebra.model.Metric#getKind()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Metric#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.neuroalgebra.model.Metric#getSeed()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.neuroalgebra.model.Metric#getKernelDimension <em>Kernel Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Dimension</em>'.
	 * @see org.neuroalgebra.model.Metric#getKernelDimension()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_KernelDimension();

	/**
	 * Returns the meta object for the reference '{@link org.neuroalgebra.model.Metric#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dataset</em>'.
	 * @see org.neuroalgebra.model.Metric#getDataset()
	 * @see #getMetric()
	 * @generated
	 */
	EReference getMetric_Dataset();

	/**
	 * Returns the meta object for the attribute list '{@link org.neuroalgebra.model.Metric#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Entries</em>'.
	 * @see org.neuroalgebra.model.Metric#getEntries()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Entries();

	/**
	 * Returns the meta object for enum '{@link org.neuroalgebra.model.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation</em>'.
	 * @see org.neuroalgebra.model.Relation
	 * @generated
	 */
	EEnum getRelation();

	/**
	 * Returns the meta object for enum '{@link org.neuroalgebra.model.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.neuroalgebra.model.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NalgFactory getNalgFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.CommentedImpl <em>Commented</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.CommentedImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getCommented()
		 * @generated
		 */
		EClass COMMENTED = eINSTANCE.getCommented();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTED__COMMENTS = eINSTANCE.getCommented_Comments();

		/**
		 * The meta object literal for the '<em><b>Line Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENTED__LINE_COMMENT = eINSTANCE.getCommented_LineComment();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.NeuroalgebraModelImpl <em>Neuroalgebra Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.NeuroalgebraModelImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getNeuroalgebraModel()
		 * @generated
		 */
		EClass NEUROALGEBRA_MODEL = eINSTANCE.getNeuroalgebraModel();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEUROALGEBRA_MODEL__ELEMENTS = eINSTANCE.getNeuroalgebraModel_Elements();

		/**
		 * The meta object literal for the '<em><b>Trailing Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEUROALGEBRA_MODEL__TRAILING_COMMENTS = eINSTANCE.getNeuroalgebraModel_TrailingComments();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.NamedElementImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Trailing Comments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__TRAILING_COMMENTS = eINSTANCE.getNamedElement_TrailingComments();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.AnalysisSubjectImpl <em>Analysis Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.AnalysisSubjectImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAnalysisSubject()
		 * @generated
		 */
		EClass ANALYSIS_SUBJECT = eINSTANCE.getAnalysisSubject();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.ArchitectureImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getArchitecture()
		 * @generated
		 */
		EClass ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHITECTURE__INPUT = eINSTANCE.getArchitecture_Input();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHITECTURE__LAYERS = eINSTANCE.getArchitecture_Layers();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.LayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.DenseLayerImpl <em>Dense Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.DenseLayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDenseLayer()
		 * @generated
		 */
		EClass DENSE_LAYER = eINSTANCE.getDenseLayer();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENSE_LAYER__UNITS = eINSTANCE.getDenseLayer_Units();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENSE_LAYER__BIAS = eINSTANCE.getDenseLayer_Bias();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.ActivationLayerImpl <em>Activation Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.ActivationLayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getActivationLayer()
		 * @generated
		 */
		EClass ACTIVATION_LAYER = eINSTANCE.getActivationLayer();

		/**
		 * The meta object literal for the '<em><b>Polynomial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION_LAYER__POLYNOMIAL = eINSTANCE.getActivationLayer_Polynomial();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.ConvolutionLayerImpl <em>Convolution Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.ConvolutionLayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getConvolutionLayer()
		 * @generated
		 */
		EClass CONVOLUTION_LAYER = eINSTANCE.getConvolutionLayer();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION_LAYER__KERNEL = eINSTANCE.getConvolutionLayer_Kernel();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION_LAYER__STRIDE = eINSTANCE.getConvolutionLayer_Stride();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION_LAYER__BIAS = eINSTANCE.getConvolutionLayer_Bias();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION_LAYER__CHANNELS = eINSTANCE.getConvolutionLayer_Channels();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.AttentionLayerImpl <em>Attention Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.AttentionLayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAttentionLayer()
		 * @generated
		 */
		EClass ATTENTION_LAYER = eINSTANCE.getAttentionLayer();

		/**
		 * The meta object literal for the '<em><b>D</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION_LAYER__D = eINSTANCE.getAttentionLayer_D();

		/**
		 * The meta object literal for the '<em><b>T</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION_LAYER__T = eINSTANCE.getAttentionLayer_T();

		/**
		 * The meta object literal for the '<em><b>A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION_LAYER__A = eINSTANCE.getAttentionLayer_A();

		/**
		 * The meta object literal for the '<em><b>Out</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION_LAYER__OUT = eINSTANCE.getAttentionLayer_Out();

		/**
		 * The meta object literal for the '<em><b>Heads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION_LAYER__HEADS = eINSTANCE.getAttentionLayer_Heads();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.ExtensionLayerImpl <em>Extension Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.ExtensionLayerImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getExtensionLayer()
		 * @generated
		 */
		EClass EXTENSION_LAYER = eINSTANCE.getExtensionLayer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_LAYER__KIND = eINSTANCE.getExtensionLayer_Kind();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION_LAYER__ATTRIBUTES = eINSTANCE.getExtensionLayer_Attributes();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.LayerAttributeValueImpl <em>Layer Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.LayerAttributeValueImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getLayerAttributeValue()
		 * @generated
		 */
		EClass LAYER_ATTRIBUTE_VALUE = eINSTANCE.getLayerAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_ATTRIBUTE_VALUE__KEY = eINSTANCE.getLayerAttributeValue_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_ATTRIBUTE_VALUE__VALUE = eINSTANCE.getLayerAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.VarietyImpl <em>Variety</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.VarietyImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getVariety()
		 * @generated
		 */
		EClass VARIETY = eINSTANCE.getVariety();

		/**
		 * The meta object literal for the '<em><b>Coordinates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIETY__COORDINATES = eINSTANCE.getVariety_Coordinates();

		/**
		 * The meta object literal for the '<em><b>Equations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIETY__EQUATIONS = eINSTANCE.getVariety_Equations();

		/**
		 * The meta object literal for the '<em><b>Inequalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIETY__INEQUALITIES = eINSTANCE.getVariety_Inequalities();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.InequalityImpl <em>Inequality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.InequalityImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getInequality()
		 * @generated
		 */
		EClass INEQUALITY = eINSTANCE.getInequality();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INEQUALITY__LEFT = eINSTANCE.getInequality_Left();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INEQUALITY__RELATION = eINSTANCE.getInequality_Relation();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INEQUALITY__RIGHT = eINSTANCE.getInequality_Right();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.DatasetImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__POINTS = eINSTANCE.getDataset_Points();

		/**
		 * The meta object literal for the '<em><b>Random Inputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__RANDOM_INPUTS = eINSTANCE.getDataset_RandomInputs();

		/**
		 * The meta object literal for the '<em><b>Csv File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__CSV_FILE = eINSTANCE.getDataset_CsvFile();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__TARGETS = eINSTANCE.getDataset_Targets();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.DataPointImpl <em>Data Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.DataPointImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getDataPoint()
		 * @generated
		 */
		EClass DATA_POINT = eINSTANCE.getDataPoint();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_POINT__INPUT = eINSTANCE.getDataPoint_Input();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_POINT__OUTPUT = eINSTANCE.getDataPoint_Output();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.RandomInputsImpl <em>Random Inputs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.RandomInputsImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getRandomInputs()
		 * @generated
		 */
		EClass RANDOM_INPUTS = eINSTANCE.getRandomInputs();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_INPUTS__COUNT = eINSTANCE.getRandomInputs_Count();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_INPUTS__LOW = eINSTANCE.getRandomInputs_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_INPUTS__HIGH = eINSTANCE.getRandomInputs_High();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_INPUTS__DIMENSION = eINSTANCE.getRandomInputs_Dimension();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_INPUTS__SEED = eINSTANCE.getRandomInputs_Seed();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.TargetsFromImpl <em>Targets From</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.TargetsFromImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getTargetsFrom()
		 * @generated
		 */
		EClass TARGETS_FROM = eINSTANCE.getTargetsFrom();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGETS_FROM__ARCHITECTURE = eINSTANCE.getTargetsFrom_Architecture();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGETS_FROM__SEED = eINSTANCE.getTargetsFrom_Seed();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGETS_FROM__NOISE = eINSTANCE.getTargetsFrom_Noise();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.AnalysisImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__KIND = eINSTANCE.getAnalysis_Kind();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__SUBJECT = eINSTANCE.getAnalysis_Subject();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__TARGET = eINSTANCE.getAnalysis_Target();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__METRIC = eINSTANCE.getAnalysis_Metric();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__DATASET = eINSTANCE.getAnalysis_Dataset();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__SEED = eINSTANCE.getAnalysis_Seed();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__OPTIONS = eINSTANCE.getAnalysis_Options();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.SweepImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__TEMPLATE = eINSTANCE.getSweep_Template();

		/**
		 * The meta object literal for the '<em><b>Template Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__TEMPLATE_LINE = eINSTANCE.getSweep_TemplateLine();

		/**
		 * The meta object literal for the '<em><b>Template Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__TEMPLATE_COLUMN = eINSTANCE.getSweep_TemplateColumn();

		/**
		 * The meta object literal for the '<em><b>Template Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__TEMPLATE_OFFSET = eINSTANCE.getSweep_TemplateOffset();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__RUNS = eINSTANCE.getSweep_Runs();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__TIMEOUT = eINSTANCE.getSweep_Timeout();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.OptionImpl <em>Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.OptionImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getOption()
		 * @generated
		 */
		EClass OPTION = eINSTANCE.getOption();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__KEY = eINSTANCE.getOption_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__VALUE = eINSTANCE.getOption_Value();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.impl.MetricImpl
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KIND = eINSTANCE.getMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__SEED = eINSTANCE.getMetric_Seed();

		/**
		 * The meta object literal for the '<em><b>Kernel Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KERNEL_DIMENSION = eINSTANCE.getMetric_KernelDimension();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC__DATASET = eINSTANCE.getMetric_Dataset();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__ENTRIES = eINSTANCE.getMetric_Entries();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.Relation <em>Relation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.Relation
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getRelation()
		 * @generated
		 */
		EEnum RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '{@link org.neuroalgebra.model.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neuroalgebra.model.MetricKind
		 * @see org.neuroalgebra.model.impl.NalgPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

	}

} //NalgPackage
