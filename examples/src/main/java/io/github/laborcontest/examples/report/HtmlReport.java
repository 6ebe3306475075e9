// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import io.github.laborcontest.examples.report.ResultsPage.AwardRow;
import io.github.laborcontest.examples.report.ResultsPage.AwardSection;
import io.github.laborcontest.examples.report.ResultsPage.Card;
import io.github.laborcontest.examples.report.ResultsPage.Line;
import io.github.laborcontest.examples.report.ResultsPage.PeriodInfo;
import io.github.laborcontest.examples.report.ResultsPage.RankingGroup;
import io.github.laborcontest.examples.report.ResultsPage.Row;
import io.github.laborcontest.model.LocalizedText;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link ResultsPage} as one self-contained HTML file: styles, script and charts are
 * inline, and a content security policy forbids every network request. Labels are bilingual (the
 * chosen language first); reasons and names are in the chosen language. The same page gives the
 * same bytes.
 *
 * <pre>{@code
 * String html = HtmlReport.render(page, Locale.CHINESE);
 * Files.writeString(Path.of("results.html"), html);
 * }</pre>
 */
public final class HtmlReport {

    private HtmlReport() {}

    private static final String CSS = """
      :root{--ink:#1d2733;--muted:#5b6673;--line:#d8dee6;--accent:#b3261e;--bg:#fbfaf7}
      *{box-sizing:border-box}
      body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5}
      header{background:#8c1d18;color:#fff;padding:24px 40px}
      header h1{margin:0 0 4px;font-size:26px}
      header .kicker{letter-spacing:.2em;font-size:14px;opacity:.85}
      header dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:12px 0 0;font-size:14px}
      header dt{opacity:.8}
      header dd{margin:0}
      header .sub{color:#f3d9d7}
      nav{padding:8px 40px;background:#fff;border-bottom:1px solid var(--line);font-size:14px}
      nav a{margin-right:18px;color:#8c1d18;text-decoration:none}
      main{padding:8px 40px 40px;max-width:1280px}
      h2{border-left:5px solid #8c1d18;padding-left:10px;margin-top:32px}
      h3{margin:20px 0 6px;font-size:17px}
      .sub{color:var(--muted);font-weight:normal;font-size:.85em}
      table{border-collapse:collapse;width:100%;background:#fff;font-size:14px;margin-bottom:8px}
      th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f1efe9;white-space:nowrap}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      tr.dq td{color:var(--accent)}
      .grid-charts{display:grid;grid-template-columns:1fr;gap:18px}
      figure{margin:0;background:#fff;border:1px solid var(--line);padding:12px}
      figcaption{font-weight:bold;margin-bottom:6px}
      svg text{font-family:inherit}
      svg .legend,svg .label{font-size:12px;fill:#1d2733}
      svg .axis{font-size:11px;fill:#5b6673}
      svg .value{font-size:11px;fill:#1d2733}
      svg .grid{stroke:#e3e7ec;stroke-width:1}
      details{background:#fff;border:1px solid var(--line);margin:6px 0;padding:6px 10px}
      details.indicators{border:none;padding:0 0 0 4px;font-size:13px}
      details.indicators summary{font-weight:normal;color:#8c1d18}
      summary{cursor:pointer;font-weight:bold}
      ul.reasons{margin:6px 0 4px;padding-left:20px;font-size:13px}
      .badge{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;margin-left:6px;background:#e9ecef}
      .badge.sel{background:#1e7b34;color:#fff}
      .badge.no{background:#b3261e;color:#fff}
      .badge.dq{background:#b3261e;color:#fff}
      .notice{background:#fff7e6;border:1px solid #f0d9a8;padding:8px 12px;font-size:14px}
      input#filter{padding:4px 8px;font-size:14px;width:320px}
      footer{padding:16px 40px;color:var(--muted);font-size:12px}
      @media print{nav,input#filter{display:none}details{page-break-inside:avoid}}
      """;

    private static final String SCRIPT = """
      (function () {
        var filter = document.getElementById('filter');
        if (filter) {
          filter.addEventListener('input', function () {
            var q = filter.value.trim().toLowerCase();
            document.querySelectorAll('#breakdown details.participant').forEach(function (d) {
              d.hidden = q !== '' && d.getAttribute('data-search').indexOf(q) < 0;
            });
          });
        }
        document.documentElement.setAttribute('data-rendered', String(document.querySelectorAll('svg').length));
      })();
      """;

