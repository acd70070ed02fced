// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.ModP;

/**
 * A dense matrix over the prime field Z/p, p &lt; 2³¹ (see {@link ModP} for
 * why that bound and for the two default primes). Entries are residues in
 * [0, p). Instances are mutable only through {@link #set}; the algorithms
 * work on copies.
 */
public final class ModularMatrix {

    private final int rows;
    private final int columns;
    private final long prime;
    private final long[] entries;

    /**
     * @param rows
     *            number of rows
     * @param columns
     *            number of columns
     * @param prime
     *            the prime p
     */
    public ModularMatrix(int rows, int columns, long prime) {
        this.rows = rows;
        this.columns = columns;
        this.prime = ModP.checkModulus(prime);
        this.entries = new long[Math.multiplyExact(rows, columns)];
    }

    /**
     * @param values
     *            row-major entries, any longs (reduced mod p); all rows of
     *            the same length
     * @param prime
     *            the prime p
     * @return the matrix
     */
    public static ModularMatrix of(long[][] values, long prime) {
        int columns = values.length == 0 ? 0 : values[0].length;
        ModularMatrix m = new ModularMatrix(values.length, columns, prime);
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + values[i].length + " entries, expected " + columns); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (int j = 0; j < columns; j++) {
                m.set(i, j, values[i][j]);
            }
        }
        return m;
    }

    /**
     * @param n
     *            the size
     * @param prime
     *            the prime p
     * @return the n × n identity
     */
    public static ModularMatrix identity(int n, long prime) {
        ModularMatrix m = new ModularMatrix(n, n, prime);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 1);
        }
        return m;
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return number of columns */
    public int columns() {
        return columns;
    }

    /** @return the prime p */
    public long prime() {
        return prime;
    }

    /** @return entry (i, j), in [0, p) */
    public long get(int i, int j) {
        return entries[i * columns + j];
    }

    /**
     * @param i
     *            row
     * @param j
     *            column
     * @param value
     *            any long, stored reduced mod p
     */
    public void set(int i, int j, long value) {
        entries[i * columns + j] = ModP.reduce(value, prime);
    }

    /** @return the entries as a fresh row-major array of rows */
    public long[][] toArray() {
        long[][] a = new long[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = Arrays.copyOfRange(entries, i * columns, (i + 1) * columns);
        }
        return a;
    }

    /**
     * @param other
     *            a matrix with as many rows as this has columns, same prime
     * @return this · other
     */
    public ModularMatrix multiply(ModularMatrix other) {
        if (other.rows != columns || other.prime != prime) {
            throw new IllegalArgumentException("cannot multiply " + this.shape() + " by " + other.shape()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ModularMatrix product = new ModularMatrix(rows, other.columns, prime);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                long a = get(i, k);
                if (a == 0) {
                    continue;
                }
                for (int j = 0; j < other.columns; j++) {
                    int at = i * other.columns + j;
                    product.entries[at] = ModP.add(product.entries[at], ModP.mul(a, other.get(k, j), prime), prime);
                }
            }
        }
        return product;
    }

    /**
     * @param vector
     *            residues, one per column
     * @return this · vector
     */
    public long[] multiply(long[] vector) {
        if (vector.length != columns) {
            throw new IllegalArgumentException("vector of length " + vector.length + " for " + shape()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long[] result = new long[rows];
        for (int i = 0; i < rows; i++) {
            long sum = 0;
            for (int j = 0; j < columns; j++) {
                sum = ModP.add(sum, ModP.mul(get(i, j), ModP.reduce(vector[j], prime), prime), prime);
            }
            result[i] = sum;
        }
        return result;
    }

    /** @return the rank over Z/p */
    public int rank() {
        return ModularRank.ofInPlace(toArray(), prime, () -> false);
    }

    /**
     * @return a basis of the right kernel {v : this · v = 0}, one vector per
     *         free column of the reduced row echelon form (that column's entry
     *         is 1); empty when the columns are independent
     */
    public List<long[]> kernelBasis() {
        RowEchelon echelon = RowEchelon.of(this);
        int[] pivotColumns = echelon.pivotColumns();
        boolean[] isPivot = new boolean[columns];
        for (int c : pivotColumns) {
            isPivot[c] = true;
        }
        List<long[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            long[] v = new long[columns];
            v[free] = 1;
            for (int r = 0; r < pivotColumns.length; r++) {
                v[pivotColumns[r]] = ModP.neg(echelon.reduced().get(r, free), prime);
            }
            basis.add(v);
        }
        return basis;
    }

    /**
     * @return the inverse of this square matrix
     * @throws ArithmeticException
     *             if it is singular mod p
     */
    public ModularMatrix inverse() {
        if (rows != columns) {
            throw new IllegalArgumentException("only square matrices have inverses, not " + shape()); //$NON-NLS-1$
        }
        if (rows == 0) {
            return this;
        }
        ModularMatrix augmented = new ModularMatrix(rows, 2 * columns, prime);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries, i * columns, augmented.entries, i * 2 * columns, columns);
            augmented.entries[i * 2 * columns + columns + i] = 1;
        }
        RowEchelon echelon = RowEchelon.of(augmented);
        int[] pivots = echelon.pivotColumns();
        if (pivots.length < rows || pivots[rows - 1] >= columns) {
            throw new ArithmeticException("matrix is singular modulo " + prime); //$NON-NLS-1$
        }
        ModularMatrix inverse = new ModularMatrix(rows, columns, prime);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(echelon.reduced().entries, i * 2 * columns + columns, inverse.entries, i * columns, columns);
        }
        return inverse;
    }

    private String shape() {
        return rows + "x" + columns; //$NON-NLS-1$
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ModularMatrix other && rows == other.rows && columns == other.columns
                && prime == other.prime && Arrays.equals(entries, other.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entries) * 31 + rows;
    }

    @Override
    public String toString() {
        return shape() + " mod " + prime + " " + Arrays.deepToString(toArray()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Raw access for {@link RowEchelon}, which works in place on a copy. */
    long[] entries() {
        return entries;
    }

    ModularMatrix copy() {
        ModularMatrix c = new ModularMatrix(rows, columns, prime);
        System.arraycopy(entries, 0, c.entries, 0, entries.length);
        return c;
    }
}
