// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.awards.AwardEngine;
import io.github.laborcontest.awards.AwardInput;
import io.github.laborcontest.awards.AwardRegistry;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.BuiltinAwards;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.FactNames;
import io.github.laborcontest.awards.FactValue;
import io.github.laborcontest.awards.VetoRecord;
import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.JournalOptions;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerMeasurements;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.ledger.VerificationReport;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.model.validation.ContestValidator;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.github.laborcontest.scoring.explain.Explanations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The end-to-end demo, the README's main-job command: a city campaign with three contests on the
 * built-in indicator sets, run the way a city system would embed the library.
 *
 * <ol>
 *   <li>a city-wide key-project contest (六比一创) over 320 projects in all eight campaign tasks and
 *       every project stage, scored per quarter and cumulatively (积分);
 *   <li>its first quarter kept in the embedded ledger journal (台账): measurements, an inspection
 *       finding, a wrong value corrected by reversal, a veto naming its veto indicator; the chain
 *       verified and the quarter scored from the ledger through {@code LedgerMeasurements}
 *       (with the files supplying only what a ledger cannot carry);
 *   <li>a city-wide welding skill contest (2,000 workers, judge panels, theory 30% + practical 70%)
 *       with its May Day Labour Medal recommendation and technical-expert titles;
 *   <li>a district Ankang Cup safety contest with its titles.
 * </ol>
 *
 * <p>Every number printed comes with the reasons behind it. Run with {@code --lang en} for English.
 */
public final class Demo {

    private static final int WORKERS = 2000;

    /** Hibernate Validator announces its version at INFO; held here so the level sticks. */
    private static final java.util.logging.Logger VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private static final int SAFETY_ENTRANTS = 240;

    private final PrintStream out;
    private final Locale locale;
    private final IndicatorSetRegistry sets;
    private final Scorer scorer = Scorer.create();
    private final AwardEngine awards = AwardEngine.create(AwardRegistry.builtin());

    private Demo(PrintStream out, Locale locale, IndicatorSetRegistry sets) {
        this.out = out;
        this.locale = locale;
        this.sets = sets;
    }

    /**
     * Runs the demo.
     *
     * @param args {@code --lang zh|en}, default zh
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Locale locale =
                args.length == 2 && "--lang".equals(args[0]) && "en".equals(args[1]) ? Locale.ENGLISH : Locale.CHINESE;
        System.exit(run(out, locale));
    }

    /**
     * Runs the demo in Chinese.
     *
     * @param out where to print
     * @return 0 on success, 1 if anything did not validate or verify
     */
    public static int run(PrintStream out) {
        return run(out, Locale.CHINESE);
    }

