// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.examples.cli.ContestCli;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static Competition skill() throws Exception {
        return ContestJson.readCompetition(Files.readString(Path.of("data/skill-plan.json")), ContestJson.Format.JSON)
                .get();
    }

    private static IndicatorSet set(Competition c) {
        return IndicatorSetRegistry.discover().get().find(c.indicatorSet()).orElseThrow();
    }

    /**
     * Two welders of skill-plan.json (theory 30%, practical 70%, one mark dropped each side).
     *
     * <pre>
     * W-001: theory 80 → contributes 0.3 × 80 = 24.0; marks 70, 80, 90 → 80 → 0.7 × 80 = 56.0; total 80.00
     * W-002: theory 90 → 27.0; marks 60, 70, 100 → 70 → 0.7 × 70 = 49.0; total 76.00
     * </pre>
     */
    private static ResultsPage twoWelders() throws Exception {
        Competition c = skill();
        List<Measurement> ms =
                ContestJson.readMeasurements("""
                [ {"participant": "W-001", "indicator": "theory.exam", "period": "2026-event", "value": 80},
                  {"participant": "W-001", "indicator": "practical.judged", "period": "2026-event", "marks": [70, 80, 90]},
                  {"participant": "W-002", "indicator": "theory.exam", "period": "2026-event", "value": 90},
                  {"participant": "W-002", "indicator": "practical.judged", "period": "2026-event", "marks": [60, 70, 100]} ]
                """, ContestJson.Format.JSON).get();
        CumulativeResult r = Scorer.create()
                .scoreCumulative(c, set(c), ms, ScoringOptions.DEFAULT)
                .get();
        return ResultsPages.of(c, set(c), r, Optional.empty(), LocalDate.of(2026, 11, 24), 7);
    }

    @Test
    void theCardsCarryTheHandComputedTotalsAndComposition() throws Exception {
        ResultsPage page = twoWelders();
        ResultsPage.Card first = page.cards().get(0);
        assertThat(first.participantId()).isEqualTo("W-001");
        assertThat(first.rank()).contains("1");
        assertThat(first.total()).isEqualByComparingTo("80.00");
        assertThat(first.composition())
                .extracting(ResultsPage.Part::code)
                .containsExactly("theory", "practical", "bonus");
        assertThat(first.composition().get(0).points()).isEqualByComparingTo("24.0");
        assertThat(first.composition().get(1).points()).isEqualByComparingTo("56.0");
        assertThat(first.composition().get(2).points()).isEqualByComparingTo("0");
        ResultsPage.Card second = page.cards().get(1);
        assertThat(second.participantId()).isEqualTo("W-002");
        assertThat(second.total()).isEqualByComparingTo("76.00");
        assertThat(second.composition()
                        .get(0)
                        .points()
                        .add(second.composition().get(1).points()))
                .isEqualByComparingTo("76.0");
        // per indicator: theory.exam 80.00, practical.judged 80.00 (the kept middle mark)
        assertThat(first.indicatorLines().get(0).label().en()).startsWith("theory exam");
        assertThat(first.indicatorLines().get(0).points().get(0)).contains(new BigDecimal("80.00"));
        assertThat(first.indicatorLines().get(1).points().get(0)).contains(new BigDecimal("80.00"));
        // the breakdown rows: theory 80.00 and practical 80.00 (dimension points before weights)
        assertThat(first.lines().get(0).points().get(0)).contains(new BigDecimal("80.00"));
        assertThat(first.lines().get(1).points().get(0)).contains(new BigDecimal("80.00"));
    }

    @Test
    void thePageIsSelfContainedDeterministicAndBilingual() throws Exception {
        ResultsPage page = twoWelders();
        String zh = HtmlReport.render(page, Locale.CHINESE);
        assertThat(HtmlReport.render(page, Locale.CHINESE)).isEqualTo(zh);
        assertThat(zh).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
        assertThat(zh).contains("default-src 'none'");
        // no reference to anything outside the file (the SVG namespace is a name, not a request)
        assertThat(zh.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(count(zh, "<svg ")).isEqualTo(3);
        assertThat(zh).contains("排名<span class=\"sub\" lang=\"en\"> Rankings</span>");
        String en = HtmlReport.render(page, Locale.ENGLISH);
        assertThat(en)
                .contains("Rankings<span class=\"sub\" lang=\"zh\"> 排名</span>")
                .contains("<html lang=\"en\">");
    }

    @Test
    void textFromTheInputIsEscaped() throws Exception {
        ResultsPage page = twoWelders();
        ResultsPage.Card card = page.cards().get(0);
        ResultsPage.Card evil = new ResultsPage.Card(
                card.participantId(),
                "<script>alert(1)</script>",
                card.unit(),
                card.kind(),
                card.rank(),
                false,
                card.total(),
                card.grade(),
                card.composition(),
                card.periodTotals(),
                card.lines(),
                card.indicatorLines(),
                card.reasons());
        ResultsPage changed = new ResultsPage(
                page.competitionId(),
                "A & B <i>",
                page.indicatorSet(),
                page.indicatorSetName(),
                page.basis(),
                page.publishedOn(),
                page.objectionDays(),
                page.maxPoints(),
                page.dimensions(),
                page.periods(),
                page.groups(),
                List.of(evil),
                page.awards());
        String html = HtmlReport.render(changed, Locale.CHINESE);
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("A &amp; B &lt;i&gt;");
    }

    @Test
    void theReportCommandShowsRankingsGroupsAwardsAndReasons(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("key.html");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int code = ContestCli.run(
                new String[] {
                    "report",
                    "data/key-project-plan.yaml",
                    "data/key-project-measurements.json",
                    "--awards",
                    "data/key-project-awards.json",
                    "--facts",
                    "data/key-project-facts.json",
                    "--published-on",
                    "2026-11-24",
                    "-o",
                    out.toString()
                },
                ps,
                ps);
        assertThat(code).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(out);
        // every participant of the sample has a breakdown, and the plan groups by project stage
        assertThat(count(html, "<details class=\"participant\"")).isEqualTo(12);
        assertThat(count(html, "<details class=\"indicators\"")).isEqualTo(12);
        assertThat(html).contains("项目阶段：开工").contains("项目阶段：签约").contains("项目阶段：完工");
        // P-009's fatal accident in 2026-Q2 is published with its evidence
        assertThat(html).contains("2026-Q2 · 一票否决：发生亡人事故").contains("QD-AJ-2026-041");
        // P-006's Taishan Cup bonus is shown with its reason
        assertThat(html).contains("2026-Q2 · 加分 +");
        // the award: 20% of 12 entrants rounded down = 2 places, with reasons for every decision
        assertThat(html).contains("优秀重点工程项目").contains("入选").contains("不符合条件");
        assertThat(html).contains("公示期").contains("2026-12-01");
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theCompositionOfEverySampleCardAddsUpToItsTotalUpToTheFinalRounding() throws Exception {
        for (String kind : List.of("key-project", "skill", "safety")) {
            Competition c = ContestJson.readCompetition(
                            Files.readString(Path.of("data/" + kind + "-plan.json")), ContestJson.Format.JSON)
                    .get();
            List<Measurement> ms = ContestJson.readMeasurements(
                            Files.readString(Path.of("data/" + kind + "-measurements.json")), ContestJson.Format.JSON)
                    .get();
            CumulativeResult r = Scorer.create()
                    .scoreCumulative(c, set(c), ms, ScoringOptions.DEFAULT)
                    .get();
            ResultsPage page = ResultsPages.of(c, set(c), r, Optional.empty(), LocalDate.of(2026, 11, 24), 7);
            // the cumulative total is Σ weight × period total, rounded once to 2 decimals (≤ 0.005 off)
            BigDecimal tolerance = new BigDecimal("0.005");
            for (ResultsPage.Card card : page.cards()) {
                if (card.disqualified()) {
                    continue;
                }
                BigDecimal sum = card.composition().stream()
                        .map(ResultsPage.Part::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum.subtract(card.total()).abs())
                        .as(kind + " " + card.participantId())
                        .isLessThanOrEqualTo(tolerance);
            }
        }
    }

    /**
     * A quarterly page (2026-Q2 of the key-project sample): that quarter's ranking, totals and
     * reasons, and no later quarter anywhere (columns, trend).
     */
    @Test
    void aPeriodPageShowsThatPeriodOnlyAndTheTrendUpToIt() throws Exception {
        Competition c = ContestJson.readCompetition(
                        Files.readString(Path.of("data/key-project-plan.json")), ContestJson.Format.JSON)
                .get();
        List<Measurement> ms = ContestJson.readMeasurements(
                        Files.readString(Path.of("data/key-project-measurements.json")), ContestJson.Format.JSON)
                .get();
        CumulativeResult r = Scorer.create()
                .scoreCumulative(c, set(c), ms, ScoringOptions.DEFAULT)
                .get();
        PeriodResult q2 = r.periods().stream()
                .filter(p -> p.period().value().equals("2026-Q2"))
                .findFirst()
                .orElseThrow();
        ResultsPage page = ResultsPages.ofPeriod(
                c, set(c), r, PeriodId.of("2026-Q2"), Optional.empty(), LocalDate.of(2026, 7, 10), 7);

        assertThat(page.periods()).extracting(ResultsPage.PeriodInfo::id).containsExactly("2026-Q1", "2026-Q2");
        assertThat(page.basis().en()).startsWith("the results of period 2026-Q2");
        // the overall ranking is the quarter's, in its order and with its totals
        assertThat(page.groups().get(0).rows())
                .extracting(ResultsPage.Row::participantId)
                .containsExactlyElementsOf(q2.overall().entries().stream()
                        .map(e -> e.participant().value())
                        .toList());
        assertThat(page.groups().get(0).rows().get(0).total())
                .isEqualByComparingTo(q2.overall().entries().get(0).total().value());
        // P-009's fatal accident in Q2 takes it out of the quarter's ranking
        assertThat(page.groups().get(0).disqualified())
                .extracting(ResultsPage.Row::participantId)
                .contains("P-009");
        BigDecimal tolerance = new BigDecimal("0.005");
        for (ResultsPage.Card card : page.cards()) {
            assertThat(card.periodTotals()).hasSize(2);
            assertThat(card.reasons()).allMatch(t -> t.zh().startsWith("2026-Q2") || t.zh().startsWith("等次"));
            if (!card.disqualified()) {
                assertThat(card.total())
                        .isEqualByComparingTo(
                                q2.card(io.github.laborcontest.model.ParticipantId.of(card.participantId()))
                                        .orElseThrow()
                                        .total()
                                        .value());
                BigDecimal sum = card.composition().stream()
                        .map(ResultsPage.Part::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum.subtract(card.total()).abs())
                        .as(card.participantId())
                        .isLessThanOrEqualTo(tolerance);
            }
        }
    }

    @Test
    void theReportCommandPublishesOnePeriod(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("q2.html");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int code = ContestCli.run(
                new String[] {
                    "report",
                    "data/key-project-plan.json",
                    "data/key-project-measurements.json",
                    "--period",
                    "2026-Q2",
                    "--published-on",
                    "2026-07-10",
                    "-o",
                    out.toString()
                },
                ps,
                ps);
        assertThat(code).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("考评周期 2026-Q2 的结果").contains("2026-Q2 · 一票否决：发生亡人事故");
        assertThat(html).doesNotContain("2026-Q3").doesNotContain("2026-final");
        assertThat(count(html, "<svg ")).isEqualTo(3);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        PrintStream bs = new PrintStream(bad, true, StandardCharsets.UTF_8);
        assertThat(ContestCli.run(
                        new String[] {
                            "report",
                            "data/key-project-plan.json",
                            "data/key-project-measurements.json",
                            "--period",
                            "2027-Q9",
                            "-o",
                            dir.resolve("x.html").toString()
                        },
                        bs,
                        bs))
                .isEqualTo(1);
        assertThat(bad.toString(StandardCharsets.UTF_8)).contains("2027-Q9");
    }
}
