// SPDX-License-Identifier: EPL-2.0
/**
 * The headless application: the OSGi-free command line (argument parsing, one command per
 * analysis, {@code run}, {@code solve}, JSON and plot output, the stderr progress line) and the
 * thin Equinox application that hands it the analysis and solver registries.
 */
package org.neuroalgebra.app.internal;
