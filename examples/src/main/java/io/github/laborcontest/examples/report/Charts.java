// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import io.github.laborcontest.examples.report.ResultsPage.Card;
import io.github.laborcontest.examples.report.ResultsPage.DimensionInfo;
import io.github.laborcontest.examples.report.ResultsPage.Part;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The page's charts as inline SVG: score composition, distribution of totals, period trend. */
final class Charts {

    /** Colours of dimensions, in order (Tableau 10, readable by most colour-blind readers). */
    static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    /** At most this many participants in the composition chart. */
    static final int MAX_BARS = 30;

    /** At most this many participants' own lines in the trend chart. */
    static final int TREND_LINES = 5;

    private final Html h;
    private final ResultsPage page;

    Charts(ResultsPage page, Locale primary) {
        this.page = page;
        this.h = new Html(primary);
    }

    private double scaleMax() {
        double max = page.maxPoints().doubleValue();
        for (Card c : page.cards()) {
            max = Math.max(max, c.total().doubleValue());
        }
        return max <= 0 ? 100 : max;
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The dimensions drawn: those with points, plus the bonus when any card has one. */
    private List<String[]> parts() {
        List<String[]> parts = new ArrayList<>();
        for (DimensionInfo d : page.dimensions()) {
            if (d.maxPoints().signum() > 0) {
                parts.add(new String[] {d.code(), h.plain(d.name())});
            }
        }
        boolean bonus = page.cards().stream()
                .flatMap(c -> c.composition().stream())
                .anyMatch(p -> p.code().equals("bonus") && p.points().signum() > 0);
        if (bonus) {
            parts.add(new String[] {"bonus", h.plain("加分", "bonus")});
        }
        return parts;
    }

    /** Horizontal stacked bars: each ranked participant's total by dimension. */
    String composition() {
        List<Card> cards = page.cards().stream()
                .filter(c -> !c.disqualified())
                .limit(MAX_BARS)
                .toList();
        List<String[]> parts = parts();
        int width = 960;
        int left = 220;
        int right = 70;
        int top = 24 + 22 * ((parts.size() + 4) / 5);
        int barH = 16;
        int gap = 6;
        int height = top + cards.size() * (barH + gap) + 30;
        double max = scaleMax();
        double scale = (width - left - right) / max;
        StringBuilder s = svgOpen(width, height, h.plain("得分构成", "score composition"));
        for (int i = 0; i < parts.size(); i++) {
            int lx = 10 + (i % 5) * 188;
            int ly = 10 + (i / 5) * 22;
            s.append("<rect x=\"")
                    .append(lx)
                    .append("\" y=\"")
                    .append(ly)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(PALETTE[i % PALETTE.length])
                    .append("\"/>");
            s.append("<text x=\"")
                    .append(lx + 18)
                    .append("\" y=\"")
                    .append(ly + 11)
                    .append("\" class=\"legend\">")
                    .append(Html.esc(parts.get(i)[1]))
                    .append("</text>");
        }
        for (int g = 0; g <= 5; g++) {
            double v = max * g / 5;
            double x = left + v * scale;
            s.append("<line x1=\"")
                    .append(f(x))
                    .append("\" y1=\"")
                    .append(top - 4)
                    .append("\" x2=\"")
                    .append(f(x))
                    .append("\" y2=\"")
                    .append(height - 24)
                    .append("\" class=\"grid\"/>");
            s.append("<text x=\"")
                    .append(f(x))
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(Math.round(v))
                    .append("</text>");
        }
        for (int r = 0; r < cards.size(); r++) {
            Card c = cards.get(r);
            int y = top + r * (barH + gap);
            String name = c.rank().map(x -> x + ". ").orElse("") + c.name();
            s.append("<text x=\"")
                    .append(left - 8)
                    .append("\" y=\"")
                    .append(y + 12)
                    .append("\" class=\"label\" text-anchor=\"end\">")
                    .append(Html.esc(shorten(name, 16)))
                    .append("</text>");
            double x = left;
            for (int i = 0; i < parts.size(); i++) {
                String code = parts.get(i)[0];
                double v = c.composition().stream()
                        .filter(p -> p.code().equals(code))
                        .map(Part::points)
                        .findFirst()
                        .orElse(BigDecimal.ZERO)
                        .doubleValue();
                if (v <= 0) {
                    continue;
                }
                double w = v * scale;
                s.append("<rect x=\"")
                        .append(f(x))
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(f(w))
                        .append("\" height=\"")
                        .append(barH)
                        .append("\" fill=\"")
                        .append(PALETTE[i % PALETTE.length])
                        .append("\"><title>")
                        .append(Html.esc(c.name() + " · " + parts.get(i)[1] + ": "
                                + new BigDecimal(v, MathContext.DECIMAL64)
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString()))
                        .append("</title></rect>");
                x += w;
            }
            s.append("<text x=\"")
                    .append(f(left + c.total().doubleValue() * scale + 6))
                    .append("\" y=\"")
                    .append(y + 12)
                    .append("\" class=\"value\">")
                    .append(Html.num(c.total()))
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** A histogram of the ranked participants' totals in bins of ten points. */
    String distribution() {
        double max = scaleMax();
        int bins = (int) Math.ceil(max / 10.0);
        int[] counts = new int[bins];
        for (Card c : page.cards()) {
            if (c.disqualified()) {
                continue;
            }
            int b = (int) Math.floor(c.total().doubleValue() / 10.0);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        int most = 1;
        for (int n : counts) {
            most = Math.max(most, n);
        }
        int width = 960;
        int height = 300;
        int left = 50;
        int bottom = 40;
        int top = 20;
        double bw = (width - left - 20) / (double) bins;
        double ys = (height - top - bottom) / (double) most;
        StringBuilder s = svgOpen(width, height, h.plain("总分分布", "distribution of totals"));
        for (int g = 0; g <= most; g += Math.max(1, most / 5)) {
            double y = height - bottom - g * ys;
            s.append("<line x1=\"")
                    .append(left)
                    .append("\" y1=\"")
                    .append(f(y))
                    .append("\" x2=\"")
                    .append(width - 20)
                    .append("\" y2=\"")
                    .append(f(y))
                    .append("\" class=\"grid\"/>");
            s.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(f(y + 4))
                    .append("\" class=\"axis\" text-anchor=\"end\">")
                    .append(g)
                    .append("</text>");
        }
        for (int b = 0; b < bins; b++) {
            double x = left + b * bw;
            double bh = counts[b] * ys;
            String range = (b * 10) + "–" + (b == bins - 1 ? "" : (b * 10 + 10));
            s.append("<rect x=\"")
                    .append(f(x + 3))
                    .append("\" y=\"")
                    .append(f(height - bottom - bh))
                    .append("\" width=\"")
                    .append(f(bw - 6))
                    .append("\" height=\"")
                    .append(f(bh))
                    .append("\" fill=\"")
                    .append(PALETTE[0])
                    .append("\"><title>")
                    .append(range)
                    .append(": ")
                    .append(counts[b])
                    .append("</title></rect>");
            if (counts[b] > 0) {
                s.append("<text x=\"")
                        .append(f(x + bw / 2))
                        .append("\" y=\"")
                        .append(f(height - bottom - bh - 4))
                        .append("\" class=\"value\" text-anchor=\"middle\">")
                        .append(counts[b])
                        .append("</text>");
            }
            s.append("<text x=\"")
                    .append(f(x + bw / 2))
                    .append("\" y=\"")
                    .append(height - bottom + 16)
                    .append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(range)
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** The mean total per period, and the period totals of the top participants. */
    String trend() {
        int periods = page.periods().size();
        int width = 960;
        int height = 340;
        int left = 50;
        int right = 200;
        int top = 20;
        int bottom = 40;
        double max = scaleMax();
        List<Card> ranked = page.cards().stream().filter(c -> !c.disqualified()).toList();
        // the value axis starts at the tens below the lowest value drawn, so that changes are visible
        double lowest = max;
        for (Card c : ranked) {
            for (Optional<BigDecimal> v : c.periodTotals()) {
                if (v.isPresent()) {
                    lowest = Math.min(lowest, v.get().doubleValue());
                }
            }
        }
        double lo = Math.max(0, Math.floor((lowest - 5) / 10.0) * 10);
        if (lo >= max) {
            lo = 0;
        }
        double xs = periods <= 1 ? 0 : (width - left - right) / (double) (periods - 1);
        double ys = (height - top - bottom) / (max - lo);
        StringBuilder s = svgOpen(width, height, h.plain("各周期得分趋势", "trend over the periods"));
        // ticks every 10 (or 20 on a wide range) when the range allows, else five equal steps
        double range = max - lo;
        double step = range % 10 == 0 ? (range <= 60 ? 10 : 20) : range / 5;
        int ticks = (int) Math.round(range / step);
        for (int g = 0; g <= ticks; g++) {
            double v = lo + step * g;
            double y = height - bottom - (v - lo) * ys;
            s.append("<line x1=\"")
                    .append(left)
                    .append("\" y1=\"")
                    .append(f(y))
                    .append("\" x2=\"")
                    .append(width - right)
                    .append("\" y2=\"")
                    .append(f(y))
                    .append("\" class=\"grid\"/>");
            s.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(f(y + 4))
                    .append("\" class=\"axis\" text-anchor=\"end\">")
                    .append(Math.round(v))
                    .append("</text>");
        }
        for (int p = 0; p < periods; p++) {
            double x = left + p * xs + (periods <= 1 ? (width - left - right) / 2.0 : 0);
            s.append("<text x=\"")
                    .append(f(x))
                    .append("\" y=\"")
                    .append(height - bottom + 18)
                    .append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(Html.esc(page.periods().get(p).id()))
                    .append("</text>");
        }
        List<Optional<BigDecimal>> mean = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Card c : ranked) {
                if (p < c.periodTotals().size() && c.periodTotals().get(p).isPresent()) {
                    sum = sum.add(c.periodTotals().get(p).get());
                    n++;
                }
            }
            mean.add(
                    n == 0
                            ? Optional.empty()
                            : Optional.of(sum.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP)));
        }
        int base = height - bottom;
        int legendY = top + 6;
        List<Card> top5 = ranked.stream().limit(TREND_LINES).toList();
        for (int i = 0; i < top5.size(); i++) {
            String colour = PALETTE[(i + 1) % PALETTE.length];
            line(
                    s,
                    top5.get(i).periodTotals(),
                    left,
                    xs,
                    ys,
                    lo,
                    base,
                    periods,
                    width - left - right,
                    colour,
                    "series",
                    false);
            s.append("<rect x=\"")
                    .append(width - right + 16)
                    .append("\" y=\"")
                    .append(legendY + 22 * (i + 1) - 10)
                    .append("\" width=\"12\" height=\"3\" fill=\"")
                    .append(colour)
                    .append("\"/>");
            s.append("<text x=\"")
                    .append(width - right + 34)
                    .append("\" y=\"")
                    .append(legendY + 22 * (i + 1) - 4)
                    .append("\" class=\"legend\">")
                    .append(Html.esc(shorten(
                            top5.get(i).rank().map(r -> r + ". ").orElse("")
                                    + top5.get(i).name(),
                            11)))
                    .append("</text>");
        }
        line(s, mean, left, xs, ys, lo, base, periods, width - left - right, "#222", "mean", true);
        s.append("<rect x=\"")
                .append(width - right + 16)
                .append("\" y=\"")
                .append(legendY - 10)
                .append("\" width=\"12\" height=\"4\" fill=\"#222\"/>");
        s.append("<text x=\"")
                .append(width - right + 34)
                .append("\" y=\"")
                .append(legendY - 4)
                .append("\" class=\"legend\">")
                .append(Html.esc(h.plain("平均分", "mean")))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    private static void line(
            StringBuilder s,
            List<Optional<BigDecimal>> values,
            int left,
            double xs,
            double ys,
            double lo,
            int base,
            int periods,
            int plotWidth,
            String colour,
            String cls,
            boolean labels) {
        StringBuilder pts = new StringBuilder();
        for (int p = 0; p < Math.min(periods, values.size()); p++) {
            if (values.get(p).isEmpty()) {
                continue;
            }
            double x = left + p * xs + (periods <= 1 ? plotWidth / 2.0 : 0);
            double y = base - (values.get(p).get().doubleValue() - lo) * ys;
            pts.append(pts.length() == 0 ? "" : " ").append(f(x)).append(',').append(f(y));
            s.append("<circle cx=\"")
                    .append(f(x))
                    .append("\" cy=\"")
                    .append(f(y))
                    .append("\" r=\"")
                    .append(labels ? 4 : 3)
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\"><title>")
                    .append(Html.num(values.get(p).get()))
                    .append("</title></circle>");
            if (labels) {
                s.append("<text x=\"")
                        .append(f(x))
                        .append("\" y=\"")
                        .append(f(y - 9))
                        .append("\" class=\"value\" text-anchor=\"middle\">")
                        .append(Html.num(values.get(p).get()))
                        .append("</text>");
            }
        }
        if (pts.length() > 0) {
            s.append("<polyline class=\"")
                    .append(cls)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"")
                    .append(labels ? 3 : 1.5)
                    .append("\" points=\"")
                    .append(pts)
                    .append("\"/>");
        }
    }

    private static StringBuilder svgOpen(int width, int height, String title) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(Html.esc(title))
                .append("\"><title>")
                .append(Html.esc(title))
                .append("</title>");
    }

    private static String shorten(String s, int max) {
        int[] cps = s.codePoints().toArray();
        return cps.length <= max ? s : new String(cps, 0, max - 1) + "…";
    }
}
