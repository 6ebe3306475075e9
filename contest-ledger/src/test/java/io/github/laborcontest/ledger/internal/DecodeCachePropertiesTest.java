// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A decoder caches the strings it reads in a table of fixed-size slots that grows while it
 * misses, and numbers competition, participant and period ids for the fold. These properties
 * decode entries whose ids are short, as long as a slot holds, longer, or not ASCII, in random
 * order and many times over, and check every decoded entry and every number.
 */
class DecodeCachePropertiesTest {

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> ascii =
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> chinese =
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> edge = Arbitraries.of(
                "y".repeat(EntryCodec.MAX_SHORT_BYTES),
                "y".repeat(EntryCodec.MAX_SHORT_BYTES + 1),
                "x".repeat(EntryCodec.MAX_CACHED_BYTES - 1),
                "x".repeat(EntryCodec.MAX_CACHED_BYTES),
                "x".repeat(EntryCodec.MAX_CACHED_BYTES + 1),
                "中".repeat(EntryCodec.MAX_CACHED_BYTES / 3),
                "中".repeat(EntryCodec.MAX_CACHED_BYTES / 3 + 1));
        return Arbitraries.oneOf(ascii, chinese, edge);
    }

    @Property(tries = 60)
    void decodingThroughTheCacheGivesTheEntryWrittenAndOneNumberPerId(
            @ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("ids") String> participants,
            @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("ids") String> competitions,
            @ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("ids") String> periods,
            @ForAll @IntRange(min = 1, max = 3000) int n,
            @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new Entry.Builder()
                    .id(EntryId.of("E-" + i))
                    .competition(CompetitionId.of(competitions.get(r.nextInt(competitions.size()))))
                    .participant(ParticipantId.of(participants.get(r.nextInt(participants.size()))))
                    .period(PeriodId.of(periods.get(r.nextInt(periods.size()))))
                    .type(EntryType.POINTS_AWARDED)
                    .amount(BigDecimal.valueOf(r.nextInt(100), 1))
                    // up to 5,000 reasons: more strings than the first table holds, so that it grows
                    .reason(r.nextBoolean() ? participants.get(r.nextInt(participants.size())) : "R-" + r.nextInt(5000))
                    // actors cached whole when their encoding is short, else string by string
                    .actor(
                            r.nextBoolean()
                                    ? Actor.of("inspector-" + r.nextInt(5))
                                    : Actor.of(
                                            participants.get(r.nextInt(participants.size())),
                                            "district-inspector",
                                            periods.get(r.nextInt(periods.size()))))
                    .businessDate(LocalDate.of(2026, 3, 1))
                    .recordedAt(Instant.parse("2026-03-01T08:00:00Z"))
                    .build());
        }
        EntryCodec.Shared shared = EntryCodec.Shared.concurrent();
        EntryCodec codec = new EntryCodec(shared);
        EntryCodec other = new EntryCodec(shared);
        EntryCodec.Fields f = new EntryCodec.Fields();
        Map<Object, Integer> numbers = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(r.nextInt(n));
                byte[] bytes = EntryCodec.encode(e);
                EntryCodec c = (i & 1) == 0 ? codec : other;
                assertThat(c.decode(bytes, 0, bytes.length)).isEqualTo(e);
                c.decode(bytes, 0, bytes.length, f);
                assertThat(f.competition).isEqualTo(e.competition());
                assertThat(f.participant).isEqualTo(e.participant());
                assertThat(f.period).isEqualTo(e.period());
                assertThat(f.reason).isEqualTo(e.reason().orElseThrow());
                assertThat(f.actor).isEqualTo(e.actor());
                assertThat(f.actorId).isEqualTo(e.actor().id());
                assertSameNumber(numbers, e.competition(), f.competitionNumber);
                assertSameNumber(numbers, e.participant(), f.participantNumber);
                assertSameNumber(numbers, e.period(), f.periodNumber);
            }
        }
        assertDistinctPerKind(numbers);
    }

    private static void assertSameNumber(Map<Object, Integer> numbers, Object id, int number) {
        assertThat(number).as("number of %s", id).isNotNegative();
        Integer before = numbers.putIfAbsent(id, number);
        if (before != null) {
            assertThat(number).as("number of %s", id).isEqualTo(before);
        }
    }

    private static void assertDistinctPerKind(Map<Object, Integer> numbers) {
        Map<Class<?>, Map<Integer, Object>> seen = new HashMap<>();
        numbers.forEach((id, k) -> {
            Object first =
                    seen.computeIfAbsent(id.getClass(), c -> new HashMap<>()).putIfAbsent(k, id);
            assertThat(first).as("ids numbered %d", k).isNull();
        });
    }

    @Property(tries = 20)
    void aDecoderNumbersAtMostItsLimitAndTheRestNever(
            @ForAll @IntRange(min = 0, max = 12) int limit, @ForAll @IntRange(min = 1, max = 30) int participants) {
        EntryCodec codec = new EntryCodec(EntryCodec.Shared.numberingAtMost(limit));
        EntryCodec.Fields f = new EntryCodec.Fields();
        Map<Object, Integer> numbers = new HashMap<>();
        int numbered = 0;
        for (int round = 0; round < 2; round++) {
            for (int p = 0; p < participants; p++) {
                Entry e = veto("E-" + p, "P-" + p);
                byte[] bytes = EntryCodec.encode(e);
                codec.decode(bytes, 0, bytes.length, f);
                Integer before = numbers.putIfAbsent(e.participant(), f.participantNumber);
                if (before != null) {
                    assertThat(f.participantNumber).isEqualTo(before);
                } else if (f.participantNumber >= 0) {
                    numbered++;
                }
                if (FoldState.pack(f.competitionNumber, f.periodNumber, f.participantNumber) >= 0) {
                    assertThat(f.competitionNumber).isNotNegative();
                    assertThat(f.periodNumber).isNotNegative();
                }
            }
        }
        // an entry holds its competition, participant and period in this order: the first entry
        // numbers all three while there is room, every later one only its participant
        int expected = limit <= 1 ? 0 : Math.min(participants, Math.max(1, limit - 2));
        assertThat(numbered).isEqualTo(expected);
    }

    @Property(tries = 500)
    void anIdIsFingerprintedAsItsText(@ForAll("ids") String id) {
        Entry e = veto(id, "p");
        byte[] bytes = EntryCodec.encode(e);
        EntryCodec.Fields f = new EntryCodec.Fields();
        new EntryCodec().decode(bytes, 0, bytes.length, f);
        assertThat(f.fingerprint).isEqualTo(Hashing.fingerprint(id));
        assertThat(f.idText()).isEqualTo(id);
        assertThat(f.entryId()).isEqualTo(e.id());
    }

    @Property(tries = 50)
    void aBlankIdIsRefusedOnDecoding(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll boolean tab) {
        String id = "x".repeat(n);
        byte[] bytes = EntryCodec.encode(veto(id, "p"));
        // the id follows the version byte and its one-byte length
        java.util.Arrays.fill(bytes, 2, 2 + n, (byte) (tab ? '\t' : ' '));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EntryCodec().decode(bytes, 0, bytes.length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid entry encoding");
    }

    private static Entry veto(String id, String participant) {
        return new Entry.Builder()
                .id(EntryId.of(id))
                .competition(CompetitionId.of("c"))
                .participant(ParticipantId.of(participant))
                .period(PeriodId.of("2026-03"))
                .type(EntryType.VETO)
                .reason("r")
                .actor(Actor.of("a"))
                .businessDate(LocalDate.of(2026, 3, 1))
                .recordedAt(Instant.parse("2026-03-01T08:00:00Z"))
                .build();
    }
}
