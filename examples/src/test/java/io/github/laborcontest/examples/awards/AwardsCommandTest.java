// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.awards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Scope;
import io.github.laborcontest.model.json.ContestJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwardsCommandTest {

    @TempDir
    Path dir;

    static Competition competition() {
        Competition.Builder b = new Competition.Builder()
                .id(CompetitionId.of("qd-2026-welding"))
                .plan(new CompetitionPlan.Builder()
                        .name("2026年全市焊工职业技能比武")
                        .contentAndGoals("理论与实操")
                        .methodAndVehicle("集中比赛")
                        .scopeAndParticipants("全市建筑业焊工")
                        .standardsAndRequirements("理论30%，实操70%")
                        .dates(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
                        .evaluationAndRewardMethod("按名次评选")
                        .build())
                .kind(CompetitionKind.SKILL)
                .addCampaignTask(CampaignTask.MUNICIPAL_FACILITIES)
                .scope(Scope.CITY_WIDE)
                .addOrganiser(
                        Organiser.of("青岛市住房和城乡建设局", OrganiserType.MUNICIPAL_INDUSTRY_AUTHORITY, OrganiserRole.LEAD))
                .addOrganiser(Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
                .indicatorSet(IndicatorSetRef.of("skill-contest", "2026.1"));
        for (String id : new String[] {"W1", "W2", "W3"}) {
            b.addParticipant(new Participant.Builder()
                    .id(ParticipantId.of(id))
                    .name("职工" + id)
                    .kind(ParticipantKind.INDIVIDUAL)
                    .unit("中铁某局")
                    .trade("焊工")
                    .build());
        }
        return b.build();
    }

    static final String CANDIDATES = """
      {"entrants": 16, "candidates": [
        {"participant": "W1", "name": "职工W1", "kind": "individual", "rank": 1, "total": 96.5, "vetoes": [],
         "facts": {"disciplinary-record": false, "serious-safety-accident": false}},
        {"participant": "W2", "name": "职工W2", "kind": "individual", "rank": 2, "total": 93, "vetoes": [],
         "facts": {"disciplinary-record": true}},
        {"participant": "W3", "name": "职工W3", "kind": "individual", "rank": 3, "total": 58}
      ]}
      """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private record Run(int code, String out) {}

    private Run run(Path comp, Path cands, Path awards, Locale lang, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AwardsCommand.run(
                comp, cands, awards, new PrintStream(bytes, true, StandardCharsets.UTF_8), lang, format);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void decidesEveryRegisteredAwardAsATable() throws Exception {
        Path comp = write("competition.json", ContestJson.writeJson(competition()));
        Run r = run(comp, write("candidates.json", CANDIDATES), null, Locale.CHINESE, "table");
        assertThat(r.code()).as(r.out()).isEqualTo(AwardsCommand.OK);
        assertThat(r.out()).contains("评选结果公示", "青岛市五一劳动奖章推荐", "技术能手", "职工W1 (W1)，名次 1，总分 96.5: 入选");
        // W2 has a disciplinary record: not a technical expert, and the reason is printed
        assertThat(r.out()).contains("✗ 排除情形（不得有）：受到纪律处分");
    }

    @Test
    void decidesGivenAwardsAsJson() throws Exception {
        Path comp = write("competition.yaml", ContestJson.writeYaml(competition()));
        Path awards = write("awards.yaml", """
        - id: welding-star
          name: {zh: 焊接之星, en: welding star}
          nature: award
          eligibility: {type: quantity, fact: total, op: ge, value: 90}
          quota: {count: 1, ties: flag}
        """);
        Run r = run(comp, write("candidates.yaml", CANDIDATES), awards, Locale.ENGLISH, "JSON");
        assertThat(r.code()).as(r.out()).isEqualTo(AwardsCommand.OK);
        JsonNode report = ContestJson.jsonMapper().readTree(r.out());
        assertThat(report.get("entrants").asInt()).isEqualTo(16);
        JsonNode decisions = report.get("results").get(0).get("decisions");
        // one place: W1 (96.5) in, W2 (93) eligible but outside, W3 (58) not eligible
        assertThat(decisions.get(0).get("selection").asText()).isEqualTo("selected");
        assertThat(decisions.get(1).get("selection").asText()).isEqualTo("outside-quota");
        assertThat(decisions.get(2).get("selection").asText()).isEqualTo("not-eligible");
    }

    @Test
    void invalidInputExitsWithOneAndEveryProblem() throws Exception {
        Path comp = write("competition.json", ContestJson.writeJson(competition()));
        Path bad = write("candidates.json", """
        {"candidates": [
          {"participant": "W1", "name": "a", "kind": "individual", "rank": 1},
          {"participant": "W1", "name": "b", "kind": "individual", "rank": 2}
        ]}
        """);
        Run r = run(comp, bad, null, Locale.ENGLISH, "table");
        assertThat(r.code()).isEqualTo(AwardsCommand.INVALID);
        assertThat(r.out())
                .contains("candidates.json: $.candidates[1].participant [W1]: candidate \"W1\" is listed twice");
        Path badAwards = write(
                "awards.json",
                "[{\"id\":\"x\",\"name\":{\"zh\":\"奖\"},\"nature\":\"prize\",\"eligibility\":{\"type\":\"rank-shared\"}}]");
        Run r2 = run(comp, write("c.json", CANDIDATES), badAwards, Locale.CHINESE, "json");
        assertThat(r2.code()).isEqualTo(AwardsCommand.INVALID);
        assertThat(ContestJson.jsonMapper()
                        .readTree(r2.out())
                        .get(0)
                        .get("path")
                        .asText())
                .isEqualTo("$[0].nature");
        assertThat(run(comp, bad, null, Locale.ENGLISH, "xml").code()).isEqualTo(AwardsCommand.INVALID);
        assertThat(run(comp, dir.resolve("missing.json"), null, Locale.ENGLISH, "table")
                        .code())
                .isEqualTo(AwardsCommand.UNREADABLE);
    }
}
