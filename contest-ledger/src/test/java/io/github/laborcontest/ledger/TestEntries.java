// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hand-built entries for worked examples. */
final class TestEntries {
    static final CompetitionId C = CompetitionId.of("qd-2026");
    static final PeriodId MARCH = PeriodId.of("2026-03");
    static final ParticipantId P1 = ParticipantId.of("P-001");
    static final ParticipantId P2 = ParticipantId.of("P-002");
    static final IndicatorCode QUALITY = IndicatorCode.of("quality.pass-rate");
    static final Actor INSPECTOR = Actor.of("inspector-07", "district-inspector", "市南区");

    private TestEntries() {}

    static Entry.Builder base(String id, ParticipantId p, String recordedAt) {
        Instant t = Instant.parse(recordedAt);
        return new Entry.Builder()
                .id(EntryId.of(id))
                .competition(C)
                .participant(p)
                .period(MARCH)
                .actor(INSPECTOR)
                .businessDate(LocalDate.ofInstant(t, java.time.ZoneOffset.UTC))
                .recordedAt(t);
    }

    static Entry measurement(String id, ParticipantId p, String value, String recordedAt) {
        return base(id, p, recordedAt)
                .type(EntryType.MEASUREMENT)
                .indicator(QUALITY)
                .amount(new BigDecimal(value))
                .build();
    }

    static Entry award(String id, ParticipantId p, String amount, String reason, String recordedAt) {
        return base(id, p, recordedAt)
                .type(EntryType.POINTS_AWARDED)
                .amount(new BigDecimal(amount))
                .reason(reason)
                .build();
    }

    static Entry deduct(String id, ParticipantId p, String amount, String reason, String recordedAt) {
        return base(id, p, recordedAt)
                .type(EntryType.POINTS_DEDUCTED)
                .amount(new BigDecimal(amount))
                .reason(reason)
                .build();
    }

    static Entry veto(String id, ParticipantId p, String reason, String recordedAt) {
        return base(id, p, recordedAt).type(EntryType.VETO).reason(reason).build();
    }

    static Entry reversal(String id, ParticipantId p, String target, String recordedAt) {
        return base(id, p, recordedAt)
                .type(EntryType.REVERSAL)
                .reverses(EntryId.of(target))
                .reason("登记有误")
                .build();
    }
}
