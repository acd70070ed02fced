// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.math.BigInteger;

import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.model.Architecture;

/**
 * A capability of a {@link LayerKind}: a specialised parametrization of whole architectures made
 * of this kind and others it knows (the MLP of dense and activation layers, the CNN of
 * convolutions), with structure an analysis can use (neurons, filters) and proven dimension
 * bounds. Architectures no family accepts are composed layer by layer
 * ({@link org.neuroalgebra.algebra.param.LayerStackParametrization}).
 */
public interface NetworkFamily {

    /**
     * @param architecture
     *            a valid architecture that contains a layer of the kind
     * @param limit
     *            the largest acceptable size
     * @return the parametrization, or null if the architecture is not in this family
     * @throws TooLargeException
     *             if it exceeds the limit
     * @throws IllegalArgumentException
     *             if the architecture is in the family but cannot be computed (the message says
     *             why, for a user)
     */
    Parametrization parametrize(Architecture architecture, BigInteger limit) throws TooLargeException;
}
