// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.TiePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each tie policy agrees with its definition, on random totals with many ties. */
class RankingPropertiesTest {

    @Provide
    Arbitrary<List<Integer>> totals() {
        return Arbitraries.integers()
                .between(0, 10)
                .map(i -> i * 10)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    static List<RankedEntry> rank(List<Integer> totals, TiePolicy policy) {
        List<Participant> ps = new ArrayList<>();
        List<Measurement> ms = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            String id = String.format("P%02d", i);
            ps.add(unit(id));
            ms.add(value(id, "x", Integer.toString(totals.get(i))));
        }
        return Scorer.create()
                .scorePeriod(
                        competition(
                                RankingAndGradesTest.SET,
                                ps,
                                new RankingPolicy(policy, List.of(), List.of()),
                                GradeScheme.TYPICAL),
                        RankingAndGradesTest.SET,
                        ms,
                        Q1)
                .getOrElseGet(p -> {
                    throw new AssertionError(
                            p.map(x -> x.message(Locale.ENGLISH)).mkString());
                })
                .overall()
                .entries();
    }

    static long greater(List<Integer> totals, BigDecimal t) {
        return totals.stream()
                .filter(x -> BigDecimal.valueOf(x).compareTo(t) > 0)
                .count();
    }

    @Property
    void standardRankIsOnePlusTheNumberStrictlyAhead(@ForAll("totals") List<Integer> totals) {
        for (RankedEntry e : rank(totals, TiePolicy.STANDARD)) {
            assertThat(e.rank())
                    .isEqualByComparingTo(
                            BigDecimal.valueOf(1 + greater(totals, e.total().value())));
        }
    }

    @Property
    void denseRankIsOnePlusTheDistinctTotalsAhead(@ForAll("totals") List<Integer> totals) {
        for (RankedEntry e : rank(totals, TiePolicy.DENSE)) {
            long distinct = totals.stream()
                    .filter(x -> BigDecimal.valueOf(x).compareTo(e.total().value()) > 0)
                    .distinct()
                    .count();
            assertThat(e.rank()).isEqualByComparingTo(BigDecimal.valueOf(1 + distinct));
        }
    }

    @Property
    void fractionalRankIsTheMeanOfTheSharedPositions(@ForAll("totals") List<Integer> totals) {
        for (RankedEntry e : rank(totals, TiePolicy.FRACTIONAL)) {
            long ahead = greater(totals, e.total().value());
            long same = totals.stream()
                    .filter(x -> BigDecimal.valueOf(x).compareTo(e.total().value()) == 0)
                    .count();
            // positions ahead+1 … ahead+same, mean = ahead + (same + 1) / 2
            BigDecimal expected =
                    BigDecimal.valueOf(ahead).add(BigDecimal.valueOf(same + 1).divide(BigDecimal.valueOf(2)));
            assertThat(e.rank()).isEqualByComparingTo(expected);
        }
    }

    @Property
    void ordinalWithoutTieBreakersNeverSeparatesEqualTotals(@ForAll("totals") List<Integer> totals) {
        List<RankedEntry> entries = rank(totals, TiePolicy.ORDINAL);
        for (RankedEntry e : entries) {
            long same = totals.stream()
                    .filter(x -> BigDecimal.valueOf(x).compareTo(e.total().value()) == 0)
                    .count();
            assertThat(e.tiedWith()).hasSize(same == 1 ? 0 : (int) same);
            assertThat(e.rank())
                    .isEqualByComparingTo(
                            BigDecimal.valueOf(1 + greater(totals, e.total().value())));
        }
        assertThat(entries)
                .extracting(RankedEntry::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, entries.size())
                        .boxed()
                        .toList());
    }
}
