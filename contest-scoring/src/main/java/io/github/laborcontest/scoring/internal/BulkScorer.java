// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.model.validation.ContestValidator;
import io.github.laborcontest.scoring.BulkResult;
import io.github.laborcontest.scoring.MeasurementTable;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.ScoringProblem;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Bulk ranking from columns: the same evaluators and the same arithmetic as score cards, without
 * building them. Rows are scored in parallel above {@value DefaultScorer#PARALLEL_THRESHOLD}; each
 * row's result depends only on its cells (and, for normalised indicators, the column's
 * statistics), so the output does not depend on threads.
 */
final class BulkScorer {
  private BulkScorer() {}

  static Validation<Seq<Problem>, BulkResult> rank(
      IndicatorSet set, RankingPolicy policy, MeasurementTable table, PeriodId period, ScoringPlugins plugins) {
    List<Problem> problems = new ArrayList<>();
    ContestValidator.validate(set).swap().forEach(ps -> ps.forEach(p -> problems.add(p.under("$.indicatorSet"))));
    CardBuilder builder = new CardBuilder(set, plugins, false);
    List<IndicatorEvaluator> evaluators = builder.evaluators;
    int n = evaluators.size();
    MeasurementTable.Column[] columns = new MeasurementTable.Column[n];
    for (IndicatorCode code : table.indicators()) {
      Integer idx = builder.indexOf.get(code);
      if (idx == null) {
        problems.add(Problem.at(ScoringProblem.UNKNOWN_INDICATOR, "$.table." + code, "*", code));
        continue;
      }
      columns[idx] = table.column(code).orElseThrow();
    }
    for (int i = 0; i < n; i++) {
      IndicatorEvaluator e = evaluators.get(i);
      String code = e.indicator.code().value();
      if (!e.isBulkRule()) {
        problems.add(Problem.at(ScoringProblem.BULK_UNSUPPORTED, "$.indicatorSet.indicators." + code, "indicator", code));
        continue;
      }
      MeasurementTable.Column c = columns[i];
      if (c == null) {
        continue;
      }
      String needed = InputChecks.needed(e.indicator);
      boolean fits = needed.equals("flag|value") || needed.equals(c.numeric() ? "value" : "flag");
      if (!fits) {
        problems.add(Problem.at(ScoringProblem.WRONG_VALUE_KIND, "$.table." + code, "*", code, needed, c.numeric() ? "value" : "flag"));
        continue;
      }
      ValueType t = e.indicator.valueType();
      boolean nonNegative = t == ValueType.COUNT || t == ValueType.PERCENTAGE || t == ValueType.DURATION
          || e.kind == IndicatorKind.BONUS || e.kind == IndicatorKind.DEDUCTION;
      if (c.numeric() && nonNegative) {
        for (int row = 0; row < table.size(); row++) {
          if (c.present(row) && c.number(row).signum() < 0) {
            String who = table.participants().get(row).value();
            problems.add(Problem.at(ScoringProblem.NEGATIVE_VALUE, "$.table." + code + "[" + row + "]", who, code,
                c.number(row).toPlainString()).forParticipant(who));
          }
        }
      }
    }
    List<TieBreaker> chain = policy.tieBreakers();
    for (int k = 0; k < chain.size(); k++) {
      TieBreaker t = chain.get(k);
      boolean known = switch (t.by()) {
        case DIMENSION -> set.dimensions().stream().anyMatch(d -> d.code().equals(DimensionCode.of(t.ref())));
        case INDICATOR -> builder.indexOf.containsKey(IndicatorCode.of(t.ref()));
        case DEDUCTIONS -> true;
        case CUSTOM -> false;
      };
      if (!known) {
        problems.add(t.by() == TieBreaker.By.CUSTOM
            ? Problem.at(ScoringProblem.BULK_UNSUPPORTED, "$.ranking.tieBreakers[" + k + "]", "tie-breaker", t.ref())
            : Problem.at(ScoringProblem.UNKNOWN_TIE_BREAKER, "$.ranking.tieBreakers[" + k + "].ref", t.by().code(), t.ref()));
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    NormStats[] stats = new NormStats[n];
    for (int i = 0; i < n; i++) {
      IndicatorEvaluator e = evaluators.get(i);
      if (e.isNormalised() && columns[i] != null) {
        List<BigDecimal> values = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
          if (columns[i].present(row)) {
            values.add(columns[i].number(row));
          }
        }
        stats[i] = new NormStats(((Normalisation) e.rule).method(), e.direction, values);
      }
    }
    Points[] totals = new Points[table.size()];
    boolean[] disqualified = new boolean[table.size()];
    @Nullable BigDecimal[][] keys = new BigDecimal[table.size()][];
    int[] dimensionOf = new int[chain.size()];
    int[] indicatorOf = new int[chain.size()];
    for (int k = 0; k < chain.size(); k++) {
      TieBreaker t = chain.get(k);
      dimensionOf[k] = -1;
      indicatorOf[k] = -1;
      if (t.by() == TieBreaker.By.DIMENSION) {
        for (int d = 0; d < set.dimensions().size(); d++) {
          if (set.dimensions().get(d).code().value().equals(t.ref())) {
            dimensionOf[k] = d;
          }
        }
      } else if (t.by() == TieBreaker.By.INDICATOR) {
        indicatorOf[k] = builder.indexOf.get(IndicatorCode.of(t.ref()));
      }
    }
    BigDecimal[] noKeys = new BigDecimal[0];
    IntStream rows = IntStream.range(0, table.size());
    if (table.size() > DefaultScorer.PARALLEL_THRESHOLD) {
      rows = rows.parallel();
    }
    rows.forEach(row -> {
      BigDecimal subtotal = BigDecimal.ZERO;
      BigDecimal bonus = BigDecimal.ZERO;
      BigDecimal deductionsTaken = BigDecimal.ZERO;
      BigDecimal[] dimPoints = chain.isEmpty() ? noKeys : new BigDecimal[set.dimensions().size()];
      boolean out = false;
      for (int d = 0; d < set.dimensions().size(); d++) {
        Dimension dim = set.dimensions().get(d);
        BigDecimal scored = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (int i = builder.dimensionStart[d]; i < builder.dimensionStart[d + 1]; i++) {
          MeasurementTable.Column c = columns[i];
          if (c == null || !c.present(row)) {
            continue;
          }
          IndicatorEvaluator e = evaluators.get(i);
          switch (e.kind) {
            case SCORED -> scored = scored.add(e.points(c.numeric() ? c.number(row) : null, c.numeric() ? null : c.flag(row), stats[i]));
            case DEDUCTION -> deductions = deductions.add(e.points(c.number(row), null, stats[i]));
            case BONUS -> bonus = bonus.add(e.points(c.numeric() ? c.number(row) : null, c.numeric() ? null : c.flag(row), stats[i]));
            case VETO -> {
              boolean fired = c.numeric() ? c.number(row).signum() > 0 : c.flag(row);
              if (fired && e.rule instanceof Veto v && v.effect() == Veto.Effect.DISQUALIFY) {
                out = true;
              }
            }
            case RECORDED -> { }
            default -> throw new IllegalStateException(e.kind.toString());
          }
        }
        if (dim.deductionCap().isPresent()) {
          deductions = deductions.max(dim.deductionCap().get().value().negate());
        }
        BigDecimal points = scored.add(deductions).max(dim.floor().value());
        deductionsTaken = deductionsTaken.subtract(deductions);
        if (!chain.isEmpty()) {
          dimPoints[d] = points;
        }
        subtotal = subtotal.add(points.multiply(dim.weight()));
      }
      if (set.bonusCap().isPresent()) {
        bonus = bonus.min(set.bonusCap().get().value());
      }
      BigDecimal total = subtotal.add(bonus).max(set.totalFloor().value());
      totals[row] = new Points(set.precision().round(total));
      disqualified[row] = out;
      if (chain.isEmpty()) {
        keys[row] = noKeys;
      } else {
        BigDecimal[] k = new BigDecimal[chain.size()];
        for (int j = 0; j < k.length; j++) {
          TieBreaker t = chain.get(j);
          k[j] = switch (t.by()) {
            case DIMENSION -> dimPoints[dimensionOf[j]];
            case DEDUCTIONS -> deductionsTaken;
            case INDICATOR -> {
              MeasurementTable.Column c = columns[indicatorOf[j]];
              yield c != null && c.numeric() && c.present(row) ? c.number(row) : null;
            }
            default -> null;
          };
        }
        keys[row] = k;
      }
    });
    List<ParticipantId> ids = table.participants();
    List<Ranker.Item> items = new ArrayList<>(table.size());
    for (int row = 0; row < table.size(); row++) {
      List<VetoOutcome> vetoes = disqualified[row] ? vetoes(evaluators, columns, table, row, period) : List.of();
      items.add(new Ranker.Item(ids.get(row), totals[row], disqualified[row], vetoes, keys[row]));
    }
    Ranking ranking = Ranker.rank(Optional.empty(), policy.ties(), chain, items);
    return Validation.valid(new Result(ranking, List.of(totals), set, plugins, table, columns, stats, period));
  }

  private static List<VetoOutcome> vetoes(
      List<IndicatorEvaluator> evaluators, MeasurementTable.Column[] columns, MeasurementTable table, int row, PeriodId period) {
    List<VetoOutcome> out = new ArrayList<>();
    for (int i = 0; i < evaluators.size(); i++) {
      Measurement m = measurement(evaluators.get(i).indicator.code(), columns[i], table, row, period);
      if (m != null && evaluators.get(i).rule instanceof Veto v && IndicatorEvaluator.fires(m)) {
        out.add(DefaultScorer.outcome(v, m));
      }
    }
    return out;
  }

  static @Nullable Measurement measurement(
      IndicatorCode code, MeasurementTable.@Nullable Column c, MeasurementTable table, int row, PeriodId period) {
    if (c == null || !c.present(row)) {
      return null;
    }
    Measurement.Builder b = new Measurement.Builder().participant(table.participants().get(row)).indicator(code).period(period);
    if (c.numeric()) {
      b.value(c.number(row));
    } else {
      b.flag(c.flag(row));
    }
    return b.build();
  }

  private record Result(
      Ranking ranking,
      List<Points> totals,
      IndicatorSet set,
      ScoringPlugins plugins,
      MeasurementTable table,
      MeasurementTable.@Nullable Column[] columns,
      @Nullable NormStats[] stats,
      PeriodId period)
      implements BulkResult {

    @Override
    public Optional<ScoreCard> explain(ParticipantId participant) {
      int row = table.participants().indexOf(participant);
      if (row < 0) {
        return Optional.empty();
      }
      CardBuilder builder = new CardBuilder(set, plugins, true);
      Measurement[] cells = new Measurement[builder.evaluators.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = measurement(builder.evaluators.get(i).indicator.code(), columns[i], table, row, period);
      }
      Participant p = new Participant.Builder().id(participant).name(participant.value()).kind(ParticipantKind.UNIT).build();
      return Optional.of(builder.card(p, cells, stats, period, List.of()));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Result r && ranking.equals(r.ranking) && totals.equals(r.totals);
    }

    @Override
    public int hashCode() {
      return ranking.hashCode();
    }

    @Override
    public String toString() {
      return "BulkResult[" + totals.size() + " participants]";
    }
  }
}
