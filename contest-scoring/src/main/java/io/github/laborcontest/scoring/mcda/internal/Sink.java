// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the named intermediate matrices of a computation, in order, for an explanation. */
public final class Sink {
    /** One intermediate: {@code rows × columns}, column-major. */
    public record Entry(int rows, int columns, double[] values) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * Records a matrix.
     *
     * @param name its name
     * @param rows its rows
     * @param columns its columns
     * @param values column-major values, kept (not copied)
     */
    public void put(String name, int rows, int columns, double[] values) {
        entries.put(name, new Entry(rows, columns, values));
    }

    /**
     * Records a vector as a column.
     *
     * @param name its name
     * @param values the values, kept
     */
    public void column(String name, double[] values) {
        put(name, values.length, 1, values);
    }

    /**
     * Records a vector as a row.
     *
     * @param name its name
     * @param values the values, kept
     */
    public void row(String name, double[] values) {
        put(name, 1, values.length, values);
    }

    /** The entries in insertion order. */
    public Map<String, Entry> entries() {
        return entries;
    }
}
