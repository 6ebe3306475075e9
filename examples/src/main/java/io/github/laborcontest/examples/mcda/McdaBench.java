// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.mcda;

import io.github.laborcontest.scoring.mcda.CriterionType;
import io.github.laborcontest.scoring.mcda.DecisionMatrix;
import io.github.laborcontest.scoring.mcda.Mcda;
import io.github.laborcontest.scoring.mcda.McdaMethod;
import io.github.laborcontest.scoring.mcda.Normalization;
import io.github.laborcontest.scoring.mcda.ObjectiveWeights;
import io.github.laborcontest.scoring.mcda.Weights;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code contest bench mcda --method topsis|entropy --rows R --criteria C}: a quick timing that
 * anyone can run on their own machine. It builds a seeded random problem in memory (values uniform
 * in [1, 100), criteria alternately benefit and cost, equal weights), runs the method 3 times to
 * warm up and then 5 times measured, and prints {@code {"method": …, "rows": R, "criteria": C,
 * "median_ms": …, "runs": […]}}. TOPSIS (vector normalisation) includes the ranking; entropy is
 * the weights alone. This is wall-clock timing of one JVM, not a JMH benchmark: see {@code
 * docs/benchmarks/mcda.md} for the JMH figures.
 */
public final class McdaBench {
    /** Warm-up runs before measuring. */
    public static final int WARMUP = 3;
    /** Measured runs. */
    public static final int RUNS = 5;

    /** Keeps results alive so that the JIT cannot drop the work. */
    private static volatile double blackhole;

    private McdaBench() {}

    /**
     * Runs the benchmark.
     *
     * @param method {@code topsis} or {@code entropy}
     * @param rows the number of alternatives, at least 1
     * @param criteria the number of criteria, at least 1
     * @param seed the seed of the random values
     * @param out where the JSON line goes (or, for bad arguments, {@code {"error": …}})
     * @return 0, or 2 for bad arguments
     */
    public static int run(String method, int rows, int criteria, long seed, PrintStream out) {
        if (!method.equals("topsis") && !method.equals("entropy")) {
            out.println("{\"error\":\"unknown method '" + method.replace("\"", "") + "'; use topsis or entropy\"}");
            return 2;
        }
        if (rows < 1 || criteria < 1 || (long) rows * criteria > Integer.MAX_VALUE - 8) {
            out.println("{\"error\":\"rows and criteria must be >= 1 and rows × criteria < 2^31\"}");
            return 2;
        }
        DecisionMatrix matrix = randomMatrix(rows, criteria, seed);
        List<CriterionType> types = new ArrayList<>();
        for (int j = 0; j < criteria; j++) {
            types.add(j % 2 == 0 ? CriterionType.BENEFIT : CriterionType.COST);
        }
        Weights weights = Weights.equal(criteria);
        McdaMethod topsis = new McdaMethod.Topsis(Normalization.VECTOR);
        Runnable work = method.equals("topsis")
                ? () -> blackhole += Mcda.rank(matrix, types, weights, topsis).rank(0)
                : () -> blackhole += ObjectiveWeights.entropy(matrix).get(0);
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < RUNS; i++) {
            runs.append(i == 0 ? "" : ",").append(format(ms[i]));
        }
        out.println("{\"method\":\""
                + method
                + "\",\"rows\":"
                + rows
                + ",\"criteria\":"
                + criteria
                + ",\"median_ms\":"
                + format(sorted[RUNS / 2])
                + ",\"runs\":["
                + runs
                + "]}");
        return 0;
    }

    /**
     * The seeded random matrix of the benchmark: values uniform in [1, 100).
     *
     * @param rows alternatives
     * @param criteria criteria
     * @param seed the seed
     * @return the matrix
     */
    public static DecisionMatrix randomMatrix(int rows, int criteria, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * criteria];
        for (int k = 0; k < values.length; k++) {
            values[k] = 1 + 99 * random.nextDouble();
        }
        return DecisionMatrix.ofColumnMajor(rows, criteria, values);
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms);
    }
}
