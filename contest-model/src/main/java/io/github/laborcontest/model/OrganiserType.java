// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of body that organises, co-organises or evaluates a competition, as the founding notice lists them. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum OrganiserType implements Coded {
    /** 市城市更新和城市建设总指挥部（市总指挥部（办公室））: city headquarters. */
    CITY_HEADQUARTERS("city-headquarters", "市城市更新和城市建设总指挥部", "city headquarters"),
    /** 专业指挥部（专业指挥部）: professional headquarters. */
    PROFESSIONAL_HEADQUARTERS("professional-headquarters", "专业指挥部", "professional headquarters"),
    /** 区市指挥部（区市指挥部）: district headquarters. */
    DISTRICT_HEADQUARTERS("district-headquarters", "区市指挥部", "district headquarters"),
    /** 专项指挥部（专项指挥部）: special-task headquarters. */
    SPECIAL_TASK_HEADQUARTERS("special-task-headquarters", "专项指挥部", "special-task headquarters"),
    /** 市级行业主管部门（市级行业主管部门（设在专业指挥部内））: municipal industry authority. */
    MUNICIPAL_INDUSTRY_AUTHORITY("municipal-industry-authority", "市级行业主管部门", "municipal industry authority"),
    /** 市总工会（市总工会（生产保护部））: city federation of trade unions. */
    CITY_TRADE_UNION("city-trade-union", "市总工会", "city federation of trade unions"),
    /** 区市总工会（区市总工会）: district union federation. */
    DISTRICT_TRADE_UNION("district-trade-union", "区市总工会", "district union federation"),
    /** 市直有关单位工会（市直有关单位工会）: union of a city unit. */
    CITY_UNIT_TRADE_UNION("city-unit-trade-union", "市直有关单位工会", "union of a city unit"),
    /** 中央、省驻青单位工会（中央、省驻青单位工会）: union of a central or provincial unit in the city. */
    CENTRAL_PROVINCIAL_UNIT_TRADE_UNION(
            "central-provincial-unit-trade-union", "中央、省驻青单位工会", "union of a central or provincial unit in the city"),
    /** 工作单位（组织本单位竞赛的企事业单位）: work unit. */
    WORK_UNIT("work-unit", "工作单位", "work unit");

    private final String code;
    private final LocalizedText label;

    OrganiserType(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     * @throws IllegalArgumentException naming the allowed codes
     */
    @JsonCreator
    public static OrganiserType fromCode(String code) {
        return Coded.fromCode(OrganiserType.class, code);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