    /**
     * Renders the page.
     *
     * @param page what to show
     * @param primary {@link Locale#CHINESE} (labels Chinese first, reasons in Chinese) or {@link
     *     Locale#ENGLISH}
     * @return the complete HTML document
     */
    public static String render(ResultsPage page, Locale primary) {
        Html h = new Html(primary);
        boolean en = "en".equals(primary.getLanguage());
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"")
                .append(en ? "en" : "zh-CN")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(Html.esc(page.competitionName()))
                .append(" · ")
                .append(h.plain("结果公示", "published results"))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");

        b.append("<header><div class=\"kicker\">")
                .append(h.label("竞赛结果公示", "Published results"))
                .append("</div>")
                .append("<h1>")
                .append(Html.esc(page.competitionName()))
                .append("</h1><dl>");
        dl(b, h.label("竞赛编号", "competition"), Html.esc(page.competitionId()));
        dl(
                b,
                h.label("指标体系", "indicator set"),
                h.text(page.indicatorSetName()) + " (" + Html.esc(page.indicatorSet()) + ")");
        dl(b, h.label("计分依据", "basis"), h.text(page.basis()));
        dl(b, h.label("公示日期", "published on"), Html.esc(page.publishedOn().toString()));
        dl(
                b,
                h.label("公示期", "objection window"),
                Html.esc(h.plain(
                        page.objectionDays() + " 日（至 " + page.publishedOn().plusDays(page.objectionDays())
                                + "），如有异议请向竞赛办公室书面反映",
                        page.objectionDays() + " days (until "
                                + page.publishedOn().plusDays(page.objectionDays())
                                + "); objections in writing to the contest office")));
        b.append("</dl></header>\n");

        b.append("<nav><a href=\"#rankings\">")
                .append(h.label("排名", "rankings"))
                .append("</a><a href=\"#charts\">")
                .append(h.label("图表", "charts"))
                .append("</a>");
        if (!page.awards().isEmpty()) {
            b.append("<a href=\"#awards\">").append(h.label("评先评优", "awards")).append("</a>");
        }
        b.append("<a href=\"#breakdown\">")
                .append(h.label("得分明细", "score breakdown"))
                .append("</a></nav>\n<main>\n");

        rankings(b, h, page);
        charts(b, h, page, primary);
        if (!page.awards().isEmpty()) {
            awards(b, h, page);
        }
        breakdown(b, h, page);

        b.append("</main>\n<footer>")
                .append(
                        h.label(
                                "本页由 contest 生成，为自包含文件，无需联网；分数按指标体系声明的精度计算（默认两位小数，四舍五入）。",
                                "Generated by contest; a self-contained file that needs no network. Points are computed at the precision the indicator set declares (two decimals, half-up, by default)."))
                .append("</footer>\n<script>")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void dl(StringBuilder b, String dt, String dd) {
        b.append("<dt>").append(dt).append("</dt><dd>").append(dd).append("</dd>");
    }

