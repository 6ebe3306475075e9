// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The values of {@code rows} alternatives on {@code columns} criteria, immutable, stored
 * column-major in one {@code double[]} (criterion {@code j} of alternative {@code i} at {@code j ×
 * rows + i}), so that the methods stream through each criterion. Values are finite with magnitude
 * at most {@link #MAX_MAGNITUDE}, which keeps sums of squares far from overflow.
 *
 * @since 0.1.0
 */
public final class DecisionMatrix {
    /** The largest accepted magnitude of a value: 1e100. */
    public static final double MAX_MAGNITUDE = 1e100;

    private final int rows;
    private final int columns;
    private final double[] data;

    private DecisionMatrix(int rows, int columns, double[] data) {
        this.rows = rows;
        this.columns = columns;
        this.data = data;
    }

    /**
     * A matrix from rows (one array per alternative), copied.
     *
     * @param values {@code values[i][j]}: alternative {@code i}, criterion {@code j}; at least one
     *     row and one column, not ragged
     * @return the matrix
     * @throws IllegalArgumentException if empty, ragged, not finite or too large
     */
    public static DecisionMatrix ofRows(double[][] values) {
        int m = values.length;
        if (m == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a decision matrix needs at least one row and one column");
        }
        int n = values[0].length;
        double[] data = new double[m * n];
        for (int i = 0; i < m; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + values[i].length + " values, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                data[j * m + i] = values[i][j];
            }
        }
        return checked(m, n, data);
    }

    /**
     * A matrix from column-major values, copied.
     *
     * @param rows the number of alternatives, at least 1
     * @param columns the number of criteria, at least 1
     * @param columnMajor {@code rows × columns} values, criterion {@code j} of alternative {@code i}
     *     at {@code j × rows + i}
     * @return the matrix
     * @throws IllegalArgumentException if the sizes do not fit or a value is not finite or too large
     */
    public static DecisionMatrix ofColumnMajor(int rows, int columns, double[] columnMajor) {
        if (rows < 1 || columns < 1 || (long) rows * columns != columnMajor.length) {
            throw new IllegalArgumentException("rows ("
                    + rows
                    + ") × columns ("
                    + columns
                    + ") must be positive and equal the length ("
                    + columnMajor.length
                    + ")");
        }
        return checked(rows, columns, columnMajor.clone());
    }

    static DecisionMatrix wrap(int rows, int columns, double[] data) {
        return new DecisionMatrix(rows, columns, data);
    }

    private static DecisionMatrix checked(int m, int n, double[] data) {
        for (int k = 0; k < data.length; k++) {
            double v = data[k];
            if (!(Math.abs(v) <= MAX_MAGNITUDE)) {
                throw new IllegalArgumentException(
                        "value at row " + (k % m) + ", column " + (k / m) + " is not finite or too large: " + v);
            }
        }
        return new DecisionMatrix(m, n, data);
    }

    /** The number of alternatives. */
    public int rows() {
        return rows;
    }

    /** The number of criteria. */
    public int columns() {
        return columns;
    }

    /**
     * One value.
     *
     * @param row the alternative, 0-based
     * @param column the criterion, 0-based
     * @return the value
     */
    public double get(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside " + rows + " × " + columns);
        }
        return data[column * rows + row];
    }

    /**
     * A copy of one criterion's values.
     *
     * @param column the criterion, 0-based
     * @return its values, one per alternative
     */
    public double[] column(int column) {
        if (column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("column " + column + " outside " + columns);
        }
        return Arrays.copyOfRange(data, column * rows, (column + 1) * rows);
    }

    /** A copy of the values as rows, {@code [alternative][criterion]}. */
    public double[][] toRows() {
        double[][] out = new double[rows][columns];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                out[i][j] = data[j * rows + i];
            }
        }
        return out;
    }

    /** A copy of the values, column-major. */
    public double[] toColumnMajor() {
        return data.clone();
    }

    /** The stored array, not copied: callers inside this package must not modify it. */
    double[] data() {
        return data;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DecisionMatrix other
                && rows == other.rows
                && columns == other.columns
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "DecisionMatrix[" + rows + " × " + columns + "]";
    }
}
