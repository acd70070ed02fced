// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of the {@code .nalg} text language: strict UTF-8 decoding, the lexer, the
 * recursive-descent parser (one statement parser per block kind) and the serializer.
 */
package org.neuroalgebra.model.internal.text;
