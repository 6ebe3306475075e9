// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of the ledger-to-scoring bridge, on the built-in 六比一创 indicator set. */
class LedgerMeasurementsTest {

    static final CompetitionId C = CompetitionId.of("kp-2026");
    static final PeriodId Q1 = PeriodId.of("2026-Q1");
    static final ParticipantId P1 = ParticipantId.of("P-001");
    static final ParticipantId P2 = ParticipantId.of("P-002");
    static final String PASS_RATE = "quality.inspection-pass-rate";
    static final String DEFECTS = "quality.defects";
    static final String HAZARDS = "safety.unrectified-hazards";
    static final String BIM = "innovation.bim-smart-site";
    static final String HONOURS = "model-project.honours";
    static final String FATAL = "veto.fatal-accident";

    static IndicatorSet sixComparisons() {
        return IndicatorSetRegistry.discover()
                .get()
                .find(IndicatorSetRef.of("six-comparisons", "2026.1"))
                .orElseThrow();
    }

    static int seq = 0;

    static Entry.Builder base(String id, ParticipantId p, LocalDate day) {
        Instant t = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(seq++);
        return new Entry.Builder()
                .id(EntryId.of(id))
                .competition(C)
                .participant(p)
                .period(Q1)
                .actor(Actor.of("inspector-07", "district-inspector", "市南区"))
                .businessDate(day)
                .recordedAt(t);
    }

    static final LocalDate JAN = LocalDate.of(2026, 1, 20);
    static final LocalDate FEB = LocalDate.of(2026, 2, 20);
    static final LocalDate MAR = LocalDate.of(2026, 3, 20);

    static Entry measure(String id, ParticipantId p, String indicator, String value, LocalDate day) {
        return base(id, p, day)
                .type(EntryType.MEASUREMENT)
                .indicator(IndicatorCode.of(indicator))
                .amount(new BigDecimal(value))
                .build();
    }

    static Entry points(String id, ParticipantId p, EntryType type, String indicator, String amount, LocalDate day) {
        Entry.Builder b =
                base(id, p, day).type(type).amount(new BigDecimal(amount)).reason("检查记录");
        if (indicator != null) {
            b.indicator(IndicatorCode.of(indicator));
        }
        return b.build();
    }

    static Entry finding(String id, ParticipantId p, String indicator, String count, LocalDate day) {
        Entry.Builder b = base(id, p, day).type(EntryType.INSPECTION_FINDING).reason("督导检查发现问题");
        if (indicator != null) {
            b.indicator(IndicatorCode.of(indicator));
        }
        if (count != null) {
            b.amount(new BigDecimal(count));
        }
        return b.build();
    }

    static Entry veto(String id, ParticipantId p, String indicator, LocalDate day) {
        Entry.Builder b = base(id, p, day).type(EntryType.VETO).reason("发生一般生产安全事故，死亡 1 人");
        if (indicator != null) {
            b.indicator(IndicatorCode.of(indicator));
        }
        return b.build();
    }

    static Entry reversal(String id, ParticipantId p, String target, LocalDate day) {
        return base(id, p, day)
                .type(EntryType.REVERSAL)
                .reverses(EntryId.of(target))
                .reason("登记有误")
                .build();
    }

    static Ledger ledger(Entry... entries) {
        Ledger l = Ledgers.inMemory();
        for (Entry e : entries) {
            assertThat(l.append(e).isRight()).as(e.id().value()).isTrue();
        }
        return l;
    }

    static Measurement num(ParticipantId p, String indicator, String v) {
        return new Measurement.Builder()
                .participant(p)
                .indicator(IndicatorCode.of(indicator))
                .period(Q1)
                .value(new BigDecimal(v))
                .source(LedgerMeasurements.SOURCE)
                .build();
    }

    static Measurement flag(ParticipantId p, String indicator, boolean f) {
        return new Measurement.Builder()
                .participant(p)
                .indicator(IndicatorCode.of(indicator))
                .period(Q1)
                .flag(f)
                .source(LedgerMeasurements.SOURCE)
                .build();
    }

