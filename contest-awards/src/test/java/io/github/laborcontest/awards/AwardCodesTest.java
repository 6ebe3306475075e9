// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Coded;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coded enums of the awards API: own codes, both labels, read back from their codes. */
class AwardCodesTest {

    @Test
    void everyConstantHasItsOwnCodeAndLabelsAndIsReadBackFromItsCode() {
        List<Coded[]> all = List.of(
                AwardNature.values(),
                BoundaryTies.values(),
                Comparison.values(),
                Eligibility.values(),
                QuotaBase.values(),
                QuotaRounding.values(),
                Selection.values(),
                Truth.values());
        for (Coded[] constants : all) {
            Set<String> codes = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (Coded c : constants) {
                assertThat(c.code()).matches("[a-z][a-z0-9-]*");
                assertThat(c.label()).as(c.code()).isNotNull();
                assertThat(c.label().zh()).as(c.code()).isNotBlank();
                assertThat(c.label().in(Locale.ENGLISH)).as(c.code()).isNotBlank();
                codes.add(c.code());
                english.add(c.label().en());
            }
            assertThat(codes).hasSize(constants.length);
            assertThat(english).hasSize(constants.length);
        }
        for (AwardNature c : AwardNature.values()) {
            assertThat(AwardNature.fromCode(c.code())).isSameAs(c);
        }
        for (BoundaryTies c : BoundaryTies.values()) {
            assertThat(BoundaryTies.fromCode(c.code())).isSameAs(c);
        }
        for (Comparison c : Comparison.values()) {
            assertThat(Comparison.fromCode(c.code())).isSameAs(c);
        }
        for (Eligibility c : Eligibility.values()) {
            assertThat(Eligibility.fromCode(c.code())).isSameAs(c);
        }
        for (QuotaBase c : QuotaBase.values()) {
            assertThat(QuotaBase.fromCode(c.code())).isSameAs(c);
        }
        for (QuotaRounding c : QuotaRounding.values()) {
            assertThat(QuotaRounding.fromCode(c.code())).isSameAs(c);
        }
        for (Selection c : Selection.values()) {
            assertThat(Selection.fromCode(c.code())).isSameAs(c);
        }
        for (Truth c : Truth.values()) {
            assertThat(Truth.fromCode(c.code())).isSameAs(c);
        }
    }

    @Test
    void comparisonsTestTheSignOfACompareToResult() {
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.LESS_THAN::test)).containsExactly(true, false, false);
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.AT_MOST::test)).containsExactly(true, true, false);
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.EQUAL::test)).containsExactly(false, true, false);
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.NOT_EQUAL::test)).containsExactly(true, false, true);
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.AT_LEAST::test)).containsExactly(false, true, true);
        assertThat(List.of(-1, 0, 1).stream().map(Comparison.GREATER_THAN::test))
                .containsExactly(false, false, true);
    }
}
