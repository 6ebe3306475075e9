// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void pointsAreEqualByValueWhateverTheirScale() {
        assertThat(Points.of("5")).isEqualTo(Points.of("5.00")).hasSameHashCodeAs(Points.of("5.00"));
        assertThat(Points.of("0")).isEqualTo(Points.of("0.000")).hasSameHashCodeAs(Points.of("-0.0"));
        assertThat(Points.of("5.01")).isNotEqualTo(Points.of("5"));
    }

    @Test
    void arithmeticIsExactAndRoundingHappensOnlyWhenAsked() {
        // 8 × 95.5 / 100 = 7.64 exactly; 7 × 2/3 would not terminate, so the caller rounds
        Points p = Points.of(8).times(new BigDecimal("95.5")).times(new BigDecimal("0.01"));
        assertThat(p.value()).isEqualByComparingTo("7.640");
        assertThat(Points.of("2.345").rounded(Precision.DEFAULT)).isEqualTo(Points.of("2.35"));
        assertThat(Points.of("2.345").rounded(new Precision(2, RoundingMode.HALF_EVEN)))
                .isEqualTo(Points.of("2.34"));
        assertThat(Points.of("-2.345").rounded(Precision.DEFAULT)).isEqualTo(Points.of("-2.35"));
        assertThat(Points.of(3).minus(Points.of("4.5"))).isEqualTo(Points.of("-1.5"));
        assertThat(Points.of(3).min(Points.of(2))).isEqualTo(Points.of(2));
        assertThat(Points.of(3).max(Points.of(2))).isEqualTo(Points.of(3));
        assertThat(Points.of("1.50").toString()).isEqualTo("1.50");
    }

    @Test
    void precisionRefusesNonsense() {
        assertThatThrownBy(() -> new Precision(-1, RoundingMode.HALF_UP)).hasMessageContaining("scale (-1)");
        assertThatThrownBy(() -> new Precision(2, RoundingMode.UNNECESSARY)).hasMessageContaining("UNNECESSARY");
    }

    @Test
    void localizedTextFallsBackToChinese() {
        LocalizedText t = LocalizedText.of("比质量", null);
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("比质量");
        assertThat(LocalizedText.of("比质量", "quality").in(Locale.ENGLISH)).isEqualTo("quality");
        assertThat(LocalizedText.of("比质量", "quality").in(Locale.CHINA)).isEqualTo("比质量");
    }

    @Property
    void addingThenSubtractingGivesBackTheSamePoints(
            @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal a,
            @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal b) {
        assertThat(Points.of(a).plus(Points.of(b)).minus(Points.of(b))).isEqualTo(Points.of(a));
    }
}