    /**
     * Hand-checked: P-001's pass rate 90 then 95, the 95 reversed → 90; BIM measured 1 → flag yes;
     * deductions of 4 and 2 points on the per-occurrence (2 points each) hazards indicator, the 2
     * reversed → 4 / 2 = 2 occurrences; findings of 2 and (no count =) 1 defects → 3; a finding
     * naming no indicator → nothing; a veto naming the fatal-accident indicator → flag yes. P-002:
     * one measurement only.
     */
    @Test
    void workedExample() {
        Ledger l = ledger(
                measure("M-1", P1, PASS_RATE, "90", JAN),
                measure("M-2", P1, PASS_RATE, "95", FEB),
                measure("M-3", P1, BIM, "1", JAN),
                points("D-1", P1, EntryType.POINTS_DEDUCTED, HAZARDS, "4", JAN),
                points("D-2", P1, EntryType.POINTS_DEDUCTED, HAZARDS, "2", FEB),
                finding("F-1", P1, DEFECTS, "2", JAN),
                finding("F-2", P1, DEFECTS, null, MAR),
                finding("F-3", P1, null, null, MAR),
                veto("V-1", P1, FATAL, MAR),
                measure("M-4", P2, PASS_RATE, "98.5", MAR),
                reversal("R-1", P1, "M-2", MAR),
                reversal("R-2", P1, "D-2", MAR));

        Validation<Seq<Problem>, List<Measurement>> r = LedgerMeasurements.of(l, C, sixComparisons(), AsOf.LATEST);

        assertThat(r.isValid())
                .as(() -> r.getError().map(p -> p.message(Locale.ENGLISH)).mkString("\n"))
                .isTrue();
        assertThat(r.get())
                .containsExactly(
                        flag(P1, BIM, true),
                        num(P1, DEFECTS, "3"),
                        num(P1, PASS_RATE, "90"),
                        num(P1, HAZARDS, "2"),
                        flag(P1, FATAL, true),
                        num(P2, PASS_RATE, "98.5"));
    }

    /** As of a business date: only January's entries (P-001's pass rate 90, BIM, 4 points = 2 hazards, 2 defects). */
    @Test
    void asOfBusinessDate() {
        Ledger l = ledger(
                measure("M-1", P1, PASS_RATE, "90", JAN),
                measure("M-2", P1, PASS_RATE, "95", FEB),
                points("D-1", P1, EntryType.POINTS_DEDUCTED, HAZARDS, "4", JAN),
                points("D-2", P1, EntryType.POINTS_DEDUCTED, HAZARDS, "2", FEB),
                finding("F-1", P1, DEFECTS, "2", JAN),
                veto("V-1", P1, FATAL, MAR));

        List<Measurement> jan = LedgerMeasurements.of(
                        l, C, sixComparisons(), AsOf.businessDate(LocalDate.of(2026, 1, 31)))
                .get();

        assertThat(jan).containsExactly(num(P1, DEFECTS, "2"), num(P1, PASS_RATE, "90"), num(P1, HAZARDS, "2"));
    }

    @Test
    void otherCompetitionsAreIgnored() {
        Entry other = new Entry.Builder()
                .from(measure("X-1", P1, PASS_RATE, "50", JAN))
                .competition(CompetitionId.of("other-2026"))
                .build();
        Ledger l = ledger(other, measure("M-1", P1, PASS_RATE, "90", JAN));

        assertThat(LedgerMeasurements.of(l, C, sixComparisons(), AsOf.LATEST).get())
                .extracting(m -> m.value().orElseThrow())
                .containsExactly(new BigDecimal("90"));
    }

