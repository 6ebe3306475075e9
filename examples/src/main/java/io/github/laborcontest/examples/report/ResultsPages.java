// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.AwardsReport;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.CriterionOutcome;
import io.github.laborcontest.awards.VetoRecord;
import io.github.laborcontest.examples.report.ResultsPage.AwardRow;
import io.github.laborcontest.examples.report.ResultsPage.AwardSection;
import io.github.laborcontest.examples.report.ResultsPage.Card;
import io.github.laborcontest.examples.report.ResultsPage.DimensionInfo;
import io.github.laborcontest.examples.report.ResultsPage.Line;
import io.github.laborcontest.examples.report.ResultsPage.Part;
import io.github.laborcontest.examples.report.ResultsPage.PeriodInfo;
import io.github.laborcontest.examples.report.ResultsPage.RankingGroup;
import io.github.laborcontest.examples.report.ResultsPage.Row;
import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.DimensionScore;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.explain.Explanations;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link ResultsPage} from the library's results: the cumulative scoring result (every
 * period's score cards, the weighted totals, rankings and grades) and, optionally, the award
 * decisions. Also turns a scoring result into award candidates.
 */
public final class ResultsPages {

    private ResultsPages() {}

    /**
     * The page of a cumulative result.
     *
     * @param competition the competition
     * @param set its indicator set
     * @param result the cumulative scoring result
     * @param awards the award decisions, if any
     * @param publishedOn the publication date
     * @param objectionDays the objection window in days
     * @return the page's model
     */
    public static ResultsPage of(
            Competition competition,
            IndicatorSet set,
            CumulativeResult result,
            Optional<AwardsReport> awards,
            LocalDate publishedOn,
            int objectionDays) {
        return build(competition, set, result, Optional.empty(), awards, publishedOn, objectionDays);
    }

    /**
     * The page of one period (a monthly or quarterly publication): that period's rankings, totals
     * and grades; each breakdown and the trend chart show the periods up to and including it.
     *
     * @param competition the competition
     * @param set its indicator set
     * @param result the cumulative scoring result (it holds every period's result)
     * @param period the period, one of {@code result.periods()}
     * @param awards the award decisions, if any
     * @param publishedOn the publication date
     * @param objectionDays the objection window in days
     * @return the page's model
     * @throws IllegalArgumentException if the result has no such period
     */
    public static ResultsPage ofPeriod(
            Competition competition,
            IndicatorSet set,
            CumulativeResult result,
            PeriodId period,
            Optional<AwardsReport> awards,
            LocalDate publishedOn,
            int objectionDays) {
        PeriodResult pr = result.periods().stream()
                .filter(r -> r.period().equals(period))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no period " + period.value()));
        return build(competition, set, result, Optional.of(pr), awards, publishedOn, objectionDays);
    }

    private static ResultsPage build(
            Competition competition,
            IndicatorSet set,
            CumulativeResult result,
            Optional<PeriodResult> only,
            Optional<AwardsReport> awards,
            LocalDate publishedOn,
            int objectionDays) {
        List<GradeResult> gradeList = only.map(PeriodResult::grades).orElse(result.grades());
        Ranking overall = only.map(PeriodResult::overall).orElse(result.overall());
        List<Ranking> rankingGroups = only.map(PeriodResult::groups).orElse(result.groups());
        Map<ParticipantId, GradeResult> grades = gradeList.stream()
                .collect(Collectors.toMap(GradeResult::participant, Function.identity(), (a, b) -> a));
        List<RankingGroup> groups = new ArrayList<>();
        groups.add(group(LocalizedText.of("总排名", "overall ranking"), overall, competition, set, grades));
        for (Ranking g : rankingGroups) {
            groups.add(group(groupLabel(g.group().orElseThrow()), g, competition, set, grades));
        }
        List<EvaluationPeriod> periods = new ArrayList<>();
        for (EvaluationPeriod p : competition.periods()) {
            periods.add(p);
            if (only.isPresent() && p.id().equals(only.get().period())) {
                break;
            }
        }
        List<PeriodInfo> periodInfos = periods.stream()
                .map(p -> new PeriodInfo(p.id().value(), p.kind().label(), p.weight()))
                .toList();
        List<Card> cards = new ArrayList<>();
        List<ParticipantId> order = new ArrayList<>();
        overall.entries().forEach(e -> order.add(e.participant()));
        overall.disqualified().forEach(d -> order.add(d.participant()));
        for (ParticipantId id : order) {
            cards.add(card(id, competition, periods, set, result, only, overall, grades.get(id)));
        }
        List<DimensionInfo> dims = set.dimensions().stream()
                .map(d -> new DimensionInfo(
                        d.code().value(), d.name(), d.maxPoints().value()))
                .toList();
        boolean single = competition.periods().size() == 1;
        LocalizedText basis;
        if (only.isPresent() && !single) {
            String id = only.get().period().value();
            basis = LocalizedText.of(
                    "考评周期 " + id + " 的结果（本期得分与排名；趋势含此前各周期）",
                    "the results of period " + id + " (this period's scores and ranking; the trend shows the periods"
                            + " so far)");
        } else if (single) {
            basis = LocalizedText.of(
                    "考评周期 " + periods.get(0).id().value(),
                    "period " + periods.get(0).id().value());
        } else {
            basis = LocalizedText.of("累计积分（各周期按权重加权）", "cumulative points (periods weighted)");
        }
        return new ResultsPage(
                competition.id().value(),
                competition.plan().name(),
                set.ref().toString(),
                set.name(),
                basis,
                publishedOn,
                objectionDays,
                set.totalPoints().value(),
                dims,
                periodInfos,
                groups,
                cards,
                awards.map(ResultsPages::awards).orElse(List.of()));
    }

