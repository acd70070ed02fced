// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from packed monomials to non-negative ints,
 * without boxing. The key -1 is reserved: it has every guard bit set and is
 * therefore never a packed monomial.
 */
final class LongIntMap {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;
    private int shift;

    LongIntMap() {
        allocate(1 << 10);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** @return the value of key, or -1 if absent */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key);; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** Stores key → value, replacing an existing value. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key);; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
