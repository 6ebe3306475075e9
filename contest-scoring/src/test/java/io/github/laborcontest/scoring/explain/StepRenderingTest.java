// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every kind of step rendered as the sentence a reader sees, in Chinese (the default) and English,
 * with its code and arguments; the shortening of long quotients at its edges; the fallback for a
 * code without a template.
 */
class StepRenderingTest {

    private static final Locale ZH = Locale.CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void rawValueWithAndWithoutEvidence() {
        Step plain = new Step.RawValue("95", List.of());
        assertThat(plain.code()).isEqualTo("raw");
        assertThat(plain.args()).containsExactly("95", "");
        assertThat(Explanations.render(plain, ZH)).isEqualTo("原始值 95");
        assertThat(Explanations.render(plain, EN)).isEqualTo("raw value 95");

        Step withEvidence = new Step.RawValue("95", List.of("表A", "表B"));
        assertThat(withEvidence.code()).isEqualTo("raw.evidence");
        assertThat(Explanations.render(withEvidence, ZH)).isEqualTo("原始值 95（依据：表A, 表B）");
        assertThat(Explanations.render(withEvidence, EN)).isEqualTo("raw value 95 (evidence: 表A, 表B)");
    }

    @Test
    void computedAppendsTheResultToItsParameters() {
        // 12 × 95 / 100 = 11.4
        Step s = new Step.Computed("linear.proportional", List.of("12", "95", "100"), d("11.40"));
        assertThat(s.code()).isEqualTo("linear.proportional");
        assertThat(s.args()).containsExactly("12", "95", "100", "11.40");
        assertThat(s.delta()).isEqualByComparingTo("0");
        assertThat(Explanations.render(s, ZH)).isEqualTo("12 × 95 / 100 = 11.40");
        Step between = new Step.Computed("linear.lower.between", List.of("10", "30", "12", "6"), d("7.5"));
        // 10 × (30 − 12) / (30 − 6) = 180 / 24 = 7.5
        assertThat(Explanations.render(between, EN)).isEqualTo("10 × (30 − 12) / (30 − 6) = 7.5");
    }

    @Test
    void bandNormalisedAndMarks() {
        Step band = new Step.BandMatched(d("90"), d("6"));
        assertThat(band.code()).isEqualTo("band.matched");
        assertThat(Explanations.render(band, ZH)).isEqualTo("落在 90 起的档次：6 分");
        assertThat(Explanations.render(band, EN)).isEqualTo("band from 90: 6 points");

        Step minMax = new Step.Normalised("min-max", List.of("7", "4", "10"), d("0.5"), false);
        // (7 − 4) / (10 − 4) = 0.5
        assertThat(minMax.code()).isEqualTo("normalised.min-max");
        assertThat(minMax.args()).containsExactly("7", "4", "10", "0.5");
        assertThat(Explanations.render(minMax, ZH)).isEqualTo("极差标准化：(7 − 4) / (10 − 4) = 0.5");
        assertThat(Explanations.render(minMax, EN)).isEqualTo("min-max: (7 − 4) / (10 − 4) = 0.5");

        Step trimmed = new Step.MarksTrimmed(List.of(d("9.5"), d("6")), List.of(d("8"), d("8.5")));
        assertThat(trimmed.code()).isEqualTo("judge.trimmed");
        assertThat(trimmed.args()).containsExactly("9.5, 6", "8, 8.5");
        assertThat(Explanations.render(trimmed, ZH)).isEqualTo("去掉 9.5, 6；保留 8, 8.5");
        assertThat(Explanations.render(trimmed, EN)).isEqualTo("dropped marks 9.5, 6; kept 8, 8.5");

        Step remark = new Step.RemarkRequired(List.of(d("1"), d("3")), d("2"), 1);
        assertThat(remark.code()).isEqualTo("judgement.remark");
        assertThat(remark.args()).containsExactly("1, 3", "2", "1");
        assertThat(Explanations.render(remark, ZH)).isEqualTo("评分 1, 3 相差 2，超过 1：需重新评分，暂计 0 分");
        assertThat(Explanations.render(remark, EN))
                .isEqualTo("marks 1, 3 differ by 2, more than 1: to be re-marked, 0 until then");
    }

    @Test
    void stepsThatChangeANumberCarryTheirDelta() {
        Step capped = new Step.Capped("bonus-cap", d("12.00"), d("10"));
        assertThat(capped.code()).isEqualTo("capped.bonus-cap");
        assertThat(capped.args()).containsExactly("12.00", "10");
        // 10 − 12.00 = −2.00
        assertThat(capped.delta()).isEqualByComparingTo("-2");
        assertThat(Explanations.render(capped, ZH)).isEqualTo("加分 12.00 超过加分上限，按 10 计");
        assertThat(Explanations.render(capped, EN)).isEqualTo("bonus 12.00 capped at 10");

        Step floored = new Step.Floored("dimension", d("-3"), d("2"));
        assertThat(floored.code()).isEqualTo("floored.dimension");
        // 2 − (−3) = 5
        assertThat(floored.delta()).isEqualByComparingTo("5");
        assertThat(Explanations.render(floored, ZH)).isEqualTo("-3 低于维度保底分，按 2 计");
        assertThat(Explanations.render(floored, EN)).isEqualTo("-3 raised to the dimension floor 2");

        Step rounded = new Step.Rounded(d("6.666"), d("6.67"), 2, "HALF_UP");
        assertThat(rounded.code()).isEqualTo("rounded");
        assertThat(rounded.args()).containsExactly("6.666", "6.67", "2", "HALF_UP");
        // 6.67 − 6.666 = 0.004
        assertThat(rounded.delta()).isEqualByComparingTo("0.004");
        assertThat(Explanations.render(rounded, ZH)).isEqualTo("6.666 四舍五入为 6.67（2 位小数，HALF_UP）");
        assertThat(Explanations.render(rounded, EN)).isEqualTo("6.666 rounded to 6.67 (2 decimals, HALF_UP)");
    }

