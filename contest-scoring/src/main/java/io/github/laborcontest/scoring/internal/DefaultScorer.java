// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Precision;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.model.validation.ContestValidator;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.ScoreStatus;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.github.laborcontest.scoring.ScoringProblem;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.explain.Step;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The scorer: checks the input, compiles every indicator once, scores participants (in parallel
 * above {@value #PARALLEL_THRESHOLD} participants; results are collected in input order, so the
 * output does not depend on threads), ranks overall and per group, grades.
 *
 * <p>Arithmetic: an indicator's points are computed exactly (quotients at 34 significant digits)
 * and rounded to the set's precision when it rounds per indicator; dimension sums, caps, floors and
 * weights are exact; the total is always rounded to the set's precision at the end, recorded as a
 * {@link Step.Rounded} step when it changes the number.
 */
public final class DefaultScorer implements Scorer {
    /** Above this many participants, cards are computed on the common fork-join pool. */
    public static final int PARALLEL_THRESHOLD = 2_000;

    private final ScoringPlugins plugins;
    private final List<Problem> pluginProblems;

    /**
     * A scorer with plugins.
     *
     * @param plugins the plugins to use
     */
    public DefaultScorer(ScoringPlugins plugins) {
        this.plugins = plugins;
        this.pluginProblems = List.of();
    }

    private DefaultScorer(Seq<Problem> problems) {
        this.plugins = ScoringPlugins.NONE;
        this.pluginProblems = problems.toJavaList();
    }

    /**
     * A scorer that reports plugin loading problems on every call.
     *
     * @param problems the problems
     * @return the scorer
     */
    public static Scorer failing(Seq<Problem> problems) {
        return new DefaultScorer(problems);
    }

