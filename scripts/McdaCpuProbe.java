// SPDX-License-Identifier: Apache-2.0
// Thread CPU time of the TOPSIS and entropy kernels (issue 19), less disturbed by other processes
// than wall-clock time on a shared machine: it does not count the time the thread waits for a core.
// The 1,000,000 × 10 matrix is uniform in [1, 100) from SplittableRandom(1), odd columns cost, equal
// weights; 15 rounds, the minimum of each phase; the hash must be the same for any two versions.
// Run: java -cp contest-scoring/target/contest-scoring-0.1.0-SNAPSHOT.jar scripts/McdaCpuProbe.java
// (or -cp examples/target/contest.jar).
import io.github.laborcontest.scoring.mcda.internal.Methods;
import io.github.laborcontest.scoring.mcda.internal.Normalize;
import io.github.laborcontest.scoring.mcda.internal.Ranks;
import io.github.laborcontest.scoring.mcda.internal.WeightKernels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

public class McdaCpuProbe {
    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int m = 1_000_000;
        int n = 10;
        SplittableRandom random = new SplittableRandom(1);
        double[] x = new double[m * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = 1 + 99 * random.nextDouble();
        }
        boolean[] cost = new boolean[n];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            cost[j] = j % 2 == 1;
            w[j] = 0.1;
        }
        double[] best = new double[6];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        long hash = 0;
        for (int round = 0; round < 15; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            double[] p = Normalize.params(x, m, n, cost, Normalize.VECTOR);
            long t1 = cpu.getCurrentThreadCpuTime();
            double[] c = Methods.topsis(x, m, n, w, p, null);
            long t2 = cpu.getCurrentThreadCpuTime();
            Ranks.Sorted s = Ranks.sort(c, true);
            long t3 = cpu.getCurrentThreadCpuTime();
            int[] r = Ranks.ranks(c, s, true, Ranks.scale(c), 1e-12);
            long t4 = cpu.getCurrentThreadCpuTime();
            double[] e = WeightKernels.entropy(x, m, n, null);
            long t5 = cpu.getCurrentThreadCpuTime();
            long[] t = {t0, t1, t2, t3, t4, t5};
            for (int q = 0; q < 5; q++) {
                best[q] = Math.min(best[q], (t[q + 1] - t[q]) / 1e6);
            }
            best[5] = Math.min(best[5], (t4 - t0) / 1e6);
            hash = Arrays.hashCode(c) * 31L + Arrays.hashCode(r) + 17L * Arrays.hashCode(s.order())
                    + Arrays.hashCode(e) + Arrays.hashCode(p);
        }
        System.out.printf(
                "cpu ms (min of 15): params %.1f distances %.1f sort %.1f ranks %.1f topsis-total %.1f | entropy %.1f | hash %x%n",
                best[0], best[1], best[2], best[3], best[5], best[4], hash);
    }
}
