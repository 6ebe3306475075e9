// SPDX-License-Identifier: Apache-2.0
package org.example.city;

import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardEngine;
import io.github.laborcontest.awards.AwardInput;
import io.github.laborcontest.awards.AwardRegistry;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.BuiltinAwards;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.VerificationReport;
import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.PeriodKind;
import io.github.laborcontest.model.Scope;
import io.github.laborcontest.model.problem.ContestInputException;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Scorer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a city's own system uses the contest library: it describes a welding contest with the
 * built-in skill-contest indicator set, keeps theory marks in the points ledger (with a
 * correction by reversal), scores and ranks the event, and asks whether the winner may be
 * recommended for the May Day Labour Medal.
 */
public final class CitySkillContest {

  /** The event's period. */
  public static final PeriodId EVENT = PeriodId.of("2026-event");

  private CitySkillContest() {}

  /** The outcome the city system publishes. */
  public record Outcome(PeriodResult result, AwardResult medal, VerificationReport ledger) {}

  /** The competition: city-wide, run jointly by the industry authority and the city union. */
  public static Competition competition() {
    Competition.Builder b =
        new Competition.Builder()
            .id(CompetitionId.of("city-2026-welding"))
            .plan(
                new CompetitionPlan.Builder()
                    .name("2026年全市焊工职业技能比武")
                    .contentAndGoals("以赛促学，选拔技术能手")
                    .methodAndVehicle("理论 30% + 实操 70%，实操三名裁判去掉最高最低分")
                    .scopeAndParticipants("全市在岗焊工")
                    .standardsAndRequirements("skill-contest@2026.1")
                    .dates(DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                    .evaluationAndRewardMethod("第一名可推荐青岛市五一劳动奖章")
                    .build())
            .kind(CompetitionKind.SKILL)
            .addCampaignTask(CampaignTask.MUNICIPAL_FACILITIES)
            .scope(Scope.CITY_WIDE)
            .addOrganiser(Organiser.of("市住房和城乡建设局", OrganiserType.MUNICIPAL_INDUSTRY_AUTHORITY, OrganiserRole.LEAD))
            .addOrganiser(Organiser.of("市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
            .indicatorSet(IndicatorSetRef.of("skill-contest", "2026.1"))
            .addPeriod(
                new EvaluationPeriod.Builder()
                    .id(EVENT)
                    .kind(PeriodKind.EVENT)
                    .dates(DateRange.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 20)))
                    .weight(BigDecimal.ONE)
                    .build());
    for (String[] w : new String[][] {{"W-1", "王师傅"}, {"W-2", "李师傅"}, {"W-3", "张师傅"}}) {
      b.addParticipant(
          new Participant.Builder()
              .id(ParticipantId.of(w[0]))
              .name(w[1])
              .kind(ParticipantKind.INDIVIDUAL)
              .unit("市政集团")
              .trade("焊工")
              .build());
    }
    return b.build();
  }

  /**
   * Runs the event: ledger, scoring, ranking, medal recommendation.
   *
   * @return what the city publishes
   */
  public static Outcome run() {
    Competition competition = competition();
    IndicatorSet set =
        IndicatorSetRegistry.discover()
            .toEither()
            .getOrElseThrow(problems -> new ContestInputException(problems))
            .find(competition.indicatorSet())
            .orElseThrow();

    List<Measurement> measurements = new ArrayList<>();
    VerificationReport verified;
    try (Ledger ledger = Ledgers.inMemory()) {
      theory(ledger, "T-1", "W-1", "90");
      theory(ledger, "T-2", "W-2", "70");
      theory(ledger, "T-3", "W-3", "50"); // a typing error …
      theory(ledger, "T-4", "W-3", "60"); // … the right mark …
      ledger
          .append(
              entry("T-5", "W-3", EntryType.REVERSAL)
                  .reverses(EntryId.of("T-3"))
                  .replacement(EntryId.of("T-4"))
                  .reason("录入错误更正")
                  .build())
          .getOrElseThrow(r -> new IllegalStateException(r.toString())); // … and the correction
      measurements.addAll(ledger.standings(EVENT, AsOf.LATEST).measurements(EVENT));
      verified = ledger.verify();
    }
    measurements.add(judged("W-1", "80", "85", "90"));
    measurements.add(judged("W-2", "90", "92", "94"));
    measurements.add(judged("W-3", "50", "60", "100"));

    PeriodResult result =
        Scorer.create()
            .scorePeriod(competition, set, measurements, EVENT)
            .toEither()
            .getOrElseThrow(problems -> new ContestInputException(problems));

    List<Candidate> candidates = new ArrayList<>();
    for (RankedEntry e : result.overall().entries()) {
      candidates.add(
          Candidate.of(
              competition.participant(e.participant()).orElseThrow(),
              e.rank().intValue(),
              !e.tiedWith().isEmpty(),
              e.total()));
    }
    AwardRegistry awards = AwardRegistry.builtin();
    AwardDefinition medal = awards.find(BuiltinAwards.MAY_DAY_MEDAL).orElseThrow();
    AwardResult decided = AwardEngine.create(awards).decide(medal, AwardInput.of(competition, candidates));
    return new Outcome(result, decided, verified);
  }

  private static void theory(Ledger ledger, String id, String worker, String mark) {
    ledger
        .append(
            entry(id, worker, EntryType.MEASUREMENT)
                .indicator(IndicatorCode.of("theory.exam"))
                .amount(new BigDecimal(mark))
                .build())
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
  }

  private static Entry.Builder entry(String id, String worker, EntryType type) {
    return new Entry.Builder()
        .id(EntryId.of(id))
        .competition(CompetitionId.of("city-2026-welding"))
        .participant(ParticipantId.of(worker))
        .period(EVENT)
        .type(type)
        .actor(Actor.of("judge-01", "chief-judge", "市总工会"))
        .businessDate(LocalDate.of(2026, 9, 20))
        .recordedAt(Instant.parse("2026-09-20T10:00:00Z"));
  }

  private static Measurement judged(String worker, String... marks) {
    Measurement.Builder m =
        new Measurement.Builder()
            .participant(ParticipantId.of(worker))
            .indicator(IndicatorCode.of("practical.judged"))
            .period(EVENT);
    for (String mark : marks) {
      m.addMarks(new BigDecimal(mark));
    }
    return m.build();
  }

  /**
   * Prints the ranking and the medal decision.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Outcome o = run();
    o.result().overall().entries().forEach(e -> System.out.println(e.rank() + " " + e.participant().value() + " " + e.total()));
    o.medal().selected().forEach(d -> System.out.println("May Day medal recommendation: " + d.name()));
    System.out.println("ledger sound: " + o.ledger().sound() + " " + Locale.ROOT);
  }
}
