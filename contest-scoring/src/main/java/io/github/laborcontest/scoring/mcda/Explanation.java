// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.scoring.mcda.internal.Sink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The intermediate matrices and vectors of a computation, in the order they were produced, for
 * example TOPSIS's {@code normalized}, {@code weighted}, {@code ideal}, {@code antiIdeal}, {@code
 * distanceToIdeal}, {@code distanceToAntiIdeal} and {@code closeness}. The names of each method are
 * listed in {@code docs/mcda.md}.
 *
 * @param steps the intermediates, in order
 * @since 0.1.0
 */
public record Explanation(List<Intermediate> steps) {
    /** No intermediates. */
    public static final Explanation EMPTY = new Explanation(List.of());

    /** Copies the list. */
    public Explanation {
        steps = List.copyOf(steps);
    }

    static Explanation of(Sink sink) {
        List<Intermediate> list = new ArrayList<>();
        sink.entries().forEach((name, e) -> list.add(Intermediate.owning(name, e.rows(), e.columns(), e.values())));
        return new Explanation(list);
    }

    /**
     * The intermediate with this name.
     *
     * @param name for example {@code "closeness"}
     * @return it, or empty
     */
    public Optional<Intermediate> get(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names, in order. */
    public List<String> names() {
        return steps.stream().map(Intermediate::name).toList();
    }

    /**
     * One named intermediate: a matrix of {@code rows × columns} values (a vector is one column or
     * one row), column-major. Immutable: {@link #values()} returns a copy.
     */
    public static final class Intermediate {
        private final String name;
        private final int rows;
        private final int columns;
        private final double[] values;

        private Intermediate(String name, int rows, int columns, double[] values) {
            if ((long) rows * columns != values.length) {
                throw new IllegalArgumentException(name + ": " + rows + " × " + columns + " != " + values.length);
            }
            this.name = name;
            this.rows = rows;
            this.columns = columns;
            this.values = values;
        }

        /**
         * An intermediate with a copy of the values.
         *
         * @param name its name
         * @param rows its number of rows
         * @param columns its number of columns
         * @param values {@code rows × columns} values, column-major
         * @return the intermediate
         */
        public static Intermediate of(String name, int rows, int columns, double[] values) {
            return new Intermediate(name, rows, columns, values.clone());
        }

        /** Takes ownership of the array (no copy): the explanation of a large matrix makes no extra copy. */
        static Intermediate owning(String name, int rows, int columns, double[] values) {
            return new Intermediate(name, rows, columns, values);
        }

        /** Its name, for example {@code "closeness"}. */
        public String name() {
            return name;
        }

        /** Its number of rows. */
        public int rows() {
            return rows;
        }

        /** Its number of columns. */
        public int columns() {
            return columns;
        }

        /** A copy of the values, column-major. */
        public double[] values() {
            return values.clone();
        }

        /**
         * One value.
         *
         * @param row 0-based
         * @param column 0-based
         * @return the value
         */
        public double get(int row, int column) {
            if (row < 0 || row >= rows || column < 0 || column >= columns) {
                throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside " + rows + " × " + columns);
            }
            return values[column * rows + row];
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Intermediate other
                    && name.equals(other.name)
                    && rows == other.rows
                    && columns == other.columns
                    && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return name + "[" + rows + " × " + columns + "]";
        }
    }
}
