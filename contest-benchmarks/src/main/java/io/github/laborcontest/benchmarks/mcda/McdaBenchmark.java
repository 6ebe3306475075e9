// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.mcda;

import io.github.laborcontest.scoring.mcda.CriterionType;
import io.github.laborcontest.scoring.mcda.DecisionMatrix;
import io.github.laborcontest.scoring.mcda.Mcda;
import io.github.laborcontest.scoring.mcda.McdaMethod;
import io.github.laborcontest.scoring.mcda.McdaResult;
import io.github.laborcontest.scoring.mcda.Normalization;
import io.github.laborcontest.scoring.mcda.ObjectiveWeights;
import io.github.laborcontest.scoring.mcda.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * TOPSIS (vector normalisation, preferences and ranks) and entropy weights on a seeded random
 * matrix of 1,000,000 alternatives × 10 criteria (values uniform in [1, 100), criteria alternately
 * benefit and cost, equal weights). Target: under 100 ms each. Run: {@code java -jar
 * contest-benchmarks/target/benchmarks.jar 'mcda' -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class McdaBenchmark {

    /** Alternatives. */
    @Param({"1000000"})
    public int rows;

    /** Criteria. */
    @Param({"10"})
    public int criteria;

    private DecisionMatrix matrix;
    private List<CriterionType> types;
    private Weights weights;
    private final McdaMethod topsis = new McdaMethod.Topsis(Normalization.VECTOR);

    /** Builds the matrix once per trial. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261124L);
        double[] values = new double[rows * criteria];
        for (int k = 0; k < values.length; k++) {
            values[k] = 1 + 99 * random.nextDouble();
        }
        matrix = DecisionMatrix.ofColumnMajor(rows, criteria, values);
        types = new ArrayList<>();
        for (int j = 0; j < criteria; j++) {
            types.add(j % 2 == 0 ? CriterionType.BENEFIT : CriterionType.COST);
        }
        weights = Weights.equal(criteria);
    }

    /**
     * TOPSIS: normalisation parameters, distances, closeness and ranks.
     *
     * @return the result (consumed by JMH)
     */
    @Benchmark
    public McdaResult topsis() {
        return Mcda.rank(matrix, types, weights, topsis);
    }

    /**
     * Entropy weights.
     *
     * @return the weights (consumed by JMH)
     */
    @Benchmark
    public Weights entropyWeights() {
        return ObjectiveWeights.entropy(matrix);
    }
}
