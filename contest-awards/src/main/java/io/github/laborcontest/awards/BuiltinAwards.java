// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import java.util.List;

/**
 * The ids of the awards this library ships, as data in {@code
 * io/github/laborcontest/awards/internal/builtin/awards.json} and registered through {@link
 * java.util.ServiceLoader} like any plugin. Every number (minimum score, quota, rounding, places,
 * minimum entrants) is data: take a definition from the registry and change it with its {@code
 * with*} methods, or load your own from JSON/YAML.
 *
 * @since 0.1.0
 */
public final class BuiltinAwards {

    /**
     * 青岛市五一劳动奖章推荐: the rule of the founding notice. In a city-wide contest organised
     * jointly by a municipal industry authority and the city federation of trade unions (each as
     * lead or joint organiser), the individual ranked first may be recommended by his or her unit
     * through the prescribed procedure. A recommendation, not an award; a tie for first is flagged
     * for a human decision. No exclusions and no quota beyond the notice's words.
     */
    public static final AwardId MAY_DAY_MEDAL = AwardId.of("qingdao-may-day-medal");

    /** 先进单位: units with total ≥ 90, no veto, no serious accident; 20% of entrants, rounded down, ties all in. */
    public static final AwardId EXCELLENT_UNIT = AwardId.of("excellent-unit");

    /** 先进个人: individuals with total ≥ 90, no veto, no serious accident, no disciplinary record; 20%, down, ties all in. */
    public static final AwardId EXCELLENT_INDIVIDUAL = AwardId.of("excellent-individual");

    /** 优胜班组: teams with total ≥ 90, no veto, no serious accident; 20%, down, ties all in. */
    public static final AwardId WINNING_TEAM = AwardId.of("winning-team");

    /** 安康杯竞赛优胜单位: units of a safety contest with total ≥ 90, no veto or serious accident; at most 20%, down, ties flagged. */
    public static final AwardId ANKANG_WINNING_UNIT = AwardId.of("ankang-cup-winning-unit");

    /** 安康杯竞赛优胜班组: teams of a safety contest with total ≥ 90, no veto or serious accident; at most 20%, down, ties flagged. */
    public static final AwardId ANKANG_WINNING_TEAM = AwardId.of("ankang-cup-winning-team");

    /** 安康杯竞赛优秀组织单位: organising bodies assessed with total ≥ 90, no veto; at most 20%, down, ties flagged. */
    public static final AwardId ANKANG_ORGANISING_UNIT = AwardId.of("ankang-cup-organising-unit");

    /**
     * 技术能手: individuals of a city-wide skill contest placed in the top 3, or in the top 10% of
     * entrants (rounded down) when there are more than 30; at least 60 points; the event had at
     * least 15 entrants; no disciplinary record; no veto.
     */
    public static final AwardId TECHNICAL_EXPERT = AwardId.of("technical-expert");

    /**
     * 工人先锋号 (recommendation): teams that won the team event or placed in the top 3, recommended
     * by the organising union, with no veto and no serious accident.
     */
    public static final AwardId WORKERS_PIONEER = AwardId.of("workers-pioneer");

    private BuiltinAwards() {}

    /** The ids of all built-in awards, sorted. */
    public static List<AwardId> ids() {
        return List.of(
                        ANKANG_ORGANISING_UNIT,
                        ANKANG_WINNING_TEAM,
                        ANKANG_WINNING_UNIT,
                        EXCELLENT_INDIVIDUAL,
                        EXCELLENT_UNIT,
                        MAY_DAY_MEDAL,
                        TECHNICAL_EXPERT,
                        WINNING_TEAM,
                        WORKERS_PIONEER)
                .stream()
                .sorted()
                .toList();
    }
}
