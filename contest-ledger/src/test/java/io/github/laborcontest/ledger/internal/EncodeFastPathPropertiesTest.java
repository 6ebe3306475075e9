// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.SampleEntries;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IdRule;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The append path's encoder (scratch buffer, ASCII strings written directly, decimals of at most
 * 18 digits without a BigInteger) and chain linker (one scratch array) must give exactly the
 * bytes of the plain code they replace, kept here as the reference.
 */
class EncodeFastPathPropertiesTest {

    /** The encoder as it was before the fast paths: every string through getBytes, decimals through BigInteger. */
    static byte[] referenceEncode(Entry e) {
        Ref o = new Ref();
        o.u8(Entry.CURRENT_SCHEMA_VERSION);
        o.str(e.id().value());
        o.str(e.competition().value());
        o.str(e.participant().value());
        o.str(e.period().value());
        o.u8(e.type().tag());
        o.optStr(e.indicator().map(IndicatorCode::value));
        if (e.amount().isPresent()) {
            o.u8(1);
            BigDecimal d = e.amount().get();
            o.varlong(EntryCodec.zigzag(d.scale()));
            byte[] u = d.unscaledValue().toByteArray();
            o.varlong(u.length);
            o.bytes(u);
        } else {
            o.u8(0);
        }
        o.optStr(e.stage().map(ProjectStage::code));
        o.optStr(e.reason());
        o.varlong(e.evidence().size());
        for (String s : e.evidence()) {
            o.str(s);
        }
        o.str(e.actor().id());
        o.optStr(e.actor().role());
        o.optStr(e.actor().organisation());
        o.varlong(EntryCodec.zigzag(e.businessDate().toEpochDay()));
        o.varlong(EntryCodec.zigzag(e.recordedAt().getEpochSecond()));
        o.varlong(e.recordedAt().getNano());
        o.optStr(e.reverses().map(EntryId::value));
        o.optStr(e.replacement().map(EntryId::value));
        return o.out.toByteArray();
    }

    private static final class Ref {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void u8(int v) {
            out.write(v);
        }

        void bytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        void varlong(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varlong(b.length);
            bytes(b);
        }

        void optStr(Optional<String> s) {
            if (s.isPresent()) {
                u8(1);
                str(s.get());
            } else {
                u8(0);
            }
        }
    }

    private static final EntryCodec.Out SCRATCH = new EntryCodec.Out(16);

