// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.Architecture;

/**
 * What architecture validation offers a {@link LayerKind} checking one layer: the width that
 * reaches it and a place for problems, each attached to an attribute's position in the file.
 */
public interface LayerCheck {

    /** @return the architecture being checked */
    Architecture architecture();

    /** @return the 0-based index of the layer in its architecture */
    int index();

    /**
     * @return the number of signals reaching the layer, or -1 when it is not known (an earlier
     *         layer is invalid, or the architecture has no input)
     */
    int inputWidth();

    /**
     * Reports an error.
     *
     * @param attribute
     *            the attribute it is about (positioned at its value), or null for the layer
     * @param message
     *            one line without position
     */
    void error(String attribute, String message);

    /** Reports a warning, like {@link #error(String, String)}. */
    void warning(String attribute, String message);

    /**
     * Parses a polynomial attribute (a univariate polynomial in x), reporting a syntax error at
     * its position.
     *
     * @param attribute
     *            an attribute of type {@link LayerAttribute.Type#POLYNOMIAL}
     * @param what
     *            how messages name it, e.g. "activation"
     * @return the polynomial, or null if it is missing or does not parse (an error is reported)
     */
    Polynomial polynomial(String attribute, String what);
}
