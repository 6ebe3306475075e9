// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * One of the campaign tasks that contests are grouped under. The eight tasks of the founding
 * notice (八大攻坚任务) are built in; the taxonomy is open for a city's own tasks. Written in
 * JSON as its code.
 *
 * @param code lower-case letters, digits and hyphens
 * @since 0.1.0
 */
public record CampaignTask(@JsonValue String code) {

    /** 历史城区保护更新: historic district protection and renewal. */
    public static final CampaignTask HISTORIC_DISTRICT = new CampaignTask("historic-district");

    /** 重点低效片区(园区)开发建设: redevelopment of key low-efficiency areas and parks. */
    public static final CampaignTask LOW_EFFICIENCY_AREAS = new CampaignTask("low-efficiency-areas");

    /** 旧城旧村改造建设: old town and urban-village reconstruction. */
    public static final CampaignTask OLD_TOWN_VILLAGES = new CampaignTask("old-town-villages");

    /** 市政设施建设: municipal facilities. */
    public static final CampaignTask MUNICIPAL_FACILITIES = new CampaignTask("municipal-facilities");

    /** 交通基础设施建设: transport infrastructure. */
    public static final CampaignTask TRANSPORT = new CampaignTask("transport");

    /** 地铁建设及地铁沿线开发建设: metro lines and development along them. */
    public static final CampaignTask METRO = new CampaignTask("metro");

    /** 停车设施建设: parking facilities. */
    public static final CampaignTask PARKING = new CampaignTask("parking");

    /** 公园城市建设: "park city" construction. */
    public static final CampaignTask PARK_CITY = new CampaignTask("park-city");

    private static final List<CampaignTask> BUILT_IN = List.of(
            HISTORIC_DISTRICT,
            LOW_EFFICIENCY_AREAS,
            OLD_TOWN_VILLAGES,
            MUNICIPAL_FACILITIES,
            TRANSPORT,
            METRO,
            PARKING,
            PARK_CITY);

    private static final List<LocalizedText> LABELS = List.of(
            LocalizedText.of("历史城区保护更新", "historic district protection and renewal"),
            LocalizedText.of("重点低效片区(园区)开发建设", "redevelopment of key low-efficiency areas"),
            LocalizedText.of("旧城旧村改造建设", "old town and urban-village reconstruction"),
            LocalizedText.of("市政设施建设", "municipal facilities"),
            LocalizedText.of("交通基础设施建设", "transport infrastructure"),
            LocalizedText.of("地铁建设及地铁沿线开发建设", "metro lines and development along them"),
            LocalizedText.of("停车设施建设", "parking facilities"),
            LocalizedText.of("公园城市建设", "park city construction"));

    /** Checks the code's form. */
    public CampaignTask {
        OpenCodes.requireCode(code, "campaign task");
    }

    /**
     * The task with this code, built in or not.
     *
     * @param code the code
     * @return the task
     */
    @JsonCreator
    public static CampaignTask of(String code) {
        return new CampaignTask(code);
    }

    /** The eight tasks of the founding notice, in its order. */
    public static List<CampaignTask> builtIns() {
        return BUILT_IN;
    }

    /** The bilingual label of a built-in task; empty for a city's own. */
    public Optional<LocalizedText> label() {
        return OpenCodes.label(BUILT_IN, LABELS, this);
    }

    @Override
    public String toString() {
        return code;
    }
}
