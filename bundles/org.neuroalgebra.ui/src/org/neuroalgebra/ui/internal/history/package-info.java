// SPDX-License-Identifier: EPL-2.0
/**
 * The results history without any UI: entries of runs, their presentation (figures, tables,
 * charts) kept so that a restored entry shows everything without re-running, the store that saves
 * and loads them, the stale check, comparison and export.
 */
package org.neuroalgebra.ui.internal.history;