    private static void rankings(StringBuilder b, Html h, ResultsPage page) {
        b.append("<section id=\"rankings\"><h2>")
                .append(h.label("排名", "Rankings"))
                .append("</h2>\n");
        for (RankingGroup g : page.groups()) {
            b.append("<h3>")
                    .append(h.label(g.label()))
                    .append("</h3>\n<table class=\"ranking\"><thead><tr>")
                    .append("<th class=\"num\">")
                    .append(h.label("名次", "rank"))
                    .append("</th>")
                    .append("<th>")
                    .append(h.label("编号", "id"))
                    .append("</th>")
                    .append("<th>")
                    .append(h.label("名称", "name"))
                    .append("</th>")
                    .append("<th>")
                    .append(h.label("单位", "unit"))
                    .append("</th>")
                    .append("<th class=\"num\">")
                    .append(h.label("总分", "total"))
                    .append("</th>")
                    .append("<th>")
                    .append(h.label("等次", "grade"))
                    .append("</th>")
                    .append("<th>")
                    .append(h.label("说明", "note"))
                    .append("</th></tr></thead><tbody>");
            for (Row r : g.rows()) {
                row(b, h, r, false);
            }
            for (Row r : g.disqualified()) {
                row(b, h, r, true);
            }
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");
    }

    private static void row(StringBuilder b, Html h, Row r, boolean dq) {
        b.append(dq ? "<tr class=\"dq\">" : "<tr>")
                .append("<td class=\"num\">")
                .append(r.rank().map(Html::esc).orElse(dq ? "—" : ""))
                .append("</td>")
                .append("<td>")
                .append(Html.esc(r.participantId()))
                .append("</td>")
                .append("<td>")
                .append(Html.esc(r.name()))
                .append("</td>")
                .append("<td>")
                .append(Html.esc(r.unit().orElse("")))
                .append("</td>")
                .append("<td class=\"num\">")
                .append(Html.num(r.total()))
                .append("</td>")
                .append("<td>")
                .append(r.grade().map(h::text).orElse(""))
                .append("</td>")
                .append("<td>")
                .append(dq ? "<span class=\"badge dq\">" + Html.esc(h.plain("一票否决", "vetoed")) + "</span> " : "")
                .append(r.note().map(h::text).orElse(""))
                .append("</td></tr>");
    }

    private static void charts(StringBuilder b, Html h, ResultsPage page, Locale primary) {
        Charts c = new Charts(page, primary);
        b.append("<section id=\"charts\"><h2>")
                .append(h.label("图表", "Charts"))
                .append("</h2><div class=\"grid-charts\">\n");
        long ranked = page.cards().stream().filter(x -> !x.disqualified()).count();
        b.append("<figure id=\"chart-composition\"><figcaption>")
                .append(h.label("得分构成（按维度）", "Score composition by dimension"));
        if (ranked > Charts.MAX_BARS) {
            b.append(" <span class=\"sub\">")
                    .append(Html.esc(h.plain("前 " + Charts.MAX_BARS + " 名", "top " + Charts.MAX_BARS)))
                    .append("</span>");
        }
        b.append("</figcaption>").append(c.composition()).append("</figure>\n");
        b.append("<figure id=\"chart-distribution\"><figcaption>")
                .append(h.label("总分分布", "Distribution of totals"))
                .append("</figcaption>")
                .append(c.distribution())
                .append("</figure>\n");
        b.append("<figure id=\"chart-trend\"><figcaption>").append(h.label("各周期得分趋势", "Trend over the periods"));
        if (page.periods().size() <= 1) {
            b.append(" <span class=\"sub\">")
                    .append(Html.esc(h.plain("（仅一个考评周期）", "(a single period)")))
                    .append("</span>");
        }
        b.append("</figcaption>").append(c.trend()).append("</figure>\n");
        b.append("</div></section>\n");
    }

    private static void awards(StringBuilder b, Html h, ResultsPage page) {
        b.append("<section id=\"awards\"><h2>")
                .append(h.label("评先评优与推荐", "Awards and recommendations"))
                .append("</h2>\n");
        for (AwardSection a : page.awards()) {
            b.append("<h3>")
                    .append(h.label(a.name()))
                    .append(" <span class=\"badge\">")
                    .append(h.text(a.nature()))
                    .append("</span></h3>");
            a.quota()
                    .ifPresent(q -> b.append("<p class=\"sub\">")
                            .append(h.label("名额", "quota"))
                            .append("：")
                            .append(h.text(q))
                            .append("</p>"));
            b.append("<table class=\"award\"><thead><tr><th>")
                    .append(h.label("编号", "id"))
                    .append("</th><th>")
                    .append(h.label("名称", "name"))
                    .append("</th><th>")
                    .append(h.label("结果", "decision"))
                    .append("</th><th>")
                    .append(h.label("理由", "reasons"))
                    .append("</th></tr></thead><tbody>");
            for (AwardRow r : a.decisions()) {
                b.append("<tr><td>")
                        .append(Html.esc(r.participantId()))
                        .append("</td><td>")
                        .append(Html.esc(r.name()))
                        .append("</td><td><span class=\"badge ")
                        .append(r.selected() ? "sel" : "no")
                        .append("\">")
                        .append(h.text(r.selection()))
                        .append("</span></td><td><ul class=\"reasons\">");
                for (LocalizedText reason : r.reasons()) {
                    b.append("<li>").append(h.text(reason)).append("</li>");
                }
                b.append("</ul></td></tr>");
            }
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");
    }

    private static void breakdown(StringBuilder b, Html h, ResultsPage page) {
        b.append("<section id=\"breakdown\"><h2>")
                .append(h.label("得分明细", "Score breakdown"))
                .append("</h2>\n")
                .append("<p><input id=\"filter\" type=\"search\" placeholder=\"")
                .append(Html.esc(h.plain("按名称或编号筛选…", "filter by name or id…")))
                .append("\" aria-label=\"filter\"></p>\n");
        for (Card c : page.cards()) {
            b.append("<details class=\"participant\" data-search=\"")
                    .append(Html.esc((c.participantId() + " " + c.name()).toLowerCase(Locale.ROOT)))
                    .append("\"><summary>")
                    .append(c.rank().map(r -> Html.esc(r) + ". ").orElse(""))
                    .append(Html.esc(c.name()))
                    .append(" <span class=\"sub\">")
                    .append(Html.esc(c.participantId()))
                    .append(c.unit().map(u -> " · " + Html.esc(u)).orElse(""))
                    .append(" · ")
                    .append(h.text(c.kind()))
                    .append("</span> — ")
                    .append(Html.num(c.total()))
                    .append(h.plain(" 分", " points"))
                    .append(c.grade()
                            .map(g -> " <span class=\"badge\">" + h.text(g) + "</span>")
                            .orElse(""))
                    .append(
                            c.disqualified()
                                    ? " <span class=\"badge dq\">" + Html.esc(h.plain("一票否决", "vetoed")) + "</span>"
                                    : "")
                    .append("</summary>\n<table class=\"card\"><thead><tr><th>")
                    .append(h.label("维度", "dimension"))
                    .append("</th><th class=\"num\">")
                    .append(h.label("满分", "max"))
                    .append("</th>");
            for (PeriodInfo p : page.periods()) {
                b.append("<th class=\"num\">")
                        .append(Html.esc(p.id()))
                        .append("<br><span class=\"sub\">")
                        .append(h.text(p.kind()))
                        .append(" ×")
                        .append(Html.num(p.weight()))
                        .append("</span></th>");
            }
            b.append("</tr></thead><tbody>");
            for (Line l : c.lines()) {
                b.append("<tr><td>")
                        .append(h.label(l.label()))
                        .append("</td><td class=\"num\">")
                        .append(Html.num(l.maxPoints()))
                        .append("</td>");
                for (Optional<java.math.BigDecimal> v : l.points()) {
                    b.append("<td class=\"num\">").append(Html.num(v)).append("</td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table>\n");
            if (!c.indicatorLines().isEmpty()) {
                b.append("<details class=\"indicators\"><summary>")
                        .append(h.label("指标得分", "points per indicator"))
                        .append("</summary><table class=\"card\"><thead><tr><th>")
                        .append(h.label("指标", "indicator"))
                        .append("</th><th class=\"num\">")
                        .append(h.label("满分/上限", "max/cap"))
                        .append("</th>");
                for (PeriodInfo p : page.periods()) {
                    b.append("<th class=\"num\">").append(Html.esc(p.id())).append("</th>");
                }
                b.append("</tr></thead><tbody>");
                for (Line l : c.indicatorLines()) {
                    b.append("<tr><td>")
                            .append(h.text(l.label()))
                            .append("</td><td class=\"num\">")
                            .append(Html.num(l.maxPoints()))
                            .append("</td>");
                    for (Optional<java.math.BigDecimal> v : l.points()) {
                        b.append("<td class=\"num\">").append(Html.num(v)).append("</td>");
                    }
                    b.append("</tr>");
                }
                b.append("</tbody></table></details>\n");
            }
            if (!c.reasons().isEmpty()) {
                b.append("<ul class=\"reasons\">");
                for (LocalizedText r : c.reasons()) {
                    b.append("<li>").append(h.text(r)).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</details>\n");
        }
        b.append("</section>\n");
    }
}
