// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.ParticipantId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Ed25519 signatures over an entry's canonical bytes (the building block only; not wired into the ledger). */
class EntrySignaturesTest {

    private static final Entry ENTRY =
            TestEntries.deduct("E-1", ParticipantId.of("P-1"), "2", "未按期整改隐患", "2026-03-13T08:00:00Z");

    @Test
    void aSignatureHoldsForItsEntryAndKeyOnly() {
        KeyPair inspector = EntrySignatures.generate();
        KeyPair other = EntrySignatures.generate();
        String sig = EntrySignatures.sign(ENTRY, inspector.getPrivate());
        assertThat(sig).hasSize(128).matches("[0-9a-f]+");
        assertThat(EntrySignatures.verify(ENTRY, inspector.getPublic(), sig)).isTrue();
        assertThat(EntrySignatures.verify(ENTRY, other.getPublic(), sig)).isFalse();
        // one amount changed: 2 → 20
        Entry edited =
                new Entry.Builder().from(ENTRY).amount(new BigDecimal("20")).build();
        assertThat(EntrySignatures.verify(edited, inspector.getPublic(), sig)).isFalse();
        // the same content with another scale is another entry (5 and 5.00 differ, as for idempotency)
        Entry rescaled =
                new Entry.Builder().from(ENTRY).amount(new BigDecimal("2.0")).build();
        assertThat(EntrySignatures.verify(rescaled, inspector.getPublic(), sig)).isFalse();
        char[] flipped = sig.toCharArray();
        flipped[0] = flipped[0] == '0' ? '1' : '0';
        assertThat(EntrySignatures.verify(ENTRY, inspector.getPublic(), new String(flipped)))
                .isFalse();
        assertThat(EntrySignatures.verify(ENTRY, inspector.getPublic(), "not hex"))
                .isFalse();
    }

    @Test
    void theSignedBytesAreTheDomainThenTheCanonicalEncoding() {
        byte[] b = EntrySignatures.signedBytes(ENTRY);
        byte[] domain = "contest-ledger-entry-signature:1:".getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(b, domain.length)).isEqualTo(domain);
        assertThat(Arrays.copyOfRange(b, domain.length, b.length))
                .isEqualTo(io.github.laborcontest.ledger.internal.EntryCodec.encode(ENTRY));
    }
}