    @Test
    void aVetoWithoutIndicatorIsAmbiguousWhenTheSetHasSeveralVetoIndicators() {
        Ledger l = ledger(veto("V-1", P1, null, MAR));

        Seq<Problem> ps =
                LedgerMeasurements.of(l, C, sixComparisons(), AsOf.LATEST).getError();

        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).message(Locale.CHINESE))
                .isEqualTo("$ [P-001]: 台账条目 V-1（veto）未注明指标，而指标体系中类别为 veto 的指标有 4 个，无法确定记入哪一项（周期 2026-Q1）；请在条目中注明指标");
        assertThat(ps.get(0).message(Locale.ENGLISH))
                .isEqualTo(
                        "$ [P-001]: ledger entry V-1 (veto) names no indicator and the indicator set has 4 indicator(s)"
                                + " of kind veto, so it cannot tell where it goes (period 2026-Q1); name the indicator in the entry");
    }

    @Test
    void everyMisfitIsListedWithParticipantIndicatorPeriodAndEntry() {
        Ledger l = ledger(
                points("D-1", P1, EntryType.POINTS_DEDUCTED, HAZARDS, "3", JAN), // 3 is not a multiple of 2
                points("A-1", P1, EntryType.POINTS_AWARDED, null, "5", JAN), // the only bonus: an item table
                measure("M-1", P1, BIM, "2", JAN), // yes/no: 0 or 1 only
                points("D-2", P1, EntryType.POINTS_DEDUCTED, PASS_RATE, "1", JAN), // a scored indicator
                measure("M-2", P2, DEFECTS, "1", JAN),
                finding("F-1", P2, DEFECTS, "1", FEB), // measured and found: different units
                measure("M-3", P2, "no.such-indicator", "1", JAN));

        Seq<Problem> ps =
                LedgerMeasurements.of(l, C, sixComparisons(), AsOf.LATEST).getError();

        assertThat(ps.map(p -> p.code().code()))
                .containsExactlyInAnyOrder(
                        "bridge.not-whole",
                        "bridge.not-carried",
                        "bridge.bad-flag",
                        "bridge.kind-mismatch",
                        "bridge.mixed-entries",
                        "bridge.unknown-indicator");
        assertThat(ps.map(p -> p.message(Locale.ENGLISH)))
                .contains(
                        "$ [P-001]: indicator \"safety.unrectified-hazards\" counts 2 points per occurrence; the ledger's"
                                + " points add up to 3, not a whole number of occurrences (entry D-1, points-deducted,"
                                + " period 2026-Q1)",
                        "$ [P-001]: a ledger measurement of yes/no indicator \"innovation.bim-smart-site\" must be 0 (no)"
                                + " or 1 (yes); entry M-1 records 2 (period 2026-Q1)",
                        "$ [P-001]: ledger entry D-2 (points-deducted) cannot go to indicator"
                                + " \"quality.inspection-pass-rate\" (period 2026-Q1): its kind is scored, this entry type"
                                + " needs an indicator of kind deduction",
                        "$ [P-002]: indicator \"quality.defects\" in period 2026-Q1 gets values from ledger entry F-1"
                                + " (inspection-finding) and from entry M-2 (measurement), in different units that cannot"
                                + " be combined");
        // the not-carried problem names the indicator's value type and scoring rule
        assertThat(ps.filter(p -> p.code() == LedgerMeasurements.BridgeProblem.NOT_CARRIED)
                        .head()
                        .args())
                .last()
                .isEqualTo("items, ItemTable");
        assertThat(ps.map(p -> p.message(Locale.CHINESE)))
                .contains("$ [P-002]: 台账条目 M-3（measurement）所记指标“no.such-indicator”不在竞赛的指标体系中（周期 2026-Q1）");
    }

    @Test
    void aMeasurementsFileMaySupplyOnlyWhatTheLedgerDoesNot() {
        List<Measurement> ledger = List.of(num(P1, PASS_RATE, "90"));
        Measurement honours = new Measurement.Builder()
                .participant(P1)
                .indicator(IndicatorCode.of(HONOURS))
                .period(Q1)
                .addItems("luban")
                .build();

        assertThat(LedgerMeasurements.combine(ledger, List.of(honours)).get()).containsExactly(ledger.get(0), honours);

        Seq<Problem> ps = LedgerMeasurements.combine(ledger, List.of(honours, num(P1, PASS_RATE, "91")))
                .getError();
        assertThat(ps.map(p -> p.message(Locale.CHINESE)))
                .containsExactly(
                        "$[1] [P-001]: 指标“quality.inspection-pass-rate”在周期 2026-Q1 既有台账记录又有测量数据文件中的值；同一参赛者、指标、周期只能有一个来源");
        assertThat(ps.get(0).message(Locale.ENGLISH))
                .isEqualTo(
                        "$[1] [P-001]: indicator \"quality.inspection-pass-rate\" in period 2026-Q1 has a value in the"
                                + " ledger and one in the measurements file; a participant, indicator and period may come from"
                                + " one source only");
    }

    @Test
    void aVetoMayNameItsIndicatorAndOldVetoesWithoutOneStayValid() {
        assertThat(Entries.check(veto("V-1", P1, FATAL, MAR)).isValid()).isTrue();
        assertThat(Entries.check(veto("V-2", P1, null, MAR)).isValid()).isTrue();
        Entry stage = new Entry.Builder()
                .from(base("S-1", P1, MAR)
                        .type(EntryType.STAGE_CHANGE)
                        .stage(io.github.laborcontest.model.ProjectStage.values()[0])
                        .build())
                .indicator(IndicatorCode.of(FATAL))
                .build();
        assertThat(Entries.check(stage).getError().map(p -> p.code().code()))
                .containsExactly("ledger.field-not-allowed");
    }

    @Test
    void aVetoIndicatorSurvivesTheJournal(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            assertThat(l.append(veto("V-1", P1, FATAL, MAR)).isRight()).isTrue();
        }
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            assertThat(l.find(EntryId.of("V-1")).orElseThrow().entry().indicator())
                    .contains(IndicatorCode.of(FATAL));
            assertThat(LedgerMeasurements.of(l, C, sixComparisons(), AsOf.LATEST)
                            .get())
                    .containsExactly(flag(P1, FATAL, true));
        }
    }
}
