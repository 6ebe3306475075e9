// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Measurements of one period in columns, for ranking very large fields ({@link
 * Scorer#rankBulk}): one row per participant, one column per indicator; numbers are kept as
 * unscaled {@code long}s with one scale per column, yes/no values as bits. A million participants
 * with twelve numeric indicators take about 100 MB. Cells can be missing. Immutable once built;
 * the arrays handed to the builder are copied.
 *
 * <pre>{@code
 * MeasurementTable t = MeasurementTable.builder(ids)
 *     .numbers(IndicatorCode.of("quality.inspection-pass-rate"), passRatesTimes100, 2)
 *     .flags(IndicatorCode.of("veto.fatal-accident"), fatal)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MeasurementTable {
    private final List<ParticipantId> participants;
    private final Map<IndicatorCode, Column> columns;

    private MeasurementTable(List<ParticipantId> participants, Map<IndicatorCode, Column> columns) {
        this.participants = participants;
        this.columns = Collections.unmodifiableMap(columns);
    }

    /**
     * Starts a table.
     *
     * @param participants the rows' participants; ids distinct
     * @return a builder
     * @throws IllegalArgumentException if an id repeats
     */
    public static Builder builder(List<ParticipantId> participants) {
        List<ParticipantId> copy = List.copyOf(participants);
        Set<ParticipantId> seen = new HashSet<>(copy.size() * 2);
        for (ParticipantId p : copy) {
            if (!seen.add(p)) {
                throw new IllegalArgumentException("participant id (" + p + ") appears twice in the table");
            }
        }
        return new Builder(copy);
    }

    /** The rows' participants, in the order given. */
    public List<ParticipantId> participants() {
        return participants;
    }

    /** The number of rows. */
    public int size() {
        return participants.size();
    }

    /** The indicator codes of the columns, in the order added. */
    public Set<IndicatorCode> indicators() {
        return columns.keySet();
    }

    /**
     * A numeric cell.
     *
     * @param indicator the column
     * @param row the row
     * @return the value, if the column is numeric and the cell present
     */
    public Optional<BigDecimal> number(IndicatorCode indicator, int row) {
        Column c = columns.get(indicator);
        return c != null && c.numeric() && c.present(row) ? Optional.of(c.number(row)) : Optional.empty();
    }

    /**
     * A yes/no cell.
     *
     * @param indicator the column
     * @param row the row
     * @return the flag, if the column holds flags and the cell is present
     */
    public Optional<Boolean> flag(IndicatorCode indicator, int row) {
        Column c = columns.get(indicator);
        return c != null && !c.numeric() && c.present(row) ? Optional.of(c.flag(row)) : Optional.empty();
    }

    /**
     * Whether a column holds numbers (otherwise flags).
     *
     * @param indicator the column
     * @return true for a numeric column
     */
    public boolean isNumeric(IndicatorCode indicator) {
        Column c = columns.get(indicator);
        return c != null && c.numeric();
    }

    /** Builds a {@link MeasurementTable}. */
    public static final class Builder {
        private final List<ParticipantId> participants;
        private final Map<IndicatorCode, Column> columns = new LinkedHashMap<>();

        private Builder(List<ParticipantId> participants) {
            this.participants = participants;
        }

        /**
         * Adds a numeric column whose cells are all present.
         *
         * @param indicator the indicator
         * @param unscaled the values × 10^scale, one per row
         * @param scale the decimals of every value
         * @return this builder
         */
        public Builder numbers(IndicatorCode indicator, long[] unscaled, int scale) {
            return numbers(indicator, unscaled, scale, null);
        }

        /**
         * Adds a numeric column.
         *
         * @param indicator the indicator
         * @param unscaled the values × 10^scale, one per row
         * @param scale the decimals of every value
         * @param missing the rows without a measurement, or null if none
         * @return this builder
         */
        public Builder numbers(
                IndicatorCode indicator,
                long[] unscaled,
                int scale,
                @org.jspecify.annotations.Nullable BitSet missing) {
            size(indicator, unscaled.length);
            columns.put(
                    indicator, new Numbers(unscaled.clone(), scale, missing == null ? null : (BitSet) missing.clone()));
            return this;
        }

        /**
         * Adds a yes/no column whose cells are all present.
         *
         * @param indicator the indicator
         * @param values one flag per row
         * @return this builder
         */
        public Builder flags(IndicatorCode indicator, boolean[] values) {
            size(indicator, values.length);
            BitSet bits = new BitSet(values.length);
            for (int i = 0; i < values.length; i++) {
                bits.set(i, values[i]);
            }
            columns.put(indicator, new Flags(bits, null));
            return this;
        }

        private void size(IndicatorCode indicator, int length) {
            Objects.requireNonNull(indicator, "indicator");
            if (length != participants.size()) {
                throw new IllegalArgumentException(
                        "column " + indicator + " has " + length + " rows, the table " + participants.size());
            }
            if (columns.containsKey(indicator)) {
                throw new IllegalArgumentException("column " + indicator + " added twice");
            }
        }

        /**
         * The table.
         *
         * @return the immutable table
         */
        public MeasurementTable build() {
            return new MeasurementTable(participants, new LinkedHashMap<>(columns));
        }
    }

    /**
     * One column, read cell by cell without allocation beyond the numbers themselves.
     */
    public sealed interface Column permits Numbers, Flags {
        /**
         * Whether a cell holds a measurement.
         *
         * @param row the row
         * @return true if present
         */
        boolean present(int row);

        /**
         * A numeric cell; only for numeric columns and present cells.
         *
         * @param row the row
         * @return the value
         */
        BigDecimal number(int row);

        /**
         * A yes/no cell; only for flag columns and present cells.
         *
         * @param row the row
         * @return the flag
         */
        boolean flag(int row);

        /** Whether the column holds numbers (otherwise flags). */
        boolean numeric();

        /**
         * The decimals of a numeric column's values.
         *
         * @return the scale; 0 for flags
         */
        int scale();

        /**
         * A numeric cell × 10^{@link #scale()}; only for numeric columns and present cells.
         *
         * @param row the row
         * @return the unscaled value
         */
        long unscaled(int row);
    }

    /**
     * A column.
     *
     * @param indicator the indicator
     * @return the column, if the table has one
     */
    public Optional<Column> column(IndicatorCode indicator) {
        return Optional.ofNullable(columns.get(indicator));
    }

    private record Numbers(
            long[] unscaled,
            int scale,
            @org.jspecify.annotations.Nullable BitSet missing) implements Column {
        @Override
        public boolean present(int row) {
            return missing == null || !missing.get(row);
        }

        @Override
        public BigDecimal number(int row) {
            return BigDecimal.valueOf(unscaled[row], scale);
        }

        @Override
        public boolean flag(int row) {
            throw new IllegalStateException("a numeric column");
        }

        @Override
        public boolean numeric() {
            return true;
        }

        @Override
        public long unscaled(int row) {
            return unscaled[row];
        }
    }

    private record Flags(
            BitSet values,
            @org.jspecify.annotations.Nullable BitSet missing) implements Column {
        @Override
        public boolean present(int row) {
            return missing == null || !missing.get(row);
        }

        @Override
        public BigDecimal number(int row) {
            throw new IllegalStateException("a yes/no column");
        }

        @Override
        public boolean flag(int row) {
            return values.get(row);
        }

        @Override
        public boolean numeric() {
            return false;
        }

        @Override
        public int scale() {
            return 0;
        }

        @Override
        public long unscaled(int row) {
            throw new IllegalStateException("a yes/no column");
        }
    }
}