    @Override
    public Validation<Seq<Problem>, PeriodResult> scorePeriod(
            Competition competition,
            IndicatorSet set,
            List<Measurement> measurements,
            PeriodId period,
            ScoringOptions options) {
        List<Problem> problems = check(competition, set, measurements, options);
        if (!competition.periods().isEmpty() && competition.period(period).isEmpty()) {
            problems.add(Problem.at(ScoringProblem.UNKNOWN_PERIOD, "$.period", period));
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Run run = new Run(competition, set, options);
        return run.period(measurements, period);
    }

    @Override
    public Validation<Seq<Problem>, CumulativeResult> scoreCumulative(
            Competition competition, IndicatorSet set, List<Measurement> measurements, ScoringOptions options) {
        List<Problem> problems = check(competition, set, measurements, options);
        BigDecimal weights = BigDecimal.ZERO;
        for (EvaluationPeriod p : competition.periods()) {
            weights = weights.add(p.weight());
        }
        if (competition.periods().isEmpty() || weights.compareTo(BigDecimal.ONE) != 0) {
            problems.add(
                    Problem.at(ScoringProblem.WEIGHTS_DO_NOT_SUM, "$.competition.periods", weights.toPlainString()));
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Run run = new Run(competition, set, options);
        List<PeriodResult> results = new ArrayList<>();
        for (EvaluationPeriod p : competition.periods()) {
            Validation<Seq<Problem>, PeriodResult> r = run.period(measurements, p.id());
            if (r.isInvalid()) {
                return Validation.invalid(r.getError());
            }
            results.add(r.get());
        }
        return Validation.valid(run.cumulative(results));
    }

    @Override
    public Validation<Seq<Problem>, io.github.laborcontest.scoring.BulkResult> rankBulk(
            IndicatorSet set,
            io.github.laborcontest.model.RankingPolicy policy,
            io.github.laborcontest.scoring.MeasurementTable table,
            PeriodId period) {
        if (!pluginProblems.isEmpty()) {
            return invalid(new ArrayList<>(pluginProblems));
        }
        return BulkScorer.rank(set, policy, table, period, plugins);
    }

    private List<Problem> check(Competition c, IndicatorSet set, List<Measurement> ms, ScoringOptions options) {
        List<Problem> problems = new ArrayList<>(pluginProblems);
        if (options.validateInputs()) {
            ContestValidator.validate(c).swap().forEach(ps -> ps.forEach(p -> problems.add(p.under("$.competition"))));
            ContestValidator.validate(set)
                    .swap()
                    .forEach(ps -> ps.forEach(p -> problems.add(p.under("$.indicatorSet"))));
        }
        InputChecks.references(c, set, plugins, problems);
        InputChecks.measurements(c, set, ms, plugins, problems);
        return problems;
    }

    private static <T> Validation<Seq<Problem>, T> invalid(List<Problem> problems) {
        return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /** One scoring run: the compiled set and competition. */
    private final class Run {
        final Competition competition;
        final IndicatorSet set;
        final ScoringOptions options;
        final boolean explain;
        final Precision precision;
        final CardBuilder cards;
        final List<IndicatorEvaluator> evaluators;
        final Map<IndicatorCode, Integer> indexOf;
        final List<Participant> participants;

        Run(Competition competition, IndicatorSet set, ScoringOptions options) {
            this.competition = competition;
            this.set = set;
            this.options = options;
            this.explain = options.explanations();
            this.precision = set.precision();
            this.cards = new CardBuilder(set, plugins, explain);
            this.evaluators = cards.evaluators;
            this.indexOf = cards.indexOf;
            List<Participant> ps = new ArrayList<>(competition.participants());
            ps.sort(Comparator.comparing(Participant::id));
            this.participants = ps;
        }

        Validation<Seq<Problem>, PeriodResult> period(List<Measurement> measurements, PeriodId period) {
            int count = evaluators.size();
            Map<ParticipantId, Measurement[]> rows = new HashMap<>(participants.size() * 2);
            Map<ParticipantId, List<VetoOutcome>> earlier = new HashMap<>();
            Map<PeriodId, Integer> order = new HashMap<>();
            for (int i = 0; i < competition.periods().size(); i++) {
                order.put(competition.periods().get(i).id(), i);
            }
            int current = order.getOrDefault(period, Integer.MAX_VALUE);
            for (Measurement m : measurements) {
                Integer idx = indexOf.get(m.indicator());
                if (idx == null) {
                    continue;
                }
                if (m.period().equals(period)) {
                    Measurement[] row = rows.get(m.participant());
                    if (row == null) {
                        row = new Measurement[count];
                        rows.put(m.participant(), row);
                    }
                    row[idx] = m;
                } else if (order.getOrDefault(m.period(), Integer.MAX_VALUE) < current) {
                    IndicatorEvaluator e = evaluators.get(idx);
                    if (e.rule instanceof Veto v && v.scope() == Veto.Scope.CONTEST && IndicatorEvaluator.fires(m)) {
                        earlier.computeIfAbsent(m.participant(), k -> new ArrayList<>())
                                .add(outcome(v, m));
                    }
                }
            }
            if (options.requireAllMeasurements()) {
                List<Problem> missing = new ArrayList<>();
                InputChecks.missing(participants, evaluators, rows, period, missing);
                if (!missing.isEmpty()) {
                    return invalid(missing);
                }
            }
            NormStats[] stats = new NormStats[count];
            for (int i = 0; i < count; i++) {
                IndicatorEvaluator e = evaluators.get(i);
                if (e.isNormalised()) {
                    List<BigDecimal> values = new ArrayList<>();
                    for (Participant p : participants) {
                        Measurement[] row = rows.get(p.id());
                        if (row != null && row[i] != null && row[i].value().isPresent() && e.appliesTo(p)) {
                            values.add(row[i].value().get());
                        }
                    }
                    stats[i] = new NormStats(
                            ((io.github.laborcontest.model.rule.Normalisation) e.rule).method(), e.direction, values);
                }
            }
            IntStream range = IntStream.range(0, participants.size());
            if (participants.size() > PARALLEL_THRESHOLD) {
                range = range.parallel();
            }
            ScoreCard[] cards = new ScoreCard[participants.size()];
            ScoreMemo memo = new ScoreMemo(evaluators);
            range.forEach(i -> {
                Participant p = participants.get(i);
                cards[i] = this.cards.card(
                        p, rows.get(p.id()), stats, period, earlier.getOrDefault(p.id(), List.of()), memo);
            });
            List<ScoreCard> cardList = List.of(cards);
            return Validation.valid(rankAndGrade(period, cardList));
        }

        private PeriodResult rankAndGrade(PeriodId period, List<ScoreCard> cards) {
            List<TieBreaker> chain = competition.ranking().tieBreakers();
            List<Ranker.Item> items = new ArrayList<>(cards.size());
            for (ScoreCard c : cards) {
                items.add(new Ranker.Item(
                        c.participant(), c.total(), c.isDisqualified(), c.vetoes(), keys(chain, c, plugins)));
            }
            Ranking overall =
                    Ranker.rank(Optional.empty(), competition.ranking().ties(), chain, items);
            List<Ranking> groups = groups(items);
            Map<ParticipantId, List<VetoOutcome>> vetoes = new HashMap<>();
            for (ScoreCard c : cards) {
                if (!c.vetoes().isEmpty()) {
                    vetoes.put(c.participant(), c.vetoes());
                }
            }
            List<GradeResult> grades = Grader.grade(competition.grades(), overall, vetoes, explain);
            return new PeriodResult(competition.id(), set.ref(), period, cards, overall, groups, grades);
        }

        private List<Ranking> groups(List<Ranker.Item> items) {
            List<Ranking> out = new ArrayList<>();
            Map<ParticipantId, Participant> byId = new HashMap<>();
            participants.forEach(p -> byId.put(p.id(), p));
            for (GroupingKey key : competition.ranking().groupBy()) {
                TreeMap<String, List<Ranker.Item>> groups = new TreeMap<>();
                for (Ranker.Item item : items) {
                    groupValue(key, byId.get(item.id()))
                            .ifPresent(v -> groups.computeIfAbsent(v, k -> new ArrayList<>())
                                    .add(item));
                }
                groups.forEach((value, members) -> out.add(Ranker.rank(
                        Optional.of(new Ranking.Group(key, value)),
                        competition.ranking().ties(),
                        competition.ranking().tieBreakers(),
                        members)));
            }
            return out;
        }

        CumulativeResult cumulative(List<PeriodResult> results) {
            List<CumulativeResult.Entry> entries = new ArrayList<>(participants.size());
            List<Ranker.Item> items = new ArrayList<>(participants.size());
            Map<ParticipantId, List<VetoOutcome>> vetoMap = new HashMap<>();
            for (int i = 0; i < participants.size(); i++) {
                ParticipantId id = participants.get(i).id();
                List<CumulativeResult.PeriodPart> parts = new ArrayList<>(results.size());
                BigDecimal sum = BigDecimal.ZERO;
                List<VetoOutcome> contest = new ArrayList<>();
                BigDecimal[] dimSums = new BigDecimal[set.dimensions().size()];
                java.util.Arrays.fill(dimSums, BigDecimal.ZERO);
                BigDecimal deductions = BigDecimal.ZERO;
                for (int r = 0; r < results.size(); r++) {
                    ScoreCard c = results.get(r).cards().get(i);
                    BigDecimal weight = competition.periods().get(r).weight();
                    boolean counted = !c.isDisqualified();
                    BigDecimal contribution = counted ? c.total().value().multiply(weight) : BigDecimal.ZERO;
                    parts.add(new CumulativeResult.PeriodPart(
                            c.period(), c.total(), counted, weight, new Points(contribution)));
                    sum = sum.add(contribution);
                    for (VetoOutcome v : c.vetoes()) {
                        if (v.scope() == Veto.Scope.CONTEST && v.firedIn().equals(c.period())) {
                            contest.add(v);
                        }
                    }
                    for (int d = 0; d < dimSums.length; d++) {
                        dimSums[d] = dimSums[d].add(
                                c.dimensions().get(d).points().value().multiply(weight));
                    }
                    deductions = deductions.add(c.deductionsTaken().value().multiply(weight));
                }
                BigDecimal rounded = precision.round(sum);
                List<Step> steps = explain && rounded.compareTo(sum) != 0
                        ? List.of(new Step.Rounded(
                                sum,
                                rounded,
                                precision.scale(),
                                precision.rounding().name()))
                        : List.of();
                boolean disqualified = contest.stream().anyMatch(VetoOutcome::disqualifies);
                entries.add(new CumulativeResult.Entry(
                        id,
                        disqualified ? ScoreStatus.DISQUALIFIED : ScoreStatus.RANKED,
                        new Points(rounded),
                        parts,
                        contest,
                        steps));
                if (!contest.isEmpty()) {
                    vetoMap.put(id, contest);
                }
                List<TieBreaker> chain = competition.ranking().tieBreakers();
                BigDecimal[] keys = new BigDecimal[chain.size()];
                for (int k = 0; k < keys.length; k++) {
                    TieBreaker t = chain.get(k);
                    keys[k] = switch (t.by()) {
                        case DIMENSION -> dimSums[dimIndex(t.ref())];
                        case DEDUCTIONS -> deductions;
                        default -> null;
                    };
                }
                items.add(new Ranker.Item(id, new Points(rounded), disqualified, contest, keys));
            }
            Ranking overall = Ranker.rank(
                    Optional.empty(),
                    competition.ranking().ties(),
                    competition.ranking().tieBreakers(),
                    items);
            List<GradeResult> grades = Grader.grade(competition.grades(), overall, vetoMap, explain);
            return new CumulativeResult(competition.id(), results, entries, overall, groups(items), grades);
        }

        private int dimIndex(String code) {
            for (int d = 0; d < set.dimensions().size(); d++) {
                if (set.dimensions().get(d).code().value().equals(code)) {
                    return d;
                }
            }
            throw new IllegalStateException(code);
        }
    }

    static @Nullable BigDecimal[] keys(List<TieBreaker> chain, ScoreCard c, ScoringPlugins plugins) {
        BigDecimal[] keys = new BigDecimal[chain.size()];
        for (int k = 0; k < keys.length; k++) {
            TieBreaker t = chain.get(k);
            keys[k] = switch (t.by()) {
                case DIMENSION ->
                    c.dimension(DimensionCode.of(t.ref()))
                            .map(d -> d.points().value())
                            .orElse(null);
                case INDICATOR ->
                    c.indicator(IndicatorCode.of(t.ref()))
                            .flatMap(IndicatorScore::raw)
                            .orElse(null);
                case DEDUCTIONS -> c.deductionsTaken().value();
                case CUSTOM ->
                    plugins.tieBreaker(t.ref()).flatMap(p -> p.value(c)).orElse(null);
            };
        }
        return keys;
    }

    static VetoOutcome outcome(Veto v, Measurement m) {
        return new VetoOutcome(
                m.indicator(),
                v.effect(),
                v.scope(),
                v.gradeCap(),
                m.period(),
                IndicatorEvaluator.rawText(m),
                m.evidence());
    }

    static Optional<String> groupValue(GroupingKey key, @Nullable Participant p) {
        if (p == null) {
            return Optional.empty();
        }
        return switch (key) {
            case CAMPAIGN_TASK -> p.campaignTask().map(io.github.laborcontest.model.CampaignTask::code);
            case DISTRICT -> p.district();
            case TRADE -> p.trade();
            case STAGE -> p.stage().map(Coded::code);
            case KIND -> Optional.of(p.kind().code());
        };
    }
}