    /**
     * Runs the demo.
     *
     * @param out where to print
     * @param locale Chinese or English
     * @return 0 on success, 1 if anything did not validate or verify
     */
    public static int run(PrintStream out, Locale locale) {
        Validation<Seq<Problem>, IndicatorSetRegistry> registry = IndicatorSetRegistry.discover();
        if (registry.isInvalid()) {
            registry.getError().forEach(p -> out.println(p.message(locale)));
            return 1;
        }
        Path journal;
        try {
            journal = Files.createTempDirectory("contest-demo-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Demo(out, locale, registry.get()).runAll(journal);
        } catch (DemoFailure e) {
            return 1;
        } finally {
            deleteQuietly(journal);
        }
    }

    /** Deletes the demo's temporary journal directory; what cannot be deleted stays. */
    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private int runAll(Path journal) {
        long start = System.nanoTime();
        Competition keyProjects = validated(DemoData.keyProjectContest());
        IndicatorSet sixComparisons = sets.find(keyProjects.indicatorSet()).orElseThrow();
        List<Measurement> measurements = DemoData.measurements(keyProjects, sixComparisons);
        heading("1", "重点工程“六比一创”竞赛", "key-project contest (six comparisons, one creation)");
        say(
                "%d 个项目，8 项攻坚任务，%d 条测量值，指标体系 %s",
                "%d projects in 8 campaign tasks, %d measurements, indicator set %s",
                keyProjects.participants().size(),
                measurements.size(),
                sixComparisons.ref());
        CumulativeResult cumulative =
                require(scorer.scoreCumulative(keyProjects, sixComparisons, measurements, ScoringOptions.DEFAULT));
        PeriodResult q1 = cumulative.periods().get(0);
        printTop(q1, 5);
        printCard(q1.cards().stream()
                .filter(c ->
                        c.participant().equals(q1.overall().entries().get(0).participant()))
                .findFirst()
                .orElseThrow());
        printDisqualified(q1);
        say("累计积分（季度各 17.5%%，总评 30%%）前三名：", "Cumulative points (quarters 17.5%% each, final 30%%), top three:");
        cumulative.overall().entries().stream()
                .limit(3)
                .forEach(e -> say(
                        "  第 %s 名 %s %s 分",
                        "  #%s %s %s points", e.rank().toPlainString(), name(keyProjects, e), e.total()));
        printGroups(q1);

        heading("2", "竞赛积分台账（第一季度）", "points ledger (first quarter)");
        ledgerQuarter(keyProjects, sixComparisons, measurements, journal);

        heading("3", "焊工职业技能比武", "welding skill contest");
        Competition skill = validated(DemoData.skillContest(WORKERS));
        IndicatorSet skillSet = sets.find(skill.indicatorSet()).orElseThrow();
        List<Measurement> skillMeasurements = DemoData.measurements(skill, skillSet);
        PeriodResult skillResult = require(scorer.scorePeriod(
                skill, skillSet, skillMeasurements, skill.periods().get(0).id()));
        say(
                "%d 名职工，理论 × 30%% + 实操 × 70%%，实操 5 名评委去掉最高最低分",
                "%d workers, theory × 30%% + practical × 70%%, 5 judges dropping highest and lowest",
                skill.participants().size());
        printTop(skillResult, 5);
        printCard(skillResult.cards().stream()
                .filter(c -> c.participant()
                        .equals(skillResult.overall().entries().get(0).participant()))
                .findFirst()
                .orElseThrow());
        List<Candidate> skillCandidates = candidates(skill, skillResult);
        printAward(BuiltinAwards.MAY_DAY_MEDAL, AwardInput.of(skill, skillCandidates), 3);
        printAward(BuiltinAwards.TECHNICAL_EXPERT, AwardInput.of(skill, skillCandidates), 5);
        say(
                "对照：重点工程竞赛的第一名是项目而非个人，且无市级行业主管部门联合主办，不能据此推荐五一劳动奖章：",
                "By contrast, the key-project contest's first place is a project, not a person, and no municipal industry authority co-organised it:");
        printAward(BuiltinAwards.MAY_DAY_MEDAL, AwardInput.of(keyProjects, candidates(keyProjects, q1)), 1);

        heading("4", "“安康杯”竞赛", "Ankang Cup safety contest");
        Competition safety = validated(DemoData.safetyContest(SAFETY_ENTRANTS));
        IndicatorSet ankang = sets.find(safety.indicatorSet()).orElseThrow();
        PeriodResult safetyResult = require(scorer.scorePeriod(
                safety,
                ankang,
                DemoData.measurements(safety, ankang),
                safety.periods().get(0).id()));
        printTop(safetyResult, 5);
        List<Candidate> safetyCandidates = candidates(safety, safetyResult);
        printAward(BuiltinAwards.ANKANG_WINNING_UNIT, AwardInput.of(safety, safetyCandidates), 5);
        printAward(BuiltinAwards.ANKANG_WINNING_TEAM, AwardInput.of(safety, safetyCandidates), 5);

        say("%n完成，用时 %.1f 秒。", "%nDone in %.1f s.", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    // ---- ledger -------------------------------------------------------------------------------

    private void ledgerQuarter(Competition c, IndicatorSet set, List<Measurement> all, Path dir) {
        PeriodId q1 = c.periods().get(0).id();
        LocalDate day = c.periods().get(0).dates().end();
        Actor inspector = Actor.of("inspector-07", "督导检查组", "市城市更新和城市建设总指挥部办公室");
        List<Entry> entries = new ArrayList<>();
        Instant t0 = Instant.parse("2026-04-01T08:00:00Z");
        int seq = 0;
        String vetoed = c.participants().get(7).id().value();
        IndicatorCode hazards = IndicatorCode.of("safety.unrectified-hazards");
        for (Measurement m : all) {
            if (!m.period().equals(q1) || m.value().isEmpty()) {
                continue;
            }
            if (m.participant().value().equals(vetoed) && m.indicator().equals(hazards)) {
                continue; // this participant's hazards are counted by the inspection finding below
            }
            seq++;
            entries.add(entry(c, seq, t0, m.participant().value(), q1, EntryType.MEASUREMENT, inspector, day)
                    .indicator(m.indicator())
                    .amount(m.value().get())
                    .evidence(m.evidence())
                    .build());
        }
        // one measurement recorded wrongly, then corrected: reversal plus replacement
        Measurement victim = all.stream()
                .filter(m -> m.period().equals(q1) && m.indicator().value().equals("progress.investment-completion"))
                .findFirst()
                .orElseThrow();
        EntryId wrong = EntryId.of("demo-wrong-1");
        EntryId right = EntryId.of("demo-right-1");
        entries.add(entry(c, ++seq, t0, victim.participant().value(), q1, EntryType.MEASUREMENT, inspector, day)
                .id(wrong)
                .indicator(victim.indicator())
                .amount(new BigDecimal("9.5"))
                .reason("录入错误：漏了一位 / typo")
                .build());
        entries.add(entry(c, ++seq, t0, victim.participant().value(), q1, EntryType.MEASUREMENT, inspector, day)
                .id(right)
                .indicator(victim.indicator())
                .amount(victim.value().orElseThrow())
                .reason("更正 / corrected value")
                .build());
        entries.add(entry(c, ++seq, t0, victim.participant().value(), q1, EntryType.REVERSAL, inspector, day)
                .reverses(wrong)
                .replacement(right)
                .reason("数值录入错误，按原始检查记录更正 / wrong value, corrected from the inspection record")
                .build());
        // an inspection finding (2 unrectified hazards: a count of the per-occurrence deduction) and a veto
        entries.add(entry(c, ++seq, t0, vetoed, q1, EntryType.INSPECTION_FINDING, inspector, day)
                .indicator(hazards)
                .amount(BigDecimal.valueOf(2))
                .reason("深基坑临边防护缺失 2 处，限期整改 / 2 missing edge guards at a deep pit")
                .addEvidence("JC-2026-0317-04")
                .build());
        // the veto names the veto indicator it fires
        entries.add(entry(c, ++seq, t0, vetoed, q1, EntryType.VETO, inspector, day)
                .indicator(IndicatorCode.of("veto.fatal-accident"))
                .reason("发生一起高处坠落亡人事故 / a fatal fall from height")
                .addEvidence("SG-2026-0002")
                .build());

        try (Ledger ledger = Ledgers.openJournal(dir, JournalOptions.DEFAULT, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new DemoFailure(p.message(locale)))) {
            int batch = 2000;
            long written = 0;
            for (int i = 0; i < entries.size(); i += batch) {
                List<Entry> part = entries.subList(i, Math.min(entries.size(), i + batch));
                var refused = ledger.appendBatch(part).stream()
                        .filter(r -> r.isLeft())
                        .map(r -> r.getLeft())
                        .toList();
                if (!refused.isEmpty()) {
                    refused.forEach(r -> out.println("  " + r.message(locale)));
                    throw new DemoFailure("ledger refused entries");
                }
                written += part.size();
                say(
                        "  已写入 %d/%d 条（组提交，落盘后返回）",
                        "  written %d/%d entries (group commit, durable)", written, entries.size());
            }
            VerificationReport report = ledger.verify();
            say(
                    "哈希链校验：%d 条，%s，链头 %s",
                    "hash chain: %d entries, %s, head %s",
                    report.checked(),
                    report.firstBreak().isEmpty()
                            ? (zh() ? "完好" : "sound")
                            : report.firstBreak().get().message(locale),
                    ledger.head().hash());
            if (report.firstBreak().isPresent()) {
                throw new DemoFailure("chain broken");
            }
            Standings standings = ledger.standings(q1, AsOf.LATEST);
            Standing vetoedStanding =
                    standings.ofParticipant(c.participants().get(7).id()).get(0);
            say(
                    "%s：发现 %d 项，一票否决 %s",
                    "%s: %d findings, veto %s",
                    c.participants().get(7).name(),
                    vetoedStanding.findings().size(),
                    vetoedStanding.vetoed() ? (zh() ? "成立" : "stands") : "-");
            // score the quarter from the ledger through the bridge (values, the finding's count, the
            // veto); what a ledger cannot carry (yes/no items other than vetoes, judge marks, item
            // lists) comes from the measurement files, each value from one source only
            List<Measurement> fromLedger = require(LedgerMeasurements.of(ledger, c.id(), set, AsOf.LATEST));
            List<Measurement> rest = all.stream()
                    .filter(m -> m.period().equals(q1)
                            && m.value().isEmpty()
                            && set.indicator(m.indicator())
                                    .map(i -> i.kind() != IndicatorKind.VETO)
                                    .orElse(true))
                    .toList();
            List<Measurement> combined = require(LedgerMeasurements.combine(fromLedger, rest));
            PeriodResult fromTheLedger = require(scorer.scorePeriod(c, set, combined, q1));
            say(
                    "由台账重算第一季度（LedgerMeasurements：%d 个数值、检查发现与否决取自台账，%d 个是否/评分项取自测量文件）：第一名 %s %s 分；被否决 %d 个",
                    "Q1 rescored from the ledger (LedgerMeasurements: %d values, the finding and the veto from the ledger, %d yes/no and item values from the files): first %s with %s points; %d disqualified",
                    fromLedger.size(),
                    rest.size(),
                    name(c, fromTheLedger.overall().entries().get(0)),
                    fromTheLedger.overall().entries().get(0).total(),
                    fromTheLedger.overall().disqualified().size());
        } catch (RuntimeException e) {
            if (e instanceof DemoFailure) {
                throw e;
            }
            out.println(e.getMessage());
            throw new DemoFailure(e.getMessage());
        }
    }

    private static Entry.Builder entry(
            Competition c,
            int seq,
            Instant t0,
            String participant,
            PeriodId period,
            EntryType type,
            Actor actor,
            LocalDate day) {
        return new Entry.Builder()
                .id(EntryId.of(String.format("demo-%06d", seq)))
                .competition(c.id())
                .participant(io.github.laborcontest.model.ParticipantId.of(participant))
                .period(period)
                .type(type)
                .actor(actor)
                .businessDate(day)
                .recordedAt(t0.plusSeconds(seq));
    }

    // ---- awards -------------------------------------------------------------------------------

    private List<Candidate> candidates(Competition c, PeriodResult result) {
        Map<io.github.laborcontest.model.ParticipantId, GradeResult> grades =
                result.grades().stream().collect(Collectors.toMap(GradeResult::participant, g -> g));
        List<Candidate> out = new ArrayList<>();
        for (RankedEntry e : result.overall().entries()) {
            Participant p = c.participant(e.participant()).orElseThrow();
            Candidate cand = Candidate.of(p, e.position(), !e.tiedWith().isEmpty(), e.total());
            Optional<GradeResult> g = Optional.ofNullable(grades.get(e.participant()));
            cand = new Candidate.Builder()
                    .from(cand)
                    .grade(g.flatMap(GradeResult::grade))
                    .vetoes(List.of())
                    .build()
                    .withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(false))
                    .withFact(FactNames.SERIOUS_ACCIDENT, FactValue.of(false))
                    .withFact(FactNames.UNION_RECOMMENDATION, FactValue.of(true));
            out.add(cand);
        }
        for (var d : result.overall().disqualified()) {
            Participant p = c.participant(d.participant()).orElseThrow();
            out.add(new Candidate.Builder()
                    .participant(p.id())
                    .name(p.name())
                    .kind(p.kind())
                    .unit(p.unit())
                    .total(d.total())
                    .vetoes(d.vetoes().stream()
                            .map(v -> VetoRecord.of(v.indicator().value(), indicatorName(c, v.indicator())))
                            .toList())
                    .build());
        }
        return out;
    }

    private void printAward(io.github.laborcontest.awards.AwardId id, AwardInput input, int show) {
        AwardResult result = awards.decide(AwardRegistry.builtin().find(id).orElseThrow(), input);
        say(
                "【%s】选中 %d 名",
                "[%s] %d selected", result.name().in(locale), result.selected().size());
        List<AwardDecision> decisions = result.decisions();
        for (int i = 0; i < Math.min(show, decisions.size()); i++) {
            printDecision(decisions.get(i), i < 2);
        }
    }

    private void printDecision(AwardDecision d, boolean withReasons) {
        say(
                "  %s（%s）：%s",
                "  %s (%s): %s",
                d.name(),
                d.rank().map(r -> "#" + r).orElse("-"),
                d.selection().label().in(locale));
        if (withReasons) {
            d.eligibility().criteria().forEach(c -> out.print(c.render(locale, "      ")));
        }
    }

    // ---- printing -----------------------------------------------------------------------------

    private void printTop(PeriodResult result, int n) {
        say(
                "%s 排名前 %d（并列规则 %s）：",
                "%s ranking, top %d (ties: %s):",
                result.period(),
                n,
                result.overall().policy().code());
        for (RankedEntry e : result.overall()
                .entries()
                .subList(0, Math.min(n, result.overall().entries().size()))) {
            String grade = result.grades().stream()
                    .filter(g -> g.participant().equals(e.participant()))
                    .findFirst()
                    .flatMap(GradeResult::label)
                    .map(l -> l.in(locale))
                    .orElse("-");
            say(
                    "  第 %s 名  %-8s %8s 分  %s%s",
                    "  #%s  %-8s %8s pts  %s%s",
                    e.rank().toPlainString(),
                    e.participant(),
                    e.total(),
                    grade,
                    e.decidedBy().map(this::tieBreak).orElse(""));
        }
        if (!result.overall().ties().isEmpty()) {
            say(
                    "  规则无法区分的并列：%d 组",
                    "  ties the chain cannot break: %d", result.overall().ties().size());
        }
    }

    private String tieBreak(RankedEntry.TieBreakDecision t) {
        String what = t.by().label().in(locale) + (t.ref().isEmpty() ? "" : " " + t.ref());
        return zh()
                ? String.format(
                        "  （与 %s 同分，按第 %d 条并列规则“%s，%s”：%s 对 %s）",
                        t.over(), t.index() + 1, what, t.order().label().zh(), t.value(), t.otherValue())
                : String.format(
                        "  (equal with %s; tie-breaker %d \"%s, %s\": %s vs %s)",
                        t.over(), t.index() + 1, what, t.order().label().en(), t.value(), t.otherValue());
    }

    private void printCard(ScoreCard card) {
        say("第一名的得分说明（公示用）：", "How the winner's score came about (for publication):");
        out.println(Explanations.summarize(card, locale));
    }

    private void printDisqualified(PeriodResult result) {
        result.overall().disqualified().stream()
                .limit(3)
                .forEach(d -> say(
                        "  取消排名：%s（%s）",
                        "  out of ranking: %s (%s)",
                        d.participant(),
                        d.vetoes().stream().map(v -> v.indicator().value()).collect(Collectors.joining(", "))));
    }

    private void printGroups(PeriodResult result) {
        result.groups().stream().limit(8).forEach(g -> {
            RankedEntry first = g.entries().isEmpty() ? null : g.entries().get(0);
            say(
                    "  分组 %s=%s：第一名 %s",
                    "  group %s=%s: first %s",
                    g.group().map(x -> x.key().code()).orElse("-"),
                    g.group().map(x -> x.value()).orElse("-"),
                    first == null ? "-" : first.participant() + " " + first.total());
        });
    }

    private io.github.laborcontest.model.LocalizedText indicatorName(Competition c, IndicatorCode code) {
        return sets.find(c.indicatorSet())
                .flatMap(s -> s.indicator(code))
                .map(i -> i.name())
                .orElse(io.github.laborcontest.model.LocalizedText.of(code.value(), null));
    }

    private static String name(Competition c, RankedEntry e) {
        return c.participant(e.participant())
                .map(Participant::name)
                .orElse(e.participant().value());
    }

    private Competition validated(Competition c) {
        var v = ContestValidator.validate(c);
        if (v.isInvalid()) {
            v.getError().forEach(p -> out.println(p.message(locale)));
            throw new DemoFailure("invalid demo data");
        }
        return c;
    }

    private <T> T require(Validation<Seq<Problem>, T> result) {
        if (result.isInvalid()) {
            result.getError().take(20).forEach(p -> out.println(p.message(locale)));
            throw new DemoFailure("problems");
        }
        return result.get();
    }

    private void heading(String n, String zh, String en) {
        out.println();
        out.println("== " + n + ". " + (zh() ? zh : en) + " ==");
    }

    private void say(String zh, String en, Object... args) {
        out.println(String.format(locale, zh() ? zh : en, args));
    }

    private boolean zh() {
        return !"en".equals(locale.getLanguage());
    }

    /** Ends the demo after its problems were printed. */
    private static final class DemoFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message);
        }
    }
}
