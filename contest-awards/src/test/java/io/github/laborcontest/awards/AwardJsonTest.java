// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Award definitions and candidates from JSON/YAML: values, and every problem with its path. */
class AwardJsonTest {

    private final AwardRegistry registry = AwardRegistry.discover().get();

    static final String YAML = """
      - id: district-star
        name: {zh: 区级岗位明星, en: district post star}
        nature: award
        eligibility:
          type: all-of
          conditions:
            - {type: participant-kind, kinds: [individual]}
            - {type: quantity, fact: total, op: ge, value: 85.5}
            - type: not
              condition: {type: fact-is, fact: disciplinary-record, value: true}
        exclusions:
          - code: accident
            label: {zh: 发生重大安全事故}
            when: {type: fact-is, fact: serious-safety-accident, value: true}
        quota: {count: 3, ties: all-in}
      """;

    @Test
    void readsYamlDefinitions() {
        List<AwardDefinition> defs =
                AwardJson.readDefinitions(YAML, Format.YAML, registry).get();
        AwardDefinition d = defs.get(0);
        assertThat(d.id()).isEqualTo(AwardId.of("district-star"));
        assertThat(d.exclusions().get(0).label().en()).isEqualTo("发生重大安全事故");
        assertThat(d.quota().orElseThrow().count()).contains(3);
        assertThat(d.quota().orElseThrow().rounding()).isEqualTo(QuotaRounding.DOWN);
        assertThat(d.eligibility()).isInstanceOf(Condition.AllOf.class);
    }

    @Test
    void builtinDefinitionsRoundTripThroughJson() {
        List<AwardDefinition> builtins = AwardRegistry.builtin().awards();
        String json = AwardJson.writeDefinitions(builtins);
        assertThat(AwardJson.readDefinitions(json, Format.JSON, registry).get()).isEqualTo(builtins);
        assertThat(AwardJson.writeDefinitions(builtins)).isEqualTo(json);
    }

    private Seq<Problem> problems(String json) {
        Validation<Seq<Problem>, List<AwardDefinition>> v = AwardJson.readDefinitions(json, Format.JSON, registry);
        assertThat(v.isInvalid()).as("expected problems for %s", json).isTrue();
        return v.getError();
    }

    private static final String OK_HEAD = "[{\"id\":\"x\",\"name\":{\"zh\":\"奖\"},\"nature\":\"award\",";

    @Test
    void unknownConditionTypeIsNamedAtItsPath() {
        Problem p = problems(
                        OK_HEAD + "\"eligibility\":{\"type\":\"all-of\",\"conditions\":[{\"type\":\"rank-bellow\"}]}}]")
                .head();
        assertThat(p.code()).isEqualTo(ModelProblem.UNKNOWN_CODE);
        assertThat(p.path()).isEqualTo("$[0].eligibility.conditions[0].type");
        assertThat(p.message(Locale.ENGLISH)).contains("rank-bellow");
    }

    @Test
    void missingFieldIsNamed() {
        Problem p = problems(OK_HEAD + "\"eligibility\":{\"type\":\"quantity\",\"fact\":\"total\",\"op\":\"ge\"}}]")
                .head();
        assertThat(p.code()).isEqualTo(ModelProblem.MISSING_FIELD);
        assertThat(p.path()).isEqualTo("$[0].eligibility.value");
    }

    @Test
    void badQuotaIsAnInvalidValueAtTheQuota() {
        Problem p = problems(OK_HEAD + "\"eligibility\":{\"type\":\"rank-shared\"},\"quota\":{\"percent\":120}}]")
                .head();
        assertThat(p.code()).isEqualTo(ModelProblem.INVALID_VALUE);
        assertThat(p.path()).isEqualTo("$[0].quota");
        assertThat(p.message(Locale.ENGLISH)).contains("percent (120) must be within (0, 100]");
    }

