// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the ledger (台账): who recorded what about which participant in which period, how
 * much, why, on what evidence, when it happened ({@link #businessDate()}) and when it was written
 * ({@link #recordedAt()}). Entries are never updated or deleted; a correction is a {@link
 * EntryType#REVERSAL} naming the entry it reverses. Which optional fields an entry needs depends
 * on its {@link #type()}; {@link Entries#check(Entry)} says what is missing.
 *
 * <p>JSON (schema version 2):
 *
 * <pre>{@code
 * {"schemaVersion":2,"id":"E-1","competition":"qd-2026","participant":"P-001","period":"2026-03",
 *  "type":"points-deducted","amount":2,"reason":"未按期整改隐患","evidence":["JC-2026-031"],
 *  "actor":{"id":"inspector-07","role":"district-inspector","organisation":"市南区"},
 *  "businessDate":"2026-03-12","recordedAt":"2026-03-13T08:00:00Z"}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntry.class)
@JsonDeserialize(as = ImmutableEntry.class)
@JsonPropertyOrder({
    "schemaVersion", "id", "competition", "participant", "period", "type", "indicator", "amount",
    "stage", "reason", "evidence", "actor", "businessDate", "recordedAt", "reverses", "replacement"
})
public interface Entry {

    /** The schema version this library writes. */
    int CURRENT_SCHEMA_VERSION = 2;

    /** The schema version of the encoding; readers upgrade older versions to the current one. */
    @Value.Default
    default int schemaVersion() {
        return CURRENT_SCHEMA_VERSION;
    }

    /** The globally unique id, also the idempotency key. */
    EntryId id();

    /** The competition. */
    CompetitionId competition();

    /** The participant concerned. */
    ParticipantId participant();

    /** The evaluation period concerned. */
    PeriodId period();

    /** What the entry records. */
    EntryType type();

    /**
     * The indicator: required for measurements; optional for findings, points awarded or deducted
     * and vetoes (which indicator of the set they count towards, see {@link LedgerMeasurements}).
     */
    Optional<IndicatorCode> indicator();

    /** The value of a measurement, the positive points awarded or deducted, or a finding's count. */
    Optional<BigDecimal> amount();

    /** The new stage, for a stage change. */
    Optional<ProjectStage> stage();

    /** Why: the reason of an award, deduction, veto, finding or reversal. */
    Optional<String> reason();

    /** Evidence references: inspection record numbers, photo numbers, documents. */
    List<String> evidence();

    /** Who recorded it. */
    Actor actor();

    /** When it happened (业务日期). */
    LocalDate businessDate();

    /** When it was written into the ledger (记录时间). */
    Instant recordedAt();

    /** The entry a reversal reverses. */
    Optional<EntryId> reverses();

    /** The entry that replaces the reversed one, if the correction has a replacement. */
    Optional<EntryId> replacement();

    /** Builds an {@link Entry}. */
    class Builder extends ImmutableEntry.Builder {}
}
