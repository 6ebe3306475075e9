// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a ranking. Absolute mode: the first band whose minimum the total reaches, the last band
 * otherwise. Quota mode: bands are filled in rank order; a band's quota is {@code floor(n ×
 * quotaPercent / 100)} of the n ranked participants, at most {@code maxCount}, and only totals at
 * or above its {@code minTotal}. Participants sharing a rank across the quota boundary follow the
 * boundary-tie policy: all in (the quota is exceeded), all out (they go to the next band), or
 * flagged (no grade, pending a human decision between the two bands). A fired grade-capping veto
 * lowers a better grade to its cap afterwards; the quota place is not refilled.
 */
final class Grader {
    private Grader() {}

    static List<GradeResult> grade(
            GradeScheme scheme, Ranking ranking, Map<ParticipantId, List<VetoOutcome>> vetoes, boolean explain) {
        List<RankedEntry> entries = ranking.entries();
        int n = entries.size();
        int[] band = new int[n];
        boolean[] pending = new boolean[n];
        List<List<Step>> steps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            steps.add(explain ? new ArrayList<>(2) : List.of());
        }
        List<GradeScheme.Band> bands = scheme.bands();
        int last = bands.size() - 1;
        if (scheme.mode() == GradeScheme.Mode.ABSOLUTE) {
            // the step depends only on the band and the total (equal as BigDecimal, scale
            // included): participants with the same total share one immutable step
            List<Map<BigDecimal, Step>> decided = new ArrayList<>(bands.size());
            for (int b = 0; b < bands.size(); b++) {
                decided.add(new HashMap<>());
            }
            for (int i = 0; i < n; i++) {
                BigDecimal total = entries.get(i).total().value();
                int b = 0;
                while (b < last
                        && bands.get(b)
                                .minTotal()
                                .map(min -> total.compareTo(min) < 0)
                                .orElse(true)) {
                    b++;
                }
                band[i] = b;
                if (explain) {
                    GradeScheme.Band gb = bands.get(b);
                    boolean withMin = gb.minTotal().isPresent() && b < last;
                    steps.get(i).add(decided.get(b).computeIfAbsent(total, t -> absolute(gb, withMin, t)));
                }
            }
        } else {
            int idx = 0;
            for (int b = 0; b < last && idx < n; b++) {
                GradeScheme.Band gb = bands.get(b);
                int quota = Integer.MAX_VALUE;
                if (gb.quotaPercent().isPresent()) {
                    quota = gb.quotaPercent()
                            .get()
                            .multiply(BigDecimal.valueOf(n))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                            .intValueExact();
                }
                if (gb.maxCount().isPresent()) {
                    quota = Math.min(quota, gb.maxCount().get());
                }
                int start = idx;
                while (idx < n) {
                    RankedEntry e = entries.get(idx);
                    if (gb.minTotal().isPresent()
                            && e.total().value().compareTo(gb.minTotal().get()) < 0) {
                        break;
                    }
                    if (idx - start < quota) {
                        band[idx] = b;
                        if (explain) {
                            steps.get(idx)
                                    .add(new Step.Decided(
                                            "grade.quota",
                                            List.of(
                                                    Integer.toString(idx - start + 1),
                                                    Integer.toString(quota),
                                                    gb.code(),
                                                    gb.label().zh(),
                                                    gb.label().en())));
                        }
                        idx++;
                        continue;
                    }
                    if (idx > start && entries.get(idx - 1).rank().compareTo(e.rank()) == 0) {
                        BigDecimal rank = e.rank();
                        int classStart = idx - 1;
                        while (classStart > start
                                && entries.get(classStart - 1).rank().compareTo(rank) == 0) {
                            classStart--;
                        }
                        int classEnd = idx;
                        while (classEnd < n && entries.get(classEnd).rank().compareTo(rank) == 0) {
                            classEnd++;
                        }
                        String next = bands.get(b + 1).code();
                        switch (scheme.boundaryTies()) {
                            case ALL_IN -> {
                                for (int k = idx; k < classEnd; k++) {
                                    band[k] = b;
                                }
                                mark(steps, explain, classStart, classEnd, "grade.boundary.all-in", gb.code(), next);
                                idx = classEnd;
                            }
                            case ALL_OUT -> {
                                mark(steps, explain, classStart, classEnd, "grade.boundary.all-out", gb.code(), next);
                                if (explain) {
                                    for (int k = classStart; k < idx; k++) {
                                        steps.get(k).removeIf(s -> s.code().equals("grade.quota"));
                                    }
                                }
                                idx = classStart;
                            }
                            case FLAG -> {
                                for (int k = classStart; k < classEnd; k++) {
                                    pending[k] = true;
                                    band[k] = b;
                                    if (explain) {
                                        steps.get(k).removeIf(s -> s.code().equals("grade.quota"));
                                    }
                                }
                                mark(steps, explain, classStart, classEnd, "grade.boundary.flag", gb.code(), next);
                                idx = classEnd;
                            }
                            default -> throw new IllegalStateException();
                        }
                    }
                    break;
                }
            }
            for (int i = idx; i < n; i++) {
                band[i] = last;
                if (explain) {
                    steps.get(i)
                            .add(new Step.Decided(
                                    "grade.rest",
                                    List.of(
                                            entries.get(i).total().value().toPlainString(),
                                            bands.get(last).code(),
                                            bands.get(last).label().zh(),
                                            bands.get(last).label().en())));
                }
            }
        }
        List<GradeResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RankedEntry e = entries.get(i);
            int b = band[i];
            for (VetoOutcome v :
                    vetoes.isEmpty() ? List.<VetoOutcome>of() : vetoes.getOrDefault(e.participant(), List.of())) {
                if (v.gradeCap().isPresent()) {
                    int cap = indexOf(bands, v.gradeCap().get());
                    if (cap > b) {
                        b = cap;
                        if (explain) {
                            steps.get(i)
                                    .add(new Step.Decided(
                                            "grade.capped",
                                            List.of(
                                                    v.indicator().value(),
                                                    v.gradeCap().get())));
                        }
                    }
                }
            }
            if (pending[i]) {
                List<String> candidates = List.of(
                        bands.get(band[i]).code(),
                        bands.get(Math.min(band[i] + 1, last)).code());
                out.add(new GradeResult(
                        e.participant(), Optional.empty(), Optional.empty(), true, candidates, steps.get(i)));
            } else {
                GradeScheme.Band gb = bands.get(b);
                out.add(new GradeResult(
                        e.participant(),
                        Optional.of(gb.code()),
                        Optional.of(gb.label()),
                        false,
                        List.of(),
                        steps.get(i)));
            }
        }
        return out;
    }

    private static void mark(
            List<List<Step>> steps, boolean explain, int from, int to, String code, String band, String next) {
        if (explain) {
            for (int k = from; k < to; k++) {
                steps.get(k).add(new Step.Decided(code, List.of(band, next)));
            }
        }
    }

    private static Step absolute(GradeScheme.Band gb, boolean withMin, BigDecimal total) {
        return withMin
                ? new Step.Decided(
                        "grade.absolute",
                        List.of(
                                total.toPlainString(),
                                gb.code(),
                                gb.minTotal().orElseThrow().toPlainString(),
                                gb.label().zh(),
                                gb.label().en()))
                : new Step.Decided(
                        "grade.rest",
                        List.of(
                                total.toPlainString(),
                                gb.code(),
                                gb.label().zh(),
                                gb.label().en()));
    }

    private static int indexOf(List<GradeScheme.Band> bands, String code) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
