// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

/**
 * What validation needs to know of a valid layer to follow the signal and estimate the size of
 * the network: the same facts as its {@link org.neuroalgebra.algebra.param.LayerMap}, computed
 * without building it.
 *
 * @param outputWidth
 *            the number of output signals
 * @param parameters
 *            the number of parameters
 * @param degree
 *            k such that outputs have degree ≤ k·D for inputs of degree ≤ D
 * @param preservesForms
 *            whether forms of degree D give forms of degree k·D
 */
public record LayerShape(int outputWidth, long parameters, int degree, boolean preservesForms) {
}
