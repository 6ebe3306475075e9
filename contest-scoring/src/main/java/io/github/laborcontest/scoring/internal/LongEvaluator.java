// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.ThresholdBands;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's rule in exact {@code long} arithmetic for one numeric column scale, used by bulk
 * ranking when the set rounds per indicator half-up: the same formulas as {@link
 * IndicatorEvaluator}, on values × 10^scale, giving points × 10^precision. Every product is
 * overflow-checked; on overflow the caller falls back to {@code BigDecimal}. Built only when every
 * parameter is exact at the scales involved.
 */
final class LongEvaluator {
    /** Points at full marks × 10^p. */
    final long max;

    private final Kind kind;
    private final boolean lower;
    private final int up;
    private final long target;
    private final long floor;
    private final boolean hasFloor;
    private final long[] thresholds;
    private final long[] bandPoints;
    private final long each;
    private final long divisor;
    private final boolean negate;

    private enum Kind {
        LINEAR,
        BANDS,
        PASS_FAIL,
        PER_OCCURRENCE,
        DIRECT
    }

    private LongEvaluator(
            Kind kind,
            long max,
            boolean lower,
            int up,
            long target,
            long floor,
            boolean hasFloor,
            long[] thresholds,
            long[] bandPoints,
            long each,
            long divisor,
            boolean negate) {
        this.kind = kind;
        this.max = max;
        this.lower = lower;
        this.up = up;
        this.target = target;
        this.floor = floor;
        this.hasFloor = hasFloor;
        this.thresholds = thresholds;
        this.bandPoints = bandPoints;
        this.each = each;
        this.divisor = divisor;
        this.negate = negate;
    }

    /**
     * Compiles an evaluator for values at {@code scale}, or returns null when the rule or its
     * parameters do not fit exact long arithmetic.
     */
    static @Nullable LongEvaluator of(IndicatorEvaluator e, int scale, int p) {
        try {
            ScoringRule r = e.rule;
            long max = exact(e.max, p);
            boolean lower = e.direction == Direction.LOWER_BETTER;
            boolean negate = e.kind == IndicatorKind.DEDUCTION;
            if (r instanceof LinearToTarget l) {
                int cs = Math.max(
                        scale,
                        Math.max(
                                l.target().scale(),
                                l.floor().map(BigDecimal::scale).orElse(0)));
                if (cs > 12) {
                    return null;
                }
                return new LongEvaluator(
                        Kind.LINEAR,
                        max,
                        lower,
                        cs - scale,
                        exact(l.target(), cs),
                        l.floor().map(f -> exact(f, cs)).orElse(0L),
                        l.floor().isPresent(),
                        new long[0],
                        new long[0],
                        0,
                        1,
                        negate);
            } else if (r instanceof ThresholdBands b) {
                int cs = scale;
                for (ThresholdBands.Band band : b.bands()) {
                    cs = Math.max(cs, band.threshold().scale());
                }
                if (cs > 12) {
                    return null;
                }
                List<ThresholdBands.Band> bands = b.bands();
                long[] th = new long[bands.size()];
                long[] pts = new long[bands.size()];
                for (int i = 0; i < th.length; i++) {
                    th[i] = exact(bands.get(i).threshold(), cs);
                    pts[i] = exact(bands.get(i).points(), p);
                }
                return new LongEvaluator(Kind.BANDS, max, lower, cs - scale, 0, 0, false, th, pts, 0, 1, negate);
            } else if (r instanceof PassFail) {
                return new LongEvaluator(
                        Kind.PASS_FAIL, max, lower, 0, 0, 0, false, new long[0], new long[0], 0, 1, negate);
            } else if (r instanceof PerOccurrence o) {
                int sc = o.pointsEach().scale();
                long eachU = exact(o.pointsEach(), sc);
                int shift = scale + sc - p;
                if (shift < 0) {
                    eachU = Math.multiplyExact(eachU, pow10(-shift));
                    shift = 0;
                }
                return new LongEvaluator(
                        Kind.PER_OCCURRENCE,
                        max,
                        lower,
                        0,
                        0,
                        0,
                        false,
                        new long[0],
                        new long[0],
                        eachU,
                        pow10(shift),
                        negate);
            } else if (r instanceof DirectPoints) {
                int shift = scale - p;
                return new LongEvaluator(
                        Kind.DIRECT,
                        max,
                        lower,
                        shift < 0 ? -shift : 0,
                        0,
                        0,
                        false,
                        new long[0],
                        new long[0],
                        0,
                        shift > 0 ? pow10(shift) : 1,
                        negate);
            }
            return null;
        } catch (ArithmeticException ex) {
            return null;
        }
    }

    /**
     * The signed points × 10^p of a value × 10^scale.
     *
     * @throws ArithmeticException on overflow
     */
    long points(long unscaled) {
        long v = switch (kind) {
            case LINEAR -> linear(Math.multiplyExact(unscaled, pow10(up)));
            case BANDS -> bands(Math.multiplyExact(unscaled, pow10(up)));
            case PER_OCCURRENCE -> roundHalfUp(Math.multiplyExact(unscaled, each), divisor);
            case DIRECT -> roundHalfUp(Math.multiplyExact(unscaled, pow10(up)), divisor);
            case PASS_FAIL -> throw new IllegalStateException("a flag rule");
        };
        v = Math.max(0, Math.min(v, max));
        return negate ? -v : v;
    }

    /** The signed points × 10^p of a flag. */
    long points(boolean flag) {
        long v = (lower ? !flag : flag) ? max : 0;
        return negate ? -v : v;
    }

    private long linear(long u) {
        if (lower) {
            if (u <= target) {
                return max;
            }
            if (hasFloor) {
                return u >= floor ? 0 : roundHalfUp(Math.multiplyExact(max, floor - u), floor - target);
            }
            return roundHalfUp(Math.multiplyExact(max, target), u);
        }
        if (u >= target) {
            return max;
        }
        if (hasFloor && u < floor) {
            return 0;
        }
        return roundHalfUp(Math.multiplyExact(max, u), target);
    }

    private long bands(long u) {
        int best = -1;
        for (int i = 0; i < thresholds.length; i++) {
            if (lower
                    ? thresholds[i] >= u && (best < 0 || thresholds[i] < thresholds[best])
                    : thresholds[i] <= u && (best < 0 || thresholds[i] > thresholds[best])) {
                best = i;
            }
        }
        return best < 0 ? 0 : bandPoints[best];
    }

    /** a / b rounded half away from zero; b greater than zero. */
    static long roundHalfUp(long a, long b) {
        if (a < 0) {
            return -roundHalfUp(-a, b);
        }
        long q = a / b;
        long r = a - q * b;
        return r >= b - r ? q + 1 : q;
    }

    static long exact(BigDecimal v, int scale) {
        return v.setScale(scale, java.math.RoundingMode.UNNECESSARY)
                .unscaledValue()
                .longValueExact();
    }

    private static final long[] POW = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        1_000_000_000_000_000_000L
    };

    static long pow10(int n) {
        if (n < 0 || n >= POW.length) {
            throw new ArithmeticException("10^" + n);
        }
        return POW[n];
    }
}
