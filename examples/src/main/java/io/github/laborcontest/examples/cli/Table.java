// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.json.ContestJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rows of values under bilingual column headers, written as JSON (an array of objects keyed by
 * the columns' stable keys, numbers as numbers), an aligned text table (CJK characters count
 * double) or CSV.
 */
public final class Table {

    /**
     * A column.
     *
     * @param key the stable key used in JSON and as the CSV header
     * @param zh the Chinese header
     * @param en the English header
     */
    public record Column(String key, String zh, String en) {}

    private final List<Column> columns;
    private final List<List<@Nullable Object>> rows = new ArrayList<>();

    /**
     * A table with these columns.
     *
     * @param columns the columns, in order
     */
    public Table(Column... columns) {
        this.columns = List.of(columns);
    }

    /**
     * Creates a column.
     *
     * @param key the stable key
     * @param zh the Chinese header
     * @param en the English header
     * @return the column
     */
    public static Column col(String key, String zh, String en) {
        return new Column(key, zh, en);
    }

    /**
     * Adds a row.
     *
     * @param values one value per column: text, numbers, {@link Points}, {@link Optional}s or null
     * @return this table
     */
    public Table add(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "row has " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /**
     * Writes the table.
     *
     * @param out where to write
     * @param format JSON, table or CSV
     * @param lang the language of the headers (table format)
     */
    public void print(PrintStream out, OutputFormat format, Lang lang) {
        switch (format) {
            case json -> out.print(json(jsonRows()));
            case csv -> printCsv(out, lang);
            case table -> printTable(out, lang);
        }
        out.flush();
    }

    /** The rows as JSON-ready maps keyed by the column keys. */
    public List<Map<String, @Nullable Object>> jsonRows() {
        List<Map<String, @Nullable Object>> list = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i).key(), jsonValue(row.get(i)));
            }
            list.add(m);
        }
        return list;
    }

    /**
     * Writes any value as indented JSON, keeping the order of map entries.
     *
     * @param value a value Jackson can write
     * @return the JSON text with a final newline
     */
    public static String json(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper MAPPER =
            ContestJson.jsonMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private static @Nullable Object jsonValue(@Nullable Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(Table::jsonValue).orElse(null);
        }
        if (v instanceof Points p) {
            return p.value();
        }
        if (v instanceof LocalizedText t) {
            return Map.of("zh", t.zh(), "en", t.en());
        }
        return v;
    }

    private static String text(@Nullable Object v, Lang lang) {
        if (v == null) {
            return "";
        }
        if (v instanceof Optional<?> o) {
            return o.map(x -> text(x, lang)).orElse("");
        }
        if (v instanceof Points p) {
            return p.value().toPlainString();
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof LocalizedText t) {
            return lang == Lang.en ? t.en() : t.zh();
        }
        return String.valueOf(v);
    }

    private void printCsv(PrintStream out, Lang lang) {
        out.print(String.join(",", columns.stream().map(c -> csv(c.key())).toList()));
        out.print("\r\n");
        for (List<@Nullable Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(csv(text(v, lang)));
            }
            out.print(String.join(",", cells));
            out.print("\r\n");
        }
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private void printTable(PrintStream out, Lang lang) {
        List<String> headers =
                columns.stream().map(c -> lang.pick(c.zh(), c.en())).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            cells.add(row.stream().map(v -> text(v, lang).replace('\n', ' ')).toList());
        }
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = width(headers.get(i));
            numeric[i] = !rows.isEmpty();
            for (int r = 0; r < rows.size(); r++) {
                width[i] = Math.max(width[i], width(cells.get(r).get(i)));
                Object v = rows.get(r).get(i);
                if (v instanceof Optional<?> o) {
                    v = o.orElse(null);
                }
                numeric[i] &= v == null || v instanceof Number || v instanceof Points;
            }
        }
        out.println(line(headers, width, new boolean[columns.size()]));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> row : cells) {
            out.println(line(row, width, numeric));
        }
    }

    private static String line(List<String> cells, int[] width, boolean[] rightAligned) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - width(c));
            b.append(i == 0 ? "" : "  ");
            b.append(rightAligned[i] ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        return b.toString();
    }

    /**
     * The display width of a text in a terminal: East Asian wide and full-width characters take two
     * columns.
     *
     * @param s the text
     * @return its width in columns
     */
    static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || cp >= 0x20000;
    }
}
