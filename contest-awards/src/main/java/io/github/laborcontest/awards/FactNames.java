// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.LocalizedText;
import java.util.Map;
import java.util.Optional;

/**
 * The names of facts that built-in awards use. Facts with these names are read from {@link
 * Candidate#facts()}, except the derived ones ({@link #TOTAL}, {@link #RANK}, {@link #ENTRANTS},
 * {@link #VETO_COUNT}) which come from the candidate's own fields and the input (a candidate fact
 * of the same name overrides {@link #ENTRANTS}, for a candidate entered in an event of its own).
 *
 * @since 0.1.0
 */
public final class FactNames {

    /** Derived: the candidate's total points (总分). */
    public static final String TOTAL = "total";

    /** Derived: the candidate's rank (名次). */
    public static final String RANK = "rank";

    /** Derived: whether the rank is shared with another candidate (并列). */
    public static final String RANK_SHARED = "rank-shared";

    /** Derived: the number of entrants of the event (参赛数). */
    public static final String ENTRANTS = "entrants";

    /** Derived: the number of one-vote vetoes fired in the period (一票否决次数). */
    public static final String VETO_COUNT = "veto-count";

    /** Derived: the candidate's grade code (等次). */
    public static final String GRADE = "grade";

    /** Flag: the candidate had a serious safety accident in the period (发生重大安全事故). */
    public static final String SERIOUS_ACCIDENT = "serious-safety-accident";

    /** Flag: the candidate has a disciplinary record (受到纪律处分). */
    public static final String DISCIPLINARY_RECORD = "disciplinary-record";

    /** Flag: the organising union recommends the candidate (组织竞赛的工会推荐). */
    public static final String UNION_RECOMMENDATION = "recommended-by-organising-union";

    /** Flag: the team won the team event of the contest (获得团体赛第一). */
    public static final String WON_TEAM_EVENT = "won-team-event";

    /** Flag: the candidate is an organising body assessed for its organising work (竞赛组织单位). */
    public static final String ORGANISING_BODY = "organising-body";

    private static final Map<String, LocalizedText> LABELS = Map.ofEntries(
            Map.entry(TOTAL, LocalizedText.of("总分", "total points")),
            Map.entry(RANK, LocalizedText.of("名次", "rank")),
            Map.entry(RANK_SHARED, LocalizedText.of("名次并列", "rank shared")),
            Map.entry(ENTRANTS, LocalizedText.of("参赛数", "number of entrants")),
            Map.entry(VETO_COUNT, LocalizedText.of("一票否决次数", "vetoes fired")),
            Map.entry(GRADE, LocalizedText.of("等次", "grade")),
            Map.entry(SERIOUS_ACCIDENT, LocalizedText.of("发生重大安全事故", "serious safety accident")),
            Map.entry(DISCIPLINARY_RECORD, LocalizedText.of("受到纪律处分", "disciplinary record")),
            Map.entry(UNION_RECOMMENDATION, LocalizedText.of("组织竞赛的工会推荐", "recommended by the organising union")),
            Map.entry(WON_TEAM_EVENT, LocalizedText.of("获得团体赛第一", "won the team event")),
            Map.entry(ORGANISING_BODY, LocalizedText.of("竞赛组织单位", "organising body")),
            Map.entry("rank-limit", LocalizedText.of("名次上限", "rank limit")),
            Map.entry("minimum-entrants", LocalizedText.of("最低参赛数", "minimum entrants")),
            Map.entry("participant.kind", LocalizedText.of("参赛类型", "participant kind")),
            Map.entry("competition.scope", LocalizedText.of("竞赛范围", "competition scope")),
            Map.entry("competition.kind", LocalizedText.of("竞赛类别", "competition kind")),
            Map.entry("competition.organisers", LocalizedText.of("组织单位", "organisers")),
            Map.entry("competition.start", LocalizedText.of("竞赛开始日期", "competition start date")),
            Map.entry("competition.end", LocalizedText.of("竞赛结束日期", "competition end date")));

    private FactNames() {}

    /**
     * The bilingual label of a well-known fact.
     *
     * @param name the fact's name
     * @return its label, or empty for facts this library does not know
     */
    public static Optional<LocalizedText> label(String name) {
        return Optional.ofNullable(LABELS.get(name));
    }
}
