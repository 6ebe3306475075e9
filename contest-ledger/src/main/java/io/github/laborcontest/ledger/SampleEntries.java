// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Deterministic sample ledgers for demos, tests and benchmarks: a key-project contest of 2026 in
 * twelve monthly periods, with measurements of the six comparisons (六比), awards, deductions,
 * findings, vetoes, stage changes and reversals, in a valid chain order (every reversal names an
 * earlier, not yet reversed entry of the same participant and period). The same count and seed
 * give the same entries.
 *
 * @since 0.1.0
 */
public final class SampleEntries {

    private static final CompetitionId COMPETITION = CompetitionId.of("qd-2026-key-projects");
    private static final IndicatorCode[] INDICATORS = {
        IndicatorCode.of("quality.pass-rate"),
        IndicatorCode.of("safety.hazard-rectification"),
        IndicatorCode.of("progress.plan-completion"),
        IndicatorCode.of("innovation.patents"),
        IndicatorCode.of("civilised.dust-control"),
        IndicatorCode.of("assurance.wages-on-time")
    };
    private static final String[] AWARD_REASONS = {"泰山杯", "市优质结构工程", "QC成果一等奖", "BIM应用示范"};
    private static final String[] DEDUCTION_REASONS = {"隐患未按期整改", "扬尘治理不达标", "围挡破损", "农民工工资台账不全"};
    private static final ProjectStage[] STAGES = ProjectStage.values();
    private static final String[] EVIDENCE_JL = numbered("JL-", 500);
    private static final String[] EVIDENCE_JC = numbered("JC-", 500);

    private static String[] numbered(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + (1000 + i * 17);
        }
        return out;
    }

    private SampleEntries() {}

    /**
     * The sample entries as a list.
     *
     * @param count how many
     * @param seed the seed
     * @return the entries in chain order
     */
    public static List<Entry> generate(int count, long seed) {
        List<Entry> out = new ArrayList<>(count);
        generate(count, seed, out::add);
        return out;
    }

    /**
     * Streams the sample entries, for ledgers too large to hold as a list.
     *
     * @param count how many
     * @param seed the seed; ids are {@code E-<seed>-<10-digit index>}
     * @param sink receives them in chain order
     */
    public static void generate(long count, long seed, Consumer<Entry> sink) {
        Random r = new Random(seed);
        int participants = (int) Math.max(10, Math.min(10_000, count / 1000));
        ParticipantId[] ps = new ParticipantId[participants];
        for (int i = 0; i < participants; i++) {
            ps[i] = ParticipantId.of(String.format("P-%05d", i + 1));
        }
        PeriodId[] periods = new PeriodId[12];
        for (int m = 0; m < 12; m++) {
            periods[m] = PeriodId.of(String.format("2026-%02d", m + 1));
        }
        Actor[] actors = new Actor[10];
        for (int d = 0; d < 10; d++) {
            actors[d] = Actor.of(String.format("inspector-%02d", d), "district-inspector", "district-" + d);
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long spanSeconds = 365L * 24 * 3600;
        int ring = 1024;
        Entry[] recent = new Entry[ring];
        int recentCount = 0;
        String prefix = "E-" + seed + "-";
        for (long i = 0; i < count; i++) {
            int month = (int) Math.min(11, i * 12 / Math.max(1, count));
            Instant recordedAt = start.plusSeconds(spanSeconds * i / Math.max(1, count));
            LocalDate day = LocalDate.of(2026, month + 1, 1 + (int) ((i * 28 / Math.max(1, count / 12 + 1)) % 28));
            LocalDate business = day.isAfter(LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC))
                    ? LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC)
                    : day;
            int p = r.nextInt(participants);
            Entry.Builder b = new Entry.Builder()
                    .id(EntryId.of(prefix + pad10(i)))
                    .competition(COMPETITION)
                    .participant(ps[p])
                    .period(periods[month])
                    .actor(actors[p % 10])
                    .businessDate(business)
                    .recordedAt(recordedAt.truncatedTo(ChronoUnit.SECONDS));
            int dice = r.nextInt(1000);
            Entry e;
            if (dice < 20 && recentCount > 0) {
                int k = r.nextInt(Math.min(recentCount, ring));
                Entry target = recent[k];
                if (target == null) {
                    e = measurement(b, r);
                } else {
                    recent[k] = null;
                    e = b.participant(target.participant())
                            .period(target.period())
                            .actor(actors[Math.abs(target.participant().hashCode()) % 10])
                            .type(EntryType.REVERSAL)
                            .reverses(target.id())
                            .reason("更正：" + target.type().label() + "登记有误")
                            .build();
                }
            } else if (dice < 720) {
                e = measurement(b, r);
            } else if (dice < 840) {
                e = b.type(EntryType.POINTS_AWARDED)
                        .amount(BigDecimal.valueOf(1 + r.nextInt(20), 1))
                        .reason(AWARD_REASONS[r.nextInt(AWARD_REASONS.length)])
                        .addEvidence(EVIDENCE_JL[r.nextInt(EVIDENCE_JL.length)])
                        .build();
            } else if (dice < 960) {
                e = b.type(EntryType.POINTS_DEDUCTED)
                        .amount(BigDecimal.valueOf(5 + r.nextInt(46), 1))
                        .reason(DEDUCTION_REASONS[r.nextInt(DEDUCTION_REASONS.length)])
                        .addEvidence(EVIDENCE_JC[r.nextInt(EVIDENCE_JC.length)])
                        .build();
            } else if (dice < 985) {
                e = b.type(EntryType.INSPECTION_FINDING)
                        .indicator(INDICATORS[1])
                        .amount(BigDecimal.valueOf(1 + r.nextInt(3)))
                        .reason("督导检查发现隐患")
                        .addEvidence("DC-" + (1000 + r.nextInt(9000)))
                        .build();
            } else if (dice < 998) {
                e = b.type(EntryType.STAGE_CHANGE)
                        .stage(STAGES[r.nextInt(STAGES.length)])
                        .build();
            } else {
                e = b.type(EntryType.VETO)
                        .reason("发生农民工工资拖欠引发集体上访")
                        .addEvidence("XF-" + r.nextInt(100))
                        .build();
            }
            if (e.type() != EntryType.REVERSAL) {
                recent[recentCount % ring] = e;
                recentCount++;
            }
            sink.accept(e);
        }
    }

    private static String pad10(long i) {
        String d = Long.toString(i);
        return d.length() >= 10 ? d : "0000000000".substring(d.length()) + d;
    }

    private static Entry measurement(Entry.Builder b, Random r) {
        return b.type(EntryType.MEASUREMENT)
                .indicator(INDICATORS[r.nextInt(INDICATORS.length)])
                .amount(BigDecimal.valueOf(6000 + r.nextInt(4001), 2))
                .build();
    }
}