    @Test
    void unknownOperatorListsTheAllowedCodes() {
        Problem p = problems(OK_HEAD
                        + "\"eligibility\":{\"type\":\"quantity\",\"fact\":\"total\",\"op\":\">=\",\"value\":1}}]")
                .head();
        assertThat(p.code()).isEqualTo(ModelProblem.UNKNOWN_CODE);
        assertThat(p.path()).isEqualTo("$[0].eligibility.op");
        assertThat(p.message(Locale.CHINESE)).contains("lt, le, eq, ne, ge, gt");
    }

    @Test
    void contentProblemsAreAllReported() {
        String json = "["
                + "{\"id\":\"x\",\"name\":{\"zh\":\"奖\"},\"nature\":\"award\",\"eligibility\":{\"type\":\"custom\",\"predicate\":\"nobody.knows\"}},"
                + "{\"id\":\"x\",\"name\":{\"zh\":\"奖\"},\"nature\":\"award\",\"eligibility\":{\"type\":\"rank-shared\"},\"flagWhen\":{\"type\":\"rank-shared\"}},"
                + "{\"id\":\"y\",\"name\":{\"zh\":\"奖\"},\"nature\":\"award\",\"eligibility\":{\"type\":\"custom\",\"predicate\":\"acme.years-of-service\",\"params\":{\"min\":\"many\"}}}"
                + "]";
        Seq<Problem> ps = problems(json);
        assertThat(ps.map(p -> p.code() + "@" + p.path()))
                .containsExactly(
                        "UNKNOWN_PREDICATE@$[0].eligibility.predicate",
                        "FLAG_REASON_MISSING@$[1].flagReason",
                        "DUPLICATE_AWARD@$[1].id",
                        "BAD_PREDICATE_PARAMS@$[2].eligibility.params");
        assertThat(ps.head().message(Locale.ENGLISH)).contains("nobody.knows", "acme.years-of-service");
        assertThat(ps.get(3).message(Locale.CHINESE)).contains("参数有误", "min must be a whole number");
    }

    @Test
    void readsCandidatesWithUnknownFactsLeftOut() {
        String json = """
        {"entrants": 31, "candidates": [
          {"participant": "W1", "name": "张三", "kind": "individual", "rank": 1, "total": 96.5, "vetoes": [],
           "facts": {"disciplinary-record": false, "years-of-service": 12, "accident-date": "2026-03-01"}},
          {"participant": "W2", "name": "李四", "kind": "individual", "rank": 2, "total": 95}
        ]}
        """;
        AwardInput in = AwardJson.readInput(TestdataAwards.jointCityWide(), json, Format.JSON)
                .get();
        assertThat(in.entrantCount()).isEqualTo(31);
        Candidate w1 = in.candidates().get(0);
        assertThat(w1.facts())
                .containsEntry("disciplinary-record", FactValue.of(false))
                .containsEntry("years-of-service", FactValue.of(12))
                .containsEntry("accident-date", FactValue.of(java.time.LocalDate.of(2026, 3, 1)));
        assertThat(w1.vetoes()).contains(List.of());
        Candidate w2 = in.candidates().get(1);
        assertThat(w2.vetoes()).isEmpty();
        assertThat(w2.facts()).isEmpty();
        assertThat(w2.participant()).isEqualTo(ParticipantId.of("W2"));
    }