    /**
     * Award candidates from a cumulative result: every participant with its overall rank (shared
     * when tied), total, grade code and vetoes. Other facts (for example a disciplinary record) are
     * not known from scores and stay unknown, so awards that need them are undetermined.
     *
     * @param competition the competition
     * @param set its indicator set
     * @param result the cumulative result
     * @return the candidates, ranked ones first
     */
    public static List<Candidate> candidates(Competition competition, IndicatorSet set, CumulativeResult result) {
        List<Candidate> out = new ArrayList<>();
        for (RankedEntry e : result.overall().entries()) {
            Participant p = competition.participant(e.participant()).orElseThrow();
            out.add(new Candidate.Builder()
                    .from(Candidate.of(p, e.rank().intValue(), !e.tiedWith().isEmpty(), e.total()))
                    .grade(result.grades().stream()
                            .filter(g -> g.participant().equals(e.participant()))
                            .findFirst()
                            .flatMap(GradeResult::grade))
                    .vetoes(vetoRecords(
                            set,
                            result.entry(e.participant())
                                    .map(CumulativeResult.Entry::vetoes)
                                    .orElse(List.of())))
                    .build());
        }
        for (Ranking.Disqualification d : result.overall().disqualified()) {
            Participant p = competition.participant(d.participant()).orElseThrow();
            out.add(new Candidate.Builder()
                    .participant(p.id())
                    .name(p.name())
                    .kind(p.kind())
                    .unit(p.unit())
                    .total(d.total())
                    .vetoes(vetoRecords(set, d.vetoes()))
                    .build());
        }
        return out;
    }

    /**
     * Award candidates from one period's result (for awards given per period, such as a monthly
     * red flag): every participant with its rank in that period, total, grade and vetoes.
     *
     * @param competition the competition
     * @param set its indicator set
     * @param result the period's result
     * @return the candidates, ranked ones first
     */
    public static List<Candidate> candidates(Competition competition, IndicatorSet set, PeriodResult result) {
        List<Candidate> out = new ArrayList<>();
        for (RankedEntry e : result.overall().entries()) {
            Participant p = competition.participant(e.participant()).orElseThrow();
            out.add(new Candidate.Builder()
                    .from(Candidate.of(p, e.rank().intValue(), !e.tiedWith().isEmpty(), e.total()))
                    .grade(result.grade(e.participant()).flatMap(GradeResult::grade))
                    .vetoes(vetoRecords(
                            set,
                            result.card(e.participant()).map(ScoreCard::vetoes).orElse(List.of())))
                    .build());
        }
        for (Ranking.Disqualification d : result.overall().disqualified()) {
            Participant p = competition.participant(d.participant()).orElseThrow();
            out.add(new Candidate.Builder()
                    .participant(p.id())
                    .name(p.name())
                    .kind(p.kind())
                    .unit(p.unit())
                    .total(d.total())
                    .vetoes(vetoRecords(set, d.vetoes()))
                    .build());
        }
        return out;
    }

