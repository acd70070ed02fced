// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

/**
 * A journal or table this sweep must not touch: the journal of another sweep, a file that is not a
 * journal, a journal in use by another process, a table not written by this sweep. Nothing was
 * changed; the message says which file and why.
 */
public class SweepJournalException extends Exception {

    private static final long serialVersionUID = 1L;

    public SweepJournalException(String message) {
        super(message);
    }
}
