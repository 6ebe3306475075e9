// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.OpenReport;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.RecordSink;
import io.github.laborcontest.ledger.spi.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps records in a list. Tests may tamper with it ({@link #records()}) to check that
 * verification notices.
 */
public final class MemoryStore implements LedgerStore {

    private final ArrayList<StoredRecord> records = new ArrayList<>();

    /** An empty store. */
    public MemoryStore() {}

    /** The live list of records, for tests that tamper with it. */
    public List<StoredRecord> records() {
        return records;
    }

    @Override
    public synchronized OpenReport load(RecordSink sink) {
        for (StoredRecord r : records) {
            if (!sink.accept(r)) {
                break;
            }
        }
        return new OpenReport(List.of(), Optional.empty(), records.size());
    }

    @Override
    public synchronized void append(StoredRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void force() {}

    @Override
    public synchronized StoredRecord read(long position) {
        return records.get((int) position);
    }

    @Override
    public Optional<String> scan(long from, RecordSink sink) {
        List<StoredRecord> copy;
        synchronized (this) {
            copy = new ArrayList<>(records.subList((int) Math.min(from, records.size()), records.size()));
        }
        for (StoredRecord r : copy) {
            if (!sink.accept(r)) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {}
}