    @Property(tries = 200)
    void sampleEntriesEncodeAsTheReference(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        for (Entry e : SampleEntries.generate(200, seed)) {
            byte[] expected = referenceEncode(e);
            assertThat(EntryCodec.encode(e)).isEqualTo(expected);
            assertThat(EntryCodec.encode(e, SCRATCH)).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    void anyTextsAndDecimalsEncodeAsTheReference(@ForAll("entries") Entry e) {
        byte[] expected = referenceEncode(e);
        assertThat(EntryCodec.encode(e)).isEqualTo(expected);
        assertThat(EntryCodec.encode(e, SCRATCH)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void linkerHashesAsPlainSha256(
            @ForAll("hashes") byte[] previous, @ForAll long position, @ForAll("hashes") byte[] payload)
            throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(previous);
        md.update(java.nio.ByteBuffer.allocate(8).putLong(position).array());
        md.update(payload);
        byte[] expected = md.digest();
        assertThat(new Hashing.Linker().link(previous, position, payload)).isEqualTo(expected);
        assertThat(Hashing.link(previous, position, payload)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void aLinkCheckedInPlaceIsTheLinkComputed(
            @ForAll("hashes") byte[] previous,
            @ForAll long position,
            @ForAll("hashes") byte[] payload,
            @ForAll @LongRange(min = 0, max = 40) long pad,
            @ForAll boolean alter) {
        if (previous.length != 32) {
            return; // a predecessor's hash is 32 bytes
        }
        byte[] expected = Hashing.link(previous, position, payload);
        int at = (int) pad;
        byte[] prevArray = new byte[at + 32 + at];
        System.arraycopy(previous, 0, prevArray, at, 32);
        byte[] record = new byte[at + payload.length + at];
        System.arraycopy(payload, 0, record, at, payload.length);
        byte[] stored = new byte[at + 32];
        System.arraycopy(expected, 0, stored, at, 32);
        if (alter) {
            stored[at + (int) (Math.abs(position % 32))] ^= 1;
        }
        assertThat(Hashing.linkMatches(prevArray, at, position, record, at, payload.length, stored, at))
                .isEqualTo(!alter);
        // a check that fails on bad bounds leaves the thread's digest clean for the next one
        assertThatThrownBy(
                        () -> Hashing.linkMatches(prevArray, at, position, record, at, record.length + 1, stored, at))
                .isInstanceOf(RuntimeException.class);
        assertThat(Hashing.linkMatches(prevArray, at, position, record, at, payload.length, stored, at))
                .isEqualTo(!alter);
    }

    @Property(tries = 2000)
    void unscaledLongIsTheUnscaledValue(@ForAll("decimals") BigDecimal d) {
        if (d.precision() <= 18) {
            assertThat(BigInteger.valueOf(EntryCodec.unscaledLong(d))).isEqualTo(d.unscaledValue());
        }
    }

    @Provide
    Arbitrary<byte[]> hashes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(32),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.of(
                                0L,
                                1L,
                                -1L,
                                127L,
                                128L,
                                -128L,
                                -129L,
                                255L,
                                256L,
                                999_999_999_999_999_999L,
                                -999_999_999_999_999_999L,
                                Long.MAX_VALUE,
                                Long.MIN_VALUE)
                        .map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-18, 18))
                .as(BigDecimal::new);
    }

    @Provide
    Arbitrary<List<BigDecimal>> decimalLists() {
        return decimals().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Entry> entries() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(200),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200),
                Arbitraries.strings().withChars("abc中文é").ofMinLength(126).ofMaxLength(130),
                Arbitraries.strings().ascii().ofMinLength(126).ofMaxLength(130));
        Arbitrary<String> ids = Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars('-')
                .ofMinLength(1)
                .ofMaxLength(60);
        // the model refuses blank texts where it checks them; the encoder must agree on any other
        texts = texts.filter(t -> !t.isBlank());
        Arbitrary<List<String>> evidence = texts.list().ofMaxSize(4);
        // an actor's id and role are codes (IdRule): ASCII and non-ASCII ones around the 127-byte varint step
        Arbitrary<String> codes = Arbitraries.oneOf(
                        ids,
                        Arbitraries.strings()
                                .withChars("abc中文é-")
                                .ofMinLength(1)
                                .ofMaxLength(130))
                .filter(IdRule::accepts);
        Arbitrary<Optional<String>> optTexts = texts.optional();
        return Combinators.combine(
                        ids,
                        texts,
                        Arbitraries.of(EntryType.values()),
                        decimals().optional(),
                        optTexts,
                        evidence,
                        Combinators.combine(codes, codes.optional(), optTexts).as((a, b, c) -> new Actor(a, b, c)),
                        Arbitraries.integers().between(0, 1_000_000_000))
                .as((id, text, type, amount, reason, ev, actor, nanos) -> {
                    Entry.Builder b = new Entry.Builder()
                            .id(EntryId.of(id))
                            .competition(CompetitionId.of("qd-2026"))
                            .participant(ParticipantId.of("P-" + id))
                            .period(PeriodId.of("2026-03"))
                            .type(type)
                            .evidence(ev)
                            .actor(actor)
                            .businessDate(LocalDate.of(2026, 3, 1))
                            .recordedAt(Instant.ofEpochSecond(1_770_000_000L, nanos));
                    amount.ifPresent(b::amount);
                    reason.ifPresent(b::reason);
                    if (type == EntryType.MEASUREMENT) {
                        b.indicator(IndicatorCode.of("quality.pass-rate"));
                    }
                    if (type == EntryType.STAGE_CHANGE) {
                        b.stage(ProjectStage.values()[nanos % ProjectStage.values().length]);
                    }
                    if (type == EntryType.REVERSAL) {
                        b.reverses(EntryId.of(id + "-r"));
                        if (nanos % 2 == 0) {
                            b.replacement(EntryId.of(id + "-n"));
                        }
                    }
                    return b.build();
                });
    }

    @Property(tries = 1000)
    void foldSumsAsBigDecimalAdds(@ForAll("decimalLists") List<BigDecimal> addends) {
        FoldState.Sum sum = new FoldState.Sum();
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal d : addends) {
            expected = expected.add(d);
            if (d.precision() <= 18) {
                sum.add(EntryCodec.unscaledLong(d), d.scale(), null);
            } else {
                sum.add(0, 0, d);
            }
        }
        // equal value and equal scale, as the standings show them
        assertThat(sum.value()).isEqualTo(expected);
        assertThat(sum.value().scale()).isEqualTo(expected.scale());
    }
}