    @Test
    void notMeasuredNotApplicableVetoWeightedDisqualifiedDecided() {
        Step zero = new Step.NotMeasured("scored-zero");
        assertThat(zero.code()).isEqualTo("not-measured.scored-zero");
        assertThat(zero.args()).isEmpty();
        assertThat(Explanations.render(zero, ZH)).isEqualTo("无测评数据：得 0 分");
        assertThat(Explanations.render(new Step.NotMeasured("none-recorded"), EN))
                .isEqualTo("nothing recorded");

        Step na = new Step.NotApplicable("design", List.of("build", "handover"));
        assertThat(na.code()).isEqualTo("not-applicable.stage");
        assertThat(Explanations.render(na, ZH)).isEqualTo("不计分：项目阶段为 design，本指标只适用于 build, handover");
        assertThat(Explanations.render(na, EN))
                .isEqualTo("not scored: stage design, the indicator applies to build, handover");

        Step cap = new Step.VetoFired("s.fatal", "cap-grade", "contest", Optional.of("B"), "2026-Q1");
        assertThat(cap.code()).isEqualTo("veto.cap-grade.contest");
        assertThat(cap.args()).containsExactly("s.fatal", "B", "2026-Q1");
        assertThat(Explanations.render(cap, ZH)).isEqualTo("一票否决 s.fatal 于 2026-Q1 触发：全程等级最高为 B");
        Step dq = new Step.VetoFired("s.fatal", "disqualify", "period", Optional.empty(), "2026-Q1");
        assertThat(dq.args()).containsExactly("s.fatal", "-", "2026-Q1");
        assertThat(Explanations.render(dq, EN)).isEqualTo("veto s.fatal fired in 2026-Q1: disqualified for the period");

        Step weighted = new Step.Weighted(d("18"), d("0.5"), d("9.0"));
        assertThat(Explanations.render(weighted, ZH)).isEqualTo("18 × 权重 0.5 = 9.0");
        assertThat(Explanations.render(weighted, EN)).isEqualTo("18 × weight 0.5 = 9.0");

        Step out = new Step.Disqualified(List.of("s.fatal", "s.fraud"));
        assertThat(out.args()).containsExactly("s.fatal, s.fraud");
        assertThat(Explanations.render(out, ZH)).isEqualTo("因 s.fatal, s.fraud 取消资格：公布但不排名");
        assertThat(Explanations.render(out, EN)).isEqualTo("disqualified by s.fatal, s.fraud: listed, not ranked");

        Step decided = new Step.Decided("grade.boundary.all-out", List.of("一等奖", "二等奖"));
        assertThat(decided.code()).isEqualTo("grade.boundary.all-out");
        assertThat(decided.args()).containsExactly("一等奖", "二等奖");
        assertThat(Explanations.render(decided, ZH)).isEqualTo("在 一等奖 名额边界并列：并列者全部计入 二等奖");
    }

    @Test
    void englishIsChosenByLanguageOnlyAndEveryOtherLocaleReadsChinese() {
        Step s = new Step.NotMeasured("scored-zero");
        assertThat(Explanations.render(s, Locale.US)).isEqualTo("no measurement: 0 points");
        assertThat(Explanations.render(s, Locale.UK)).isEqualTo("no measurement: 0 points");
        assertThat(Explanations.render(s, Locale.FRENCH)).isEqualTo("无测评数据：得 0 分");
        assertThat(Explanations.render(s, Locale.SIMPLIFIED_CHINESE)).isEqualTo("无测评数据：得 0 分");
    }

    @Test
    void longQuotientsAreShownWithSixDecimalsAndAnEllipsisAtTheirEdges() {
        // 12 characters: left as it is, however many decimals
        assertThat(Explanations.render(new Step.RawValue("0.1234567891", List.of()), EN))
                .isEqualTo("raw value 0.1234567891");
        // 13 characters and 11 decimals: 0.12345678912 → 0.123457 (half-up) and "…"
        assertThat(Explanations.render(new Step.RawValue("0.12345678912", List.of()), EN))
                .isEqualTo("raw value 0.123457…");
        // 13 characters, exactly 6 decimals: left as it is
        assertThat(Explanations.render(new Step.RawValue("123456.123456", List.of()), EN))
                .isEqualTo("raw value 123456.123456");
        // 13 characters, 7 decimals: 12345.1234565 → 12345.123457 (half-up, not half-even)
        assertThat(Explanations.render(new Step.RawValue("12345.1234565", List.of()), EN))
                .isEqualTo("raw value 12345.123457…");
        // long without a decimal point, and long text with a dot that is no number: unchanged
        assertThat(Explanations.render(new Step.RawValue("1234567890123", List.of()), EN))
                .isEqualTo("raw value 1234567890123");
        assertThat(Explanations.render(new Step.RawValue("report.2026-Q1.pdf", List.of()), EN))
                .isEqualTo("raw value report.2026-Q1.pdf");
        // the step itself keeps the exact value
        assertThat(new Step.RawValue("0.12345678912", List.of()).args()).first().isEqualTo("0.12345678912");
    }

    @Test
    void aCodeWithoutATemplateIsShownAsCodeAndArguments() {
        assertThat(Explanations.render(new Step.Decided("no.such.code", List.of("a", "1")), ZH))
                .isEqualTo("no.such.code [a, 1]");
        assertThat(Explanations.render(new Step.NotMeasured("unknown"), EN)).isEqualTo("not-measured.unknown");
    }
}
