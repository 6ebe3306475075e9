// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * CSV export of a ledger for spreadsheet programs: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting, Chinese column headers by default (English on request). Text cells that a
 * spreadsheet would take for a formula ({@code = + - @}) are prefixed with an apostrophe.
 *
 * @since 0.1.0
 */
public final class LedgerCsv {

    /** The Chinese column headers. */
    public static final List<String> HEADERS_ZH = List.of(
            "序号", "条目编号", "竞赛", "参赛者", "考评周期", "类型", "指标", "数值", "阶段", "原因", "证据", "登记人", "角色", "单位", "业务日期", "记录时间",
            "冲销条目", "替代条目", "哈希");

    /** The English column headers. */
    public static final List<String> HEADERS_EN = List.of(
            "position",
            "id",
            "competition",
            "participant",
            "period",
            "type",
            "indicator",
            "amount",
            "stage",
            "reason",
            "evidence",
            "actor",
            "role",
            "organisation",
            "businessDate",
            "recordedAt",
            "reverses",
            "replacement",
            "hash");

    private LedgerCsv() {}

    /**
     * Writes the ledger as CSV.
     *
     * @param ledger the ledger
     * @param out the stream (flushed, not closed)
     * @param locale {@link Locale#CHINESE} (default headers and type labels) or {@link Locale#ENGLISH}
     * @return the number of entries written
     */
    public static long export(Ledger ledger, OutputStream out, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            row(w, en ? HEADERS_EN : HEADERS_ZH);
            long[] n = {0};
            ledger.forEach(0, r -> {
                Entry e = r.entry();
                try {
                    row(
                            w,
                            List.of(
                                    Long.toString(r.position()),
                                    text(e.id().value()),
                                    text(e.competition().value()),
                                    text(e.participant().value()),
                                    text(e.period().value()),
                                    en ? e.type().code() : e.type().label(),
                                    e.indicator().map(i -> text(i.value())).orElse(""),
                                    e.amount().map(BigDecimal::toPlainString).orElse(""),
                                    e.stage()
                                            .map(s -> en ? s.code() : s.label().zh())
                                            .orElse(""),
                                    e.reason().map(LedgerCsv::text).orElse(""),
                                    text(String.join(";", e.evidence())),
                                    text(e.actor().id()),
                                    e.actor().role().map(LedgerCsv::text).orElse(""),
                                    e.actor()
                                            .organisation()
                                            .map(LedgerCsv::text)
                                            .orElse(""),
                                    e.businessDate().toString(),
                                    e.recordedAt().toString(),
                                    e.reverses().map(i -> text(i.value())).orElse(""),
                                    e.replacement().map(i -> text(i.value())).orElse(""),
                                    r.hash().hex()));
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            w.flush();
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
