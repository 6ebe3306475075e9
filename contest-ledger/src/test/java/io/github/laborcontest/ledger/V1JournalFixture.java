// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.ledger.internal.EntryCodec;
import io.github.laborcontest.ledger.internal.Hashing;
import io.github.laborcontest.ledger.internal.JournalStore;
import io.github.laborcontest.ledger.spi.StoredRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the schema-version-1 fixture journal of {@link UpcastTest} (run once; the result is
 * committed under src/test/resources/fixtures/journal-v1): the entries of {@link #entries()},
 * encoded as version 1 wrote them.
 */
public final class V1JournalFixture {
    private V1JournalFixture() {}

    static List<Entry> entries() {
        return List.of(
                TestEntries.measurement("v1-m1", TestEntries.P1, "88.00", "2025-03-05T08:00:00Z"),
                TestEntries.award("v1-a1", TestEntries.P1, "5", "鲁班奖", "2025-03-06T08:00:00Z"),
                TestEntries.deduct("v1-d1", TestEntries.P1, "1.5", "扬尘治理不达标", "2025-03-07T08:00:00Z"),
                TestEntries.deduct("v1-d2", TestEntries.P2, "3", "隐患未按期整改", "2025-03-08T08:00:00Z"),
                TestEntries.reversal("v1-r1", TestEntries.P1, "v1-d1", "2025-03-09T08:00:00Z"));
    }

    /**
     * Writes the fixture.
     *
     * @param args the target directory
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        JournalStore s = JournalStore.open(dir, 1 << 20).get();
        s.load(r -> true);
        byte[] prev = new byte[32];
        List<Entry> es = entries();
        for (int i = 0; i < es.size(); i++) {
            Entry e = new Entry.Builder()
                    .from(es.get(i))
                    .actor(Actor.of(es.get(i).actor().id()))
                    .build();
            byte[] payload = EntryCodec.encodeVersion1(e);
            byte[] h = Hashing.link(prev, i, payload);
            s.append(new StoredRecord(i, h, payload));
            prev = h;
        }
        s.flush();
        s.force();
        s.close();
        Files.deleteIfExists(dir.resolve("journal.lock"));
    }
}
