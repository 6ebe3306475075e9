// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import io.github.laborcontest.model.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the results page shows, already computed: the page renders it and computes
 * nothing but chart geometry. Texts that people read come in both languages.
 *
 * @param competitionId the competition's id
 * @param competitionName the plan's name
 * @param indicatorSet the indicator set's reference, for example {@code six-comparisons@2026.1}
 * @param indicatorSetName the indicator set's name
 * @param basis what the totals are: a period, or the weighted cumulative total
 * @param publishedOn the publication date (公示日期)
 * @param objectionDays the length of the objection window, in days
 * @param maxPoints the scale of the charts (the set's total points)
 * @param dimensions the dimensions in the set's order
 * @param periods the periods in time order
 * @param groups the rankings: overall first, then one per group
 * @param cards one breakdown per participant, in ranking order, the disqualified last
 * @param awards the award decisions, if awards were decided
 */
public record ResultsPage(
        String competitionId,
        String competitionName,
        String indicatorSet,
        LocalizedText indicatorSetName,
        LocalizedText basis,
        LocalDate publishedOn,
        int objectionDays,
        BigDecimal maxPoints,
        List<DimensionInfo> dimensions,
        List<PeriodInfo> periods,
        List<RankingGroup> groups,
        List<Card> cards,
        List<AwardSection> awards) {

    /** Copies the lists. */
    public ResultsPage {
        Objects.requireNonNull(competitionId, "competitionId");
        dimensions = List.copyOf(dimensions);
        periods = List.copyOf(periods);
        groups = List.copyOf(groups);
        cards = List.copyOf(cards);
        awards = List.copyOf(awards);
    }

    /**
     * A dimension of the indicator set.
     *
     * @param code its code
     * @param name its name
     * @param maxPoints its maximum points
     */
    public record DimensionInfo(String code, LocalizedText name, BigDecimal maxPoints) {}

    /**
     * An evaluation period.
     *
     * @param id its id
     * @param kind its kind's label
     * @param weight its weight in the cumulative total
     */
    public record PeriodInfo(String id, LocalizedText kind, BigDecimal weight) {}

    /**
     * One ranking: the overall one, or that of a group.
     *
     * @param label the group's label (for example 项目阶段 = 开工), or "overall"
     * @param rows the ranked participants, in rank order
     * @param disqualified the participants removed from the ranking by a veto
     */
    public record RankingGroup(LocalizedText label, List<Row> rows, List<Row> disqualified) {
        /** Copies the lists. */
        public RankingGroup {
            rows = List.copyOf(rows);
            disqualified = List.copyOf(disqualified);
        }
    }

    /**
     * A line of a ranking.
     *
     * @param rank the rank as published (1, 2, 2, 4 or 2.5), empty when disqualified
     * @param participantId the participant's id
     * @param name the participant's name
     * @param unit the participant's unit, if any
     * @param total the total points
     * @param grade the grade's label, if graded
     * @param note ties, tie-break decisions or the veto, if any
     */
    public record Row(
            Optional<String> rank,
            String participantId,
            String name,
            Optional<String> unit,
            BigDecimal total,
            Optional<LocalizedText> grade,
            Optional<LocalizedText> note) {}

    /**
     * One participant's score breakdown.
     *
     * @param participantId the id
     * @param name the name
     * @param unit the unit, if any
     * @param kind the participant kind's label
     * @param rank the overall rank, empty when disqualified
     * @param disqualified whether a veto removed the participant from the ranking
     * @param total the total points
     * @param grade the grade's label, if graded
     * @param composition the total's parts by dimension (and bonus), for the composition chart
     * @param periodTotals the total of each period, in the periods' order (empty if not scored)
     * @param lines per dimension, the points of each period
     * @param indicatorLines per indicator (scored, bonus, deduction), the points of each period
     * @param reasons the reasons behind deductions, bonuses, vetoes and the grade
     */
    public record Card(
            String participantId,
            String name,
            Optional<String> unit,
            LocalizedText kind,
            Optional<String> rank,
            boolean disqualified,
            BigDecimal total,
            Optional<LocalizedText> grade,
            List<Part> composition,
            List<Optional<BigDecimal>> periodTotals,
            List<Line> lines,
            List<Line> indicatorLines,
            List<LocalizedText> reasons) {
        /** Copies the lists. */
        public Card {
            composition = List.copyOf(composition);
            periodTotals = List.copyOf(periodTotals);
            lines = List.copyOf(lines);
            indicatorLines = List.copyOf(indicatorLines);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A part of a total.
     *
     * @param code the dimension's code, or {@code bonus}
     * @param points the points the part contributes
     */
    public record Part(String code, BigDecimal points) {}

    /**
     * A row of a breakdown table.
     *
     * @param label the dimension (or bonus, total)
     * @param maxPoints the row's maximum points, if it has one
     * @param points the points of each period, in the periods' order
     */
    public record Line(LocalizedText label, Optional<BigDecimal> maxPoints, List<Optional<BigDecimal>> points) {
        /** Copies the list. */
        public Line {
            points = List.copyOf(points);
        }
    }

    /**
     * The decisions of one award.
     *
     * @param name the award's name
     * @param nature award, title or recommendation
     * @param quota the quota, described, if any
     * @param decisions one per candidate considered
     */
    public record AwardSection(
            LocalizedText name, LocalizedText nature, Optional<LocalizedText> quota, List<AwardRow> decisions) {
        /** Copies the list. */
        public AwardSection {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * One award decision.
     *
     * @param participantId the candidate's id
     * @param name the candidate's name
     * @param selected whether the candidate was selected
     * @param selection the selection's label (selected, outside the quota, not eligible, …)
     * @param reasons the criteria with their outcomes, and any notes
     */
    public record AwardRow(
            String participantId, String name, boolean selected, LocalizedText selection, List<LocalizedText> reasons) {
        /** Copies the list. */
        public AwardRow {
            reasons = List.copyOf(reasons);
        }
    }
}
