// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The kind of a competition: the three kinds the founding notice names are built in, and the
 * taxonomy is open (any lower-case code such as {@code "innovation"}, 创新创效). Written in JSON
 * as its code.
 *
 * @param code lower-case letters, digits and hyphens
 * @since 0.1.0
 */
public record CompetitionKind(@JsonValue String code) {

    /** 重点工程建设比武竞赛: key construction projects, "six comparisons, one creation". */
    public static final CompetitionKind KEY_PROJECT = new CompetitionKind("key-project");

    /** 行业性职业技能比武竞赛: workers of the trades the eight tasks involve. */
    public static final CompetitionKind SKILL = new CompetitionKind("skill");

    /** 安全生产比武竞赛: Ankang Cup (安康杯) and inspect–protect–promote (查保促). */
    public static final CompetitionKind SAFETY = new CompetitionKind("safety");

    private static final List<CompetitionKind> BUILT_IN = List.of(KEY_PROJECT, SKILL, SAFETY);
    private static final List<LocalizedText> LABELS = List.of(
            LocalizedText.of("重点工程建设比武竞赛", "key-project contest"),
            LocalizedText.of("行业性职业技能比武竞赛", "industry skill contest"),
            LocalizedText.of("安全生产比武竞赛", "safety-production contest"));

    /** Checks the code's form. */
    public CompetitionKind {
        OpenCodes.requireCode(code, "competition kind");
    }

    /**
     * The kind with this code, built in or not.
     *
     * @param code the code
     * @return the kind
     */
    @JsonCreator
    public static CompetitionKind of(String code) {
        return new CompetitionKind(code);
    }

    /** The built-in kinds, in the notice's order. */
    public static List<CompetitionKind> builtIns() {
        return BUILT_IN;
    }

    /** The bilingual label of a built-in kind; empty for others. */
    public Optional<LocalizedText> label() {
        return OpenCodes.label(BUILT_IN, LABELS, this);
    }

    @Override
    public String toString() {
        return code;
    }
}
