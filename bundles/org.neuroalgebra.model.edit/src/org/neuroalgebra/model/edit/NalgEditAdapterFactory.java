// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.neuroalgebra.model.ExtensionLayer;
import org.neuroalgebra.model.provider.ActivationLayerItemProvider;
import org.neuroalgebra.model.provider.AnalysisItemProvider;
import org.neuroalgebra.model.provider.ArchitectureItemProvider;
import org.neuroalgebra.model.provider.AttentionLayerItemProvider;
import org.neuroalgebra.model.provider.ConvolutionLayerItemProvider;
import org.neuroalgebra.model.provider.DataPointItemProvider;
import org.neuroalgebra.model.provider.DatasetItemProvider;
import org.neuroalgebra.model.provider.DenseLayerItemProvider;
import org.neuroalgebra.model.provider.ExtensionLayerItemProvider;
import org.neuroalgebra.model.provider.LayerAttributeValueItemProvider;
import org.neuroalgebra.model.provider.MetricItemProvider;
import org.neuroalgebra.model.provider.NalgItemProviderAdapterFactory;
import org.neuroalgebra.model.provider.NeuroalgebraModelItemProvider;
import org.neuroalgebra.model.provider.OptionItemProvider;
import org.neuroalgebra.model.provider.RandomInputsItemProvider;
import org.neuroalgebra.model.provider.SweepItemProvider;
import org.neuroalgebra.model.provider.TargetsFromItemProvider;
import org.neuroalgebra.model.provider.VarietyItemProvider;

/**
 * The item provider adapter factory editors use: EMF's generated item providers (children,
 * properties, commands, icons), with the labels of {@link ModelLabels} instead of the
 * generated "Dense Layer" style. The generated code stays untouched, so that it can be
 * regenerated and checked (tools/check-generated.sh); each label-bearing provider is a
 * subclass here whose {@code getText} reads like the model's text form.
 */
public class NalgEditAdapterFactory extends NalgItemProviderAdapterFactory {

    /** Creates the factory; one per editing domain. */
    public NalgEditAdapterFactory() {
        // the generated factory registers the supported types
    }

    @Override
    public Adapter createNeuroalgebraModelAdapter() {
        if (neuroalgebraModelItemProvider == null) {
            neuroalgebraModelItemProvider = new NeuroalgebraModelItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return neuroalgebraModelItemProvider;
    }

    @Override
    public Adapter createArchitectureAdapter() {
        if (architectureItemProvider == null) {
            architectureItemProvider = new ArchitectureItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return architectureItemProvider;
    }

    @Override
    public Adapter createDenseLayerAdapter() {
        if (denseLayerItemProvider == null) {
            denseLayerItemProvider = new DenseLayerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return denseLayerItemProvider;
    }

    @Override
    public Adapter createActivationLayerAdapter() {
        if (activationLayerItemProvider == null) {
            activationLayerItemProvider = new ActivationLayerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return activationLayerItemProvider;
    }

    @Override
    public Adapter createConvolutionLayerAdapter() {
        if (convolutionLayerItemProvider == null) {
            convolutionLayerItemProvider = new ConvolutionLayerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return convolutionLayerItemProvider;
    }

    @Override
    public Adapter createAttentionLayerAdapter() {
        if (attentionLayerItemProvider == null) {
            attentionLayerItemProvider = new AttentionLayerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return attentionLayerItemProvider;
    }

    @Override
    public Adapter createVarietyAdapter() {
        if (varietyItemProvider == null) {
            varietyItemProvider = new VarietyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return varietyItemProvider;
    }

    @Override
    public Adapter createDatasetAdapter() {
        if (datasetItemProvider == null) {
            datasetItemProvider = new DatasetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return datasetItemProvider;
    }

    @Override
    public Adapter createDataPointAdapter() {
        if (dataPointItemProvider == null) {
            dataPointItemProvider = new DataPointItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return dataPointItemProvider;
    }

    @Override
    public Adapter createRandomInputsAdapter() {
        if (randomInputsItemProvider == null) {
            randomInputsItemProvider = new RandomInputsItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return randomInputsItemProvider;
    }

    @Override
    public Adapter createTargetsFromAdapter() {
        if (targetsFromItemProvider == null) {
            targetsFromItemProvider = new TargetsFromItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return targetsFromItemProvider;
    }

    @Override
    public Adapter createAnalysisAdapter() {
        if (analysisItemProvider == null) {
            analysisItemProvider = new AnalysisItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return analysisItemProvider;
    }

    @Override
    public Adapter createOptionAdapter() {
        if (optionItemProvider == null) {
            optionItemProvider = new OptionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return optionItemProvider;
    }

    @Override
    public Adapter createSweepAdapter() {
        if (sweepItemProvider == null) {
            sweepItemProvider = new SweepItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return sweepItemProvider;
    }

    @Override
    public Adapter createMetricAdapter() {
        if (metricItemProvider == null) {
            metricItemProvider = new MetricItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return metricItemProvider;
    }

    @Override
    public Adapter createExtensionLayerAdapter() {
        if (extensionLayerItemProvider == null) {
            extensionLayerItemProvider = new ExtensionLayerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }

                @Override
                public Object getImage(Object object) {
                    Object icon = LayerIcons.icon((ExtensionLayer) object);
                    return icon != null ? icon : super.getImage(object);
                }
            };
        }
        return extensionLayerItemProvider;
    }

    @Override
    public Adapter createLayerAttributeValueAdapter() {
        if (layerAttributeValueItemProvider == null) {
            layerAttributeValueItemProvider = new LayerAttributeValueItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ModelLabels.text(object);
                }
            };
        }
        return layerAttributeValueItemProvider;
    }
}
