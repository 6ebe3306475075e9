// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The declared scale and rounding of points, like a money library's monetary context. The
 * default is two decimals rounded half-up (四舍五入到分), the convention of hand-kept score
 * sheets.
 *
 * @param scale the number of decimals, 0 to 10
 * @param rounding the rounding mode, never {@link RoundingMode#UNNECESSARY}
 * @since 0.1.0
 */
public record Precision(int scale, RoundingMode rounding) {

    /** Two decimals, half-up. */
    public static final Precision DEFAULT = new Precision(2, RoundingMode.HALF_UP);

    /** Checks the scale and the rounding mode. */
    public Precision {
        Objects.requireNonNull(rounding, "rounding");
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale (" + scale + ") must be within [0, 10]");
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding must not be UNNECESSARY");
        }
    }

    /**
     * Rounds a value to this precision.
     *
     * @param value any value
     * @return the value at this scale
     */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale, rounding);
    }
}
