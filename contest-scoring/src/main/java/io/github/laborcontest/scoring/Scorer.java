// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.internal.DefaultScorer;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Scores and ranks a competition: pure, deterministic and thread-safe. Bad input (unknown
 * participants or indicators, marks out of range, too few judges, …) comes back as every {@link
 * Problem} at once, never as an exception.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.create();
 * PeriodResult result = scorer
 *     .scorePeriod(competition, indicatorSet, measurements, PeriodId.of("2026-Q1"))
 *     .toEither().getOrElseThrow(ContestInputException::new);
 * result.overall().entries().forEach(e -> System.out.println(e.rank() + " " + e.participant()));
 * System.out.println(Explanations.summarize(result.cards().get(0), Locale.CHINESE));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Scorer {

    /**
     * A scorer with the plugins found by {@link ScoringPlugins#discover()}; if a plugin cannot be
     * loaded, every call returns that problem.
     *
     * @return the scorer
     */
    static Scorer create() {
        return ScoringPlugins.discover().fold(DefaultScorer::failing, DefaultScorer::new);
    }

    /**
     * A scorer with the given plugins.
     *
     * @param plugins the plugins to use
     * @return the scorer
     */
    static Scorer create(ScoringPlugins plugins) {
        return new DefaultScorer(plugins);
    }

    /**
     * Scores one period with the default options.
     *
     * @param competition the competition, with participants, periods, ranking and grade rules
     * @param set the indicator set the competition names
     * @param measurements the measurements; those of other periods are used only for contest-scope
     *     vetoes of earlier periods
     * @param period the period to score
     * @return the cards, rankings and grades, or every problem found
     */
    default Validation<Seq<Problem>, PeriodResult> scorePeriod(
            Competition competition, IndicatorSet set, List<Measurement> measurements, PeriodId period) {
        return scorePeriod(competition, set, measurements, period, ScoringOptions.DEFAULT);
    }

    /**
     * Scores one period.
     *
     * @param competition the competition
     * @param set the indicator set the competition names
     * @param measurements the measurements
     * @param period the period to score
     * @param options how to run
     * @return the cards, rankings and grades, or every problem found
     */
    Validation<Seq<Problem>, PeriodResult> scorePeriod(
            Competition competition,
            IndicatorSet set,
            List<Measurement> measurements,
            PeriodId period,
            ScoringOptions options);

    /**
     * Scores and ranks a very large field from columns, without building score cards: for
     * indicator sets whose rules read one number or flag (linear, bands, normalised, pass/fail,
     * direct, per occurrence, veto) and tie-breakers on dimensions, indicators' raw values and
     * deductions. Explanations are built on demand with {@link BulkResult#explain}.
     *
     * @param set the indicator set
     * @param policy the ranking policy
     * @param table the measurements of one period
     * @param period the period, as named on explained cards
     * @return the totals and the ranking, or every problem found
     */
    Validation<Seq<Problem>, BulkResult> rankBulk(
            IndicatorSet set, RankingPolicy policy, MeasurementTable table, PeriodId period);

    /**
     * Scores every period and the cumulative total (积分) with the periods' declared weights.
     *
     * @param competition the competition; its period weights must add up to 1
     * @param set the indicator set
     * @param measurements the measurements of all periods
     * @param options how to run
     * @return the periods' results and the cumulative ranking, or every problem found
     */
    Validation<Seq<Problem>, CumulativeResult> scoreCumulative(
            Competition competition, IndicatorSet set, List<Measurement> measurements, ScoringOptions options);
}