    @Test
    void candidateProblemsHavePathsAndParticipants() {
        String json = """
        {"entrants": 1, "candidates": [
          {"participant": "W1", "name": "张三", "kind": "individual", "rank": 1, "total": 96.5},
          {"participant": "W1", "name": "张三", "kind": "individual", "rank": 1, "total": 96.5}
        ]}
        """;
        Seq<Problem> ps = AwardJson.readInput(TestdataAwards.jointCityWide(), json, Format.JSON)
                .getError();
        assertThat(ps.map(p -> p.code() + "@" + p.path()))
                .containsExactly(
                        "DUPLICATE_CANDIDATE@$.candidates[1].participant",
                        "RANK_SHARE_INCONSISTENT@$.candidates[1].rankShared",
                        "ENTRANTS_BELOW_CANDIDATES@$.entrants");
        assertThat(ps.head().participant()).contains("W1");
        Problem bad = AwardJson.readCandidates(
                        "[{\"participant\":\"W\",\"name\":\"x\",\"kind\":\"individual\",\"rank\":0}]", Format.JSON)
                .getError()
                .head();
        assertThat(bad.code()).isEqualTo(ModelProblem.INVALID_VALUE);
        assertThat(bad.path()).isEqualTo("$[0]");
        Problem nested = AwardJson.readCandidates(
                        "[{\"participant\":\"W\",\"name\":\"x\",\"kind\":\"individual\",\"facts\":{\"a\":[1]}}]",
                        Format.JSON)
                .getError()
                .head();
        assertThat(nested.path()).startsWith("$[0].facts");
    }

    @Test
    void reportJsonIsDeterministicAndCarriesTheReasons() {
        AwardRegistry builtin = AwardRegistry.builtin();
        AwardEngine engine = AwardEngine.create(builtin);
        AwardInput in = AwardInput.of(
                TestdataAwards.jointCityWide(),
                List.of(TestdataAwards.person("A", 1, true, "98"), TestdataAwards.person("B", 1, true, "98")));
        AwardsReport report = engine.decideAll(builtin.awards(), in);
        String json = report.toJson();
        assertThat(json)
                .isEqualTo(engine.decideAll(
                                builtin.awards(),
                                AwardInput.of(
                                        in.competition(),
                                        List.of(
                                                in.candidates().get(1),
                                                in.candidates().get(0))))
                        .toJson());
        assertThat(json)
                .contains(
                        "\"description\" : {",
                        "\"selection\" : \"flagged\"",
                        "\"flagReason\"",
                        "\"missingFacts\"",
                        "\"truth\" : \"passed\"",
                        "\"nature\" : \"recommendation\"");
    }

    @Test
    void candidatesRoundTripThroughJson() {
        Candidate c = TestdataAwards.person("W1", 2, true, "93.50")
                .withUnit("中铁某局")
                .withGrade("excellent")
                .withVetoes(List.of(VetoRecord.of(
                        "fatal-accident", io.github.laborcontest.model.LocalizedText.of("发生死亡事故", "fatal accident"))))
                .withFact(FactNames.SERIOUS_ACCIDENT, FactValue.of(true))
                .withFact("joined", FactValue.of(java.time.LocalDate.of(2019, 5, 1)))
                .withFact("years-of-service", FactValue.of(new java.math.BigDecimal("7.5")));
        Candidate d = TestdataAwards.person("W2", 2, true, "93.50");
        String json = io.github.laborcontest.model.json.ContestJson.writeJson(List.of(c, d));
        assertThat(AwardJson.readCandidates(json, Format.JSON).get()).containsExactly(c, d);
    }

    @Test
    void nullIsRefusedEverywhereBecauseUnknownMeansLeftOut() {
        Seq<Problem> ps = AwardJson.readCandidates(
                        "[null, {\"participant\":\"W\",\"name\":\"x\",\"kind\":\"individual\",\"vetoes\":[null],\"facts\":{\"a\":null}}]",
                        Format.JSON)
                .getError();
        assertThat(ps.map(p -> p.code() + "@" + p.path()))
                .containsExactly("NULL_VALUE@$[0]", "NULL_VALUE@$[1].vetoes[0]", "NULL_VALUE@$[1].facts.a");
        assertThat(ps.head().message(Locale.CHINESE)).isEqualTo("$[0]: 不允许写 null：未知的值请直接省略该字段");
        Seq<Problem> yaml = AwardJson.readDefinitions(
                        "- id: x\n  name: {zh: 奖}\n  nature: award\n  eligibility: null\n", Format.YAML, registry)
                .getError();
        assertThat(yaml.map(p -> p.code() + "@" + p.path())).containsExactly("NULL_VALUE@$[0].eligibility");
    }
}
