// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.OpenReport;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.RecordSink;
import io.github.laborcontest.ledger.spi.StoredRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps records in memory, packed: each record's hash and payload are copied one after the other
 * into large byte arrays (chunks of up to 1 MiB, which the garbage collector does not copy about),
 * found by one {@code long} per record; {@link #read} hands out copies. Tests may tamper with the
 * records ({@link #records()}): the store then turns into a plain list of records for good.
 */
public final class MemoryStore implements LedgerStore {

    private static final int FIRST_CHUNK = 4096;
    private static final int MAX_CHUNK = 1 << 20;

    private final ArrayList<byte[]> chunks = new ArrayList<>();
    /** Per record: its chunk's number in the high half, its offset in the low half. */
    private final LongList where = new LongList();

    private final IntList lengths = new IntList();
    private byte @Nullable [] current;
    private int used;
    private int count;
    private @Nullable ArrayList<StoredRecord> list;

    /** An empty store. */
    public MemoryStore() {}

    /**
     * The live list of records, for tests that tamper with it; from this call on, the store keeps
     * its records in that list.
     *
     * @return the records, which the caller may change
     */
    public synchronized List<StoredRecord> records() {
        ArrayList<StoredRecord> l = list;
        if (l == null) {
            l = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                l.add(packed(i));
            }
            list = l;
            chunks.clear();
            current = null;
        }
        return l;
    }

    private synchronized int size() {
        ArrayList<StoredRecord> l = list;
        return l != null ? l.size() : count;
    }

    /** Hands the records from {@code from} below {@code n} to the sink, until it says stop. */
    private void deliver(long from, int n, RecordSink sink) {
        for (long i = Math.max(0, from); i < n; i++) {
            if (!sink.accept(read(i))) {
                break;
            }
        }
    }

    private StoredRecord packed(int i) {
        long w = where.get(i);
        byte[] chunk = chunks.get((int) (w >>> 32));
        int at = (int) w;
        int h = at + Hashing.HASH_BYTES;
        return new StoredRecord(
                i, Arrays.copyOfRange(chunk, at, h), Arrays.copyOfRange(chunk, h, h + (int) lengths.get(i)));
    }

    @Override
    public OpenReport load(RecordSink sink) {
        int n = size();
        deliver(0, n, sink);
        return new OpenReport(List.of(), Optional.empty(), n);
    }

    @Override
    public synchronized void append(StoredRecord record) {
        byte[] h = record.hash();
        byte[] p = record.payload();
        if (list != null || h.length != Hashing.HASH_BYTES || record.position() != count) {
            // a record this layout cannot hold as given (only tests make such records)
            records().add(record);
            return;
        }
        int need = Hashing.HASH_BYTES + p.length;
        byte[] c = current;
        if (c == null || c.length - used < need) {
            int next = c == null ? FIRST_CHUNK : Math.min(MAX_CHUNK, c.length * 2);
            c = new byte[Math.max(next, need)];
            chunks.add(c);
            current = c;
            used = 0;
        }
        System.arraycopy(h, 0, c, used, Hashing.HASH_BYTES);
        System.arraycopy(p, 0, c, used + Hashing.HASH_BYTES, p.length);
        where.add((long) (chunks.size() - 1) << 32 | used);
        lengths.add(p.length);
        used += need;
        count++;
    }

    @Override
    public void flush() {}

    @Override
    public void force() {}

    @Override
    public synchronized StoredRecord read(long position) {
        ArrayList<StoredRecord> l = list;
        if (l != null) {
            return l.get((int) position);
        }
        if (position < 0 || position >= count) {
            throw new IndexOutOfBoundsException("position " + position + " of " + count);
        }
        return packed((int) position);
    }

    @Override
    public Optional<String> scan(long from, RecordSink sink) {
        deliver(from, size(), sink);
        return Optional.empty();
    }

    @Override
    public void close() {}
}