    private static List<VetoRecord> vetoRecords(IndicatorSet set, List<VetoOutcome> vetoes) {
        return vetoes.stream()
                .map(v -> VetoRecord.of(v.indicator().value(), indicatorName(set, v.indicator())))
                .toList();
    }

    private static LocalizedText groupLabel(Ranking.Group g) {
        LocalizedText key = g.key().label();
        LocalizedText value = LocalizedText.of(g.value(), g.value());
        try {
            if (g.key() == GroupingKey.STAGE) {
                value = io.github.laborcontest.model.Coded.fromCode(ProjectStage.class, g.value())
                        .label();
            } else if (g.key() == GroupingKey.KIND) {
                value = io.github.laborcontest.model.Coded.fromCode(ParticipantKind.class, g.value())
                        .label();
            } else if (g.key() == GroupingKey.CAMPAIGN_TASK) {
                value = CampaignTask.of(g.value()).label().orElse(value);
            }
        } catch (IllegalArgumentException unknown) {
            // a city's own code: shown as it is
        }
        return LocalizedText.of(key.zh() + "：" + value.zh(), key.en() + ": " + value.en());
    }

    private static RankingGroup group(
            LocalizedText label,
            Ranking ranking,
            Competition c,
            IndicatorSet set,
            Map<ParticipantId, GradeResult> grades) {
        List<Row> rows = new ArrayList<>();
        for (RankedEntry e : ranking.entries()) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!e.tiedWith().isEmpty()) {
                String ids = e.tiedWith().stream().map(ParticipantId::value).collect(Collectors.joining("、"));
                zh.add("与 " + ids + " 并列");
                en.add("tied with " + ids.replace("、", ", "));
            }
            e.decidedBy().ifPresent(d -> {
                zh.add("并列时按" + d.by().label().zh() + (d.ref().isEmpty() ? "" : "（" + d.ref() + "）") + "区分：" + d.value()
                        + " 对 " + d.otherValue() + "（" + d.over().value() + "）");
                en.add("tie broken by " + d.by().label().en() + (d.ref().isEmpty() ? "" : " (" + d.ref() + ")") + ": "
                        + d.value() + " vs " + d.otherValue() + " (" + d.over().value() + ")");
            });
            Participant p = c.participant(e.participant()).orElseThrow();
            rows.add(new Row(
                    Optional.of(e.rank().stripTrailingZeros().toPlainString()),
                    p.id().value(),
                    p.name(),
                    p.unit(),
                    e.total().value(),
                    Optional.ofNullable(grades.get(p.id())).flatMap(GradeResult::label),
                    zh.isEmpty()
                            ? Optional.empty()
                            : Optional.of(LocalizedText.of(String.join("；", zh), String.join("; ", en)))));
        }
        List<Row> dq = new ArrayList<>();
        for (Ranking.Disqualification d : ranking.disqualified()) {
            Participant p = c.participant(d.participant()).orElseThrow();
            String zh = d.vetoes().stream()
                    .map(v -> indicatorName(set, v.indicator()).zh() + "（"
                            + v.firedIn().value() + "）")
                    .collect(Collectors.joining("、"));
            String en = d.vetoes().stream()
                    .map(v -> indicatorName(set, v.indicator()).en() + " ("
                            + v.firedIn().value() + ")")
                    .collect(Collectors.joining(", "));
            dq.add(new Row(
                    Optional.empty(),
                    p.id().value(),
                    p.name(),
                    p.unit(),
                    d.total().value(),
                    Optional.empty(),
                    Optional.of(LocalizedText.of(zh, en))));
        }
        return new RankingGroup(label, rows, dq);
    }

    private static LocalizedText indicatorName(IndicatorSet set, IndicatorCode code) {
        return set.indicator(code).map(Indicator::name).orElse(LocalizedText.of(code.value(), code.value()));
    }

    private static Card card(
            ParticipantId id,
            Competition c,
            List<EvaluationPeriod> periods,
            IndicatorSet set,
            CumulativeResult result,
            Optional<PeriodResult> only,
            Ranking overall,
            GradeResult grade) {
        Participant p = c.participant(id).orElseThrow();
        // a period page leaves the cumulative entry out: its total, contributions and steps
        Optional<CumulativeResult.Entry> entry = only.isPresent() ? Optional.empty() : result.entry(id);
        Optional<RankedEntry> ranked = overall.entry(id);
        List<Optional<ScoreCard>> cards = new ArrayList<>();
        for (EvaluationPeriod period : periods) {
            cards.add(result.periods().stream()
                    .filter(r -> r.period().equals(period.id()))
                    .findFirst()
                    .flatMap(r -> r.card(id)));
        }
        List<Line> lines = new ArrayList<>();
        Map<String, BigDecimal> composition = new LinkedHashMap<>();
        for (Dimension d : set.dimensions()) {
            if (d.maxPoints().value().signum() <= 0) {
                continue;
            }
            List<Optional<BigDecimal>> pts = new ArrayList<>();
            for (Optional<ScoreCard> card : cards) {
                pts.add(card.flatMap(k -> k.dimension(d.code()))
                        .map(ds -> ds.points().value()));
            }
            lines.add(new Line(d.name(), Optional.of(d.maxPoints().value()), pts));
            composition.put(d.code().value(), BigDecimal.ZERO);
        }
        lines.add(new Line(
                LocalizedText.of("加分", "bonus"),
                set.bonusCap().map(b -> b.value()),
                cards.stream().map(k -> k.map(x -> x.bonus().applied().value())).toList()));
        lines.add(new Line(
                LocalizedText.of("周期得分", "period total"),
                Optional.of(set.totalPoints().value()),
                cards.stream().map(k -> k.map(x -> x.total().value())).toList()));
        List<Line> indicatorLines = new ArrayList<>();
        for (Dimension d : set.dimensions()) {
            for (Indicator ind : d.indicators()) {
                if (ind.kind() == IndicatorKind.VETO || ind.kind() == IndicatorKind.RECORDED) {
                    continue;
                }
                List<Optional<BigDecimal>> pts = new ArrayList<>();
                for (Optional<ScoreCard> card : cards) {
                    pts.add(card.flatMap(k -> k.indicator(ind.code()))
                            .map(is -> is.points().value()));
                }
                LocalizedText kind = ind.kind() == IndicatorKind.SCORED
                        ? d.name()
                        : ind.kind().label();
                indicatorLines.add(new Line(
                        LocalizedText.of(
                                ind.name().zh() + "（" + kind.zh() + "）",
                                ind.name().en() + " (" + kind.en() + ")"),
                        Optional.of(ind.maxPoints().value()),
                        pts));
            }
        }
        List<Optional<BigDecimal>> contributions = new ArrayList<>();
        for (EvaluationPeriod period : periods) {
            contributions.add(entry.flatMap(e -> e.periods().stream()
                            .filter(pp -> pp.period().equals(period.id()))
                            .findFirst())
                    .map(pp -> pp.contribution().value()));
        }
        if (periods.size() > 1 && only.isEmpty()) {
            lines.add(new Line(LocalizedText.of("计入累计（× 权重）", "counted (× weight)"), Optional.empty(), contributions));
        }
        // composition: Σ over counted periods of weight × the dimension's contribution (and bonus);
        // on a period page, that period's contributions alone
        BigDecimal bonus = BigDecimal.ZERO;
        for (int i = 0; i < periods.size(); i++) {
            Optional<ScoreCard> card = cards.get(i);
            if (only.isPresent() && !periods.get(i).id().equals(only.get().period())) {
                continue;
            }
            BigDecimal weight = periods.size() == 1 || only.isPresent()
                    ? BigDecimal.ONE
                    : periods.get(i).weight();
            if (card.isEmpty() || card.get().isDisqualified()) {
                continue;
            }
            for (DimensionScore ds : card.get().dimensions()) {
                composition.computeIfPresent(
                        ds.dimension().value(),
                        (k, v) -> v.add(ds.contribution().value().multiply(weight)));
            }
            bonus = bonus.add(card.get().bonus().applied().value().multiply(weight));
        }
        List<Part> parts = new ArrayList<>();
        composition.forEach((k, v) -> parts.add(new Part(k, v)));
        parts.add(new Part("bonus", bonus));

        List<LocalizedText> reasons = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (cards.get(i).isEmpty()
                    || only.isPresent()
                            && !periods.get(i).id().equals(only.get().period())) {
                continue;
            }
            reasons.addAll(
                    reasons(periods.get(i).id().value(), set, cards.get(i).get()));
        }
        entry.ifPresent(e -> e.steps().forEach(s -> reasons.add(rendered("累计 · ", "cumulative · ", s))));
        if (grade != null) {
            grade.steps().forEach(s -> reasons.add(rendered("等次 · ", "grade · ", s)));
        }
        BigDecimal total = ranked.map(r -> r.total().value())
                .or(() -> entry.map(e -> e.total().value()))
                .or(() -> only.flatMap(r -> r.card(id)).map(k -> k.total().value()))
                .orElse(BigDecimal.ZERO);
        return new Card(
                p.id().value(),
                p.name(),
                p.unit(),
                p.kind().label(),
                ranked.map(r -> r.rank().stripTrailingZeros().toPlainString()),
                ranked.isEmpty(),
                total,
                Optional.ofNullable(grade).flatMap(GradeResult::label),
                parts,
                cards.stream().map(k -> k.map(x -> x.total().value())).toList(),
                lines,
                indicatorLines,
                reasons);
    }

    /** The reasons worth publishing from one period's card: deductions, bonuses and vetoes. */
    private static List<LocalizedText> reasons(String period, IndicatorSet set, ScoreCard card) {
        List<LocalizedText> out = new ArrayList<>();
        for (DimensionScore d : card.dimensions()) {
            for (IndicatorScore i : d.indicators()) {
                if (i.points().value().signum() < 0) {
                    LocalizedText name = indicatorName(set, i.indicator());
                    out.add(LocalizedText.of(
                            period + " · 扣分 " + name.zh() + " "
                                    + i.points().value().toPlainString() + "：" + steps(i.steps(), Locale.CHINESE),
                            period + " · deduction " + name.en() + " "
                                    + i.points().value().toPlainString() + ": " + steps(i.steps(), Locale.ENGLISH)));
                }
            }
        }
        if (card.bonus().applied().value().signum() > 0) {
            out.add(LocalizedText.of(
                    period + " · 加分 +" + card.bonus().applied().value().toPlainString() + "："
                            + steps(card.bonus().steps(), Locale.CHINESE),
                    period + " · bonus +" + card.bonus().applied().value().toPlainString() + ": "
                            + steps(card.bonus().steps(), Locale.ENGLISH)));
        }
        for (VetoOutcome v : card.vetoes()) {
            LocalizedText name = indicatorName(set, v.indicator());
            String ev = String.join(", ", v.evidence());
            out.add(LocalizedText.of(
                    period + " · 一票否决：" + name.zh() + (ev.isEmpty() ? "" : "（证据：" + ev + "）") + "，本周期不计分、不参加排名",
                    period + " · veto: " + name.en() + (ev.isEmpty() ? "" : " (evidence: " + ev + ")")
                            + "; the period is not scored or ranked"));
        }
        return out;
    }

    private static String steps(List<Step> steps, Locale locale) {
        return steps.stream()
                .map(s -> Explanations.render(s, locale))
                .collect(Collectors.joining(
                        "；".equals("") ? "" : (locale.getLanguage().equals("en") ? "; " : "；")));
    }

    private static LocalizedText rendered(String zhPrefix, String enPrefix, Step s) {
        return LocalizedText.of(
                zhPrefix + Explanations.render(s, Locale.CHINESE), enPrefix + Explanations.render(s, Locale.ENGLISH));
    }

    private static List<AwardSection> awards(AwardsReport report) {
        List<AwardSection> out = new ArrayList<>();
        for (AwardResult r : report.results()) {
            List<AwardRow> rows = new ArrayList<>();
            for (AwardDecision d : r.decisions()) {
                List<LocalizedText> reasons = new ArrayList<>();
                for (CriterionOutcome o : d.eligibility().criteria()) {
                    String[] zh = o.render(Locale.CHINESE, "").split("\n");
                    String[] en = o.render(Locale.ENGLISH, "").split("\n");
                    for (int i = 0; i < zh.length; i++) {
                        if (!zh[i].isBlank()) {
                            reasons.add(LocalizedText.of(zh[i].strip(), i < en.length ? en[i].strip() : zh[i].strip()));
                        }
                    }
                }
                d.eligibility().flagReason().ifPresent(reasons::add);
                reasons.addAll(d.notes());
                rows.add(new AwardRow(
                        d.participant().value(),
                        d.name(),
                        d.isSelected(),
                        d.selection().label(),
                        reasons));
            }
            out.add(new AwardSection(r.name(), r.nature().label(), r.quota(), rows));
        }
        return out;
    }

    /**
     * The period results of a cumulative result, for hosts that page through periods.
     *
     * @param result the cumulative result
     * @return its period results, in time order
     */
    public static List<PeriodResult> periods(CumulativeResult result) {
        return result.periods();
    }
}
