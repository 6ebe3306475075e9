// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.scoring.explain.Explanations;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The whole publication table of the three key projects of {@link KeyProjectScoringTest}, line by
 * line, in English and Chinese. The numbers are worked out by hand there; the rows here check
 * the order of rows, the separators, the dimension details, the bonus, veto and total rows.
 */
class SummaryTextTest {

    private static ScoreCard card(String who) {
        PeriodResult r = KeyProjectScoringTest.score();
        return r.card(ParticipantId.of(who)).orElseThrow();
    }

    @Test
    void projectAInEnglish() {
        // quality: 11.40 + 8.00 = 19.40 scored, deductions −6.00 held to −5: 14.40;
        // safety 8.75 + 7.50 = 16.25; bonus 10 + 2 = 12.00 capped at 10; total 14.40 + 16.25 + 10 = 40.65
        assertThat(Explanations.summarize(card("A"), Locale.ENGLISH)).isEqualTo("""
                        Participant A · period 2026-Q1 · total 40.65 · ranked
                        dimension | indicator | points | how
                        quality | q.pass | 11.40 | raw value 95; 12 × 95 / 100 = 11.4
                        quality | q.accept | 8.00 | raw value 96; band from 95: 8 points
                        quality | q.defects | -6.00 | raw value 4; 4 × 2 = 8; 8 capped at the indicator maximum 6
                        quality | dimension total | 14.40 | scored 19.40, deductions -5, weight 1, contributes 14.40; \
                        deductions -6.00 held to the dimension cap -5
                        safety | s.hazard | 8.75 | raw value 87.5; 10 × 87.5 / 100 = 8.75
                        safety | s.lost-days | 7.50 | raw value 4; 10 × (10 − 4) / (10 − 2) = 7.5
                        safety | s.fatal | 0 | raw value false (evidence: 检查记录-A)
                        safety | dimension total | 16.25 | scored 16.25, deductions 0, weight 1, contributes 16.25
                        model | m.honours | 10.00 | raw value luban, city; items luban, city: highest only (luban) = 10
                        model | m.innovation | 2.00 | raw value 1; 1 × 2 = 2
                        model | dimension total | 0 | scored 0, deductions 0, weight 1, contributes 0
                        bonus | | 10 | bonus items add up to 12.00; bonus 12.00 capped at 10
                        total | | 40.65 |\s
                        """);
    }

    @Test
    void projectBInChineseListsTheVetoAndTheReasonItIsNotRanked() {
        // q.pass 55 < floor 60: 0; q.accept 90: 6; hazard 100: 10; lost days 1 ≤ 2: 10; 6 + 20 = 26.00
        assertThat(Explanations.summarize(card("B"), Locale.CHINESE)).isEqualTo("""
                        参赛者 B · 周期 2026-Q1 · 总分 26.00 · 取消资格，不参与排名
                        维度 | 指标 | 得分 | 计算过程
                        quality | q.pass | 0.00 | 原始值 55; 实际值 55 低于下限 60：得 0 分
                        quality | q.accept | 6.00 | 原始值 90; 落在 90 起的档次：6 分
                        quality | q.defects | 0 | 无记录
                        quality | 维度小计 | 6.00 | 计分项 6.00，扣分 0，权重 1，计入总分 6.00
                        safety | s.hazard | 10.00 | 原始值 100; 实际值 100 达到目标值 100：得满分 10
                        safety | s.lost-days | 10.00 | 原始值 1; 实际值 1 不高于目标值 2：得满分 10
                        safety | s.fatal | 0 | 原始值 true（依据：检查记录-B）; 一票否决 s.fatal 于 2026-Q1 触发：本期取消资格
                        safety | 维度小计 | 20.00 | 计分项 20.00，扣分 0，权重 1，计入总分 20.00
                        model | m.honours | 0 | 无记录
                        model | m.innovation | 0 | 无记录
                        model | 维度小计 | 0 | 计分项 0，扣分 0，权重 1，计入总分 0
                        加分 | | 0 | 加分项合计 0
                        一票否决 | s.fatal | | 取消资格（本期）：于周期 2026-Q1 触发，记录值 true（依据：检查记录-B；等级上限：-）
                        总分 | | 26.00 | 因 s.fatal 取消资格：公布但不排名
                        """);
    }

    @Test
    void projectBInEnglish() {
        String en = Explanations.summarize(card("B"), Locale.ENGLISH);
        assertThat(en.lines().toList())
                .startsWith("Participant B · period 2026-Q1 · total 26.00 · disqualified, not ranked")
                .contains(
                        "veto | s.fatal | | disqualify for the period: fired in period 2026-Q1 with value true"
                                + " (evidence: 检查记录-B; grade cap: -)",
                        "bonus | | 0 | bonus items add up to 0")
                .endsWith("total | | 26.00 | disqualified by s.fatal: listed, not ranked");
    }

    @Test
    void projectCInChineseShowsTheRoundingAndTheMissingMeasurement() {
        // q.pass 12 × 66.666 / 100 = 7.99992 → 8.00; q.accept 85: band 80 → 3; defects 1 × 2 = 2;
        // quality 11.00 − 2.00 = 9.00; hazard missing: 0; lost days 10 at the cut-off: 0; taishan 5;
        // total 9.00 + 0.00 + 5.00 = 14.00
        assertThat(Explanations.summarize(card("C"), Locale.CHINESE)).isEqualTo("""
                        参赛者 C · 周期 2026-Q1 · 总分 14.00 · 参与排名
                        维度 | 指标 | 得分 | 计算过程
                        quality | q.pass | 8.00 | 原始值 66.666; 12 × 66.666 / 100 = 7.99992; \
                        7.99992 四舍五入为 8.00（2 位小数，HALF_UP）
                        quality | q.accept | 3.00 | 原始值 85; 落在 80 起的档次：3 分
                        quality | q.defects | -2.00 | 原始值 1; 1 × 2 = 2
                        quality | 维度小计 | 9.00 | 计分项 11.00，扣分 -2.00，权重 1，计入总分 9.00
                        safety | s.hazard | 0 | 无测评数据：得 0 分
                        safety | s.lost-days | 0.00 | 原始值 10; 实际值 10 达到或超过零分线 10：得 0 分
                        safety | s.fatal | 0 | 无记录
                        safety | 维度小计 | 0.00 | 计分项 0.00，扣分 0，权重 1，计入总分 0.00
                        model | m.honours | 5.00 | 原始值 taishan; 项目 taishan：只计最高一项（taishan）= 5
                        model | m.innovation | 0 | 无记录
                        model | 维度小计 | 0 | 计分项 0，扣分 0，权重 1，计入总分 0
                        加分 | | 5.00 | 加分项合计 5.00
                        总分 | | 14.00 |\s
                        """);
    }
}
