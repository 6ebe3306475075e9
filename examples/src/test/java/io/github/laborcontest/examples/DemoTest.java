// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoTest {

    private static String run(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        return out;
    }

    @Test
    void theDemoRunsTheWholeCampaignInChinese() {
        String out = run(Locale.CHINESE);
        assertThat(out)
                .contains("320 个项目", "== 2. 竞赛积分台账（第一季度） ==", "哈希链校验：5124 条，完好", "由台账重算第一季度（LedgerMeasurements：")
                .contains("一票否决 成立", "分；被否决 1 个")
                .contains("【青岛市五一劳动奖章推荐】选中 1 名", "✗ 名次 = 1  [名次 = 2]")
                .contains("对照：重点工程竞赛的第一名是项目而非个人")
                .contains("【安康杯竞赛优胜单位】选中")
                .contains("计算过程", "去掉最高最低分后平均");
    }

    @Test
    void theDemoSpeaksEnglishToo() {
        String out = run(Locale.ENGLISH);
        assertThat(out)
                .contains(
                        "key-project contest",
                        "hash chain: 5124 entries, sound",
                        "Q1 rescored from the ledger (LedgerMeasurements: ",
                        "[Qingdao May Day Labour Medal");
    }
}
