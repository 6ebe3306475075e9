// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of one normalised indicator over the participants of a period, and the fraction
 * in [0, 1] each value gets.
 *
 * <p>Lower-is-better values are mirrored within their range first ({@code x' = max + min − x}),
 * so that every method is direction-aware the same way. Degenerate cases: min-max with all values
 * equal gives 1 to everyone; max, sum and vector with a zero denominator give 0; z-score with zero
 * deviation gives 0.5. Min-max, max and sum are exact decimals (quotients at 34 significant
 * digits); vector and z-score use double arithmetic ({@link StrictMath}) and their fraction is
 * converted to a decimal at 10 places, half-up, which is the stated conversion point.
 */
final class NormStats {
    static final MathContext MC = MathContext.DECIMAL128;

    private final Normalisation.Method method;
    private final boolean lower;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal sum;
    private final double norm;
    private final double mean;
    private final double sd;
    private final int n;

    NormStats(Normalisation.Method method, Direction direction, List<BigDecimal> values) {
        this.method = method;
        this.lower = direction == Direction.LOWER_BETTER;
        this.n = values.size();
        BigDecimal mn = null;
        BigDecimal mx = null;
        for (BigDecimal v : values) {
            mn = mn == null || v.compareTo(mn) < 0 ? v : mn;
            mx = mx == null || v.compareTo(mx) > 0 ? v : mx;
        }
        this.min = mn == null ? BigDecimal.ZERO : mn;
        this.max = mx == null ? BigDecimal.ZERO : mx;
        BigDecimal s = BigDecimal.ZERO;
        double sq = 0;
        double plain = 0;
        for (BigDecimal v : values) {
            BigDecimal m = mirror(v);
            s = s.add(m);
            double d = m.doubleValue();
            sq += d * d;
            plain += v.doubleValue();
        }
        this.sum = s;
        this.norm = StrictMath.sqrt(sq);
        this.mean = n == 0 ? 0 : plain / n;
        double var = 0;
        for (BigDecimal v : values) {
            double d = v.doubleValue() - mean;
            var += d * d;
        }
        this.sd = n == 0 ? 0 : StrictMath.sqrt(var / n);
    }

    private BigDecimal mirror(BigDecimal v) {
        return lower ? max.add(min).subtract(v) : v;
    }

    /** The fraction of a value, with the step explaining it when {@code explain}. */
    Fraction fraction(BigDecimal value, boolean explain) {
        BigDecimal x = mirror(value);
        BigDecimal f;
        List<String> params;
        boolean floating = false;
        switch (method) {
            case MIN_MAX -> {
                BigDecimal range = max.subtract(min);
                f = range.signum() == 0 ? BigDecimal.ONE : x.subtract(min).divide(range, MC);
                params = explain ? List.of(x.toPlainString(), min.toPlainString(), max.toPlainString()) : List.of();
            }
            case MAX -> {
                f = max.signum() <= 0 ? BigDecimal.ZERO : x.divide(max, MC);
                params = explain ? List.of(x.toPlainString(), max.toPlainString()) : List.of();
            }
            case SUM -> {
                f = sum.signum() <= 0 ? BigDecimal.ZERO : x.divide(sum, MC);
                params = explain ? List.of(x.toPlainString(), sum.toPlainString()) : List.of();
            }
            case VECTOR -> {
                floating = true;
                f = norm == 0 ? BigDecimal.ZERO : toDecimal(x.doubleValue() / norm);
                params = explain ? List.of(x.toPlainString(), toDecimal(norm).toPlainString()) : List.of();
            }
            case Z_SCORE -> {
                floating = true;
                if (sd == 0) {
                    f = new BigDecimal("0.5");
                } else {
                    double z = (value.doubleValue() - mean) / sd;
                    f = toDecimal(phi(lower ? -z : z));
                }
                params = explain
                        ? List.of(
                                value.toPlainString(),
                                toDecimal(mean).toPlainString(),
                                toDecimal(sd).toPlainString())
                        : List.of();
            }
            default -> throw new IllegalStateException(method.toString());
        }
        if (f.signum() < 0) {
            f = BigDecimal.ZERO;
        } else if (f.compareTo(BigDecimal.ONE) > 0) {
            f = BigDecimal.ONE;
        }
        Step.Normalised step = explain ? new Step.Normalised(method.code(), params, f, floating) : null;
        return new Fraction(f, step);
    }

    static BigDecimal toDecimal(double d) {
        return new BigDecimal(d).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The standard normal distribution function, via the erfc fit of Numerical Recipes (erfcc, fractional error below 1.2e-7). */
    static double phi(double z) {
        return 0.5 * erfc(-z / StrictMath.sqrt(2));
    }

    private static double erfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * StrictMath.abs(x));
        double y = t
                * StrictMath.exp(
                        -x * x
                                - 1.26551223
                                + t
                                        * (1.00002368
                                                + t
                                                        * (0.37409196
                                                                + t
                                                                        * (0.09678418
                                                                                + t
                                                                                        * (-0.18628806
                                                                                                + t
                                                                                                        * (0.27886807
                                                                                                                + t
                                                                                                                        * (-1.13520398
                                                                                                                                + t
                                                                                                                                        * (1.48851587
                                                                                                                                                + t
                                                                                                                                                        * (-0.82215223
                                                                                                                                                                + t
                                                                                                                                                                        * 0.17087277)))))))));
        return x >= 0 ? y : 2.0 - y;
    }

    record Fraction(BigDecimal value, Step.@Nullable Normalised step) {}
}
