// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.scoring;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.scoring.BulkResult;
import io.github.laborcontest.scoring.MeasurementTable;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring and ranking speed, each fork limited to a 2 GB heap ({@code -Xmx2g}) so that a run also
 * shows the memory bound: {@link #rankBulk1M} scores and ranks 1,000,000 participants × 12
 * indicators without explanations; {@link #explainedCards100k} scores 100,000 participants × 12
 * indicators into fully explained score cards, ranks and grades them (inputs validated: the
 * competition, the set and all 1,200,000 measurements).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class ScoringBenchmark {

    /** 1,000,000 participants in columns. */
    @State(Scope.Benchmark)
    public static class Bulk {
        IndicatorSet set = ScoringData.set();
        MeasurementTable table = MeasurementTable.builder(List.of()).build();
        Scorer scorer = Scorer.create();

        /** Builds the table. */
        @Setup(Level.Trial)
        public void setUp() {
            table = ScoringData.table(1_000_000, 42);
        }
    }

    /** 100,000 participants as model measurements. */
    @State(Scope.Benchmark)
    public static class Cards {
        IndicatorSet set = ScoringData.set();
        Competition competition = ScoringData.competition(set, List.of());
        List<Measurement> measurements = List.of();
        Scorer scorer = Scorer.create();

        /** Builds the competition and its measurements. */
        @Setup(Level.Trial)
        public void setUp() {
            MeasurementTable t = ScoringData.table(100_000, 7);
            competition = ScoringData.competition(set, t.participants());
            measurements = ScoringData.measurements(t);
        }
    }

    /**
     * Scores and ranks 1,000,000 participants × 12 indicators, no explanations.
     *
     * @param s the state
     * @return the result
     */
    @Benchmark
    public BulkResult rankBulk1M(Bulk s) {
        return s.scorer
                .rankBulk(s.set, RankingPolicy.DEFAULT, s.table, ScoringData.PERIOD)
                .get();
    }

    /**
     * Scores 100,000 participants × 12 indicators with every explanation step, ranks and grades.
     *
     * @param s the state
     * @return the result
     */
    @Benchmark
    public PeriodResult explainedCards100k(Cards s) {
        return s.scorer
                .scorePeriod(s.competition, s.set, s.measurements, ScoringData.PERIOD, ScoringOptions.DEFAULT)
                .get();
    }

    /**
     * As {@link #explainedCards100k}, with input validation off (for inputs validated once on arrival).
     *
     * @param s the state
     * @return the result
     */
    @Benchmark
    public PeriodResult explainedCards100kPrevalidated(Cards s) {
        return s.scorer
                .scorePeriod(
                        s.competition,
                        s.set,
                        s.measurements,
                        ScoringData.PERIOD,
                        ScoringOptions.DEFAULT.withValidateInputs(false))
                .get();
    }
}
