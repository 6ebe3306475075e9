// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.award;
import static io.github.laborcontest.ledger.TestEntries.deduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.internal.MemoryStore;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.LedgerStoreException;
import io.github.laborcontest.ledger.spi.RecordSink;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a durable ledger answers when its store fails to load, flush or force, through {@link Ledgers#open}. */
class StoreFailureTest {

    private static final String T = "2026-03-13T08:00:00Z";

    /** A memory store that counts forces and closes and fails on demand. */
    static final class FaultyStore implements LedgerStore {
        final MemoryStore inner = new MemoryStore();
        boolean failLoad;
        boolean failFlush;
        boolean failForce;
        int forces;
        int closes;

        @Override
        public OpenReport load(RecordSink sink) {
            if (failLoad) {
                throw new LedgerStoreException("disk gone");
            }
            return inner.load(sink);
        }

        @Override
        public void append(StoredRecord record) {
            inner.append(record);
        }

        @Override
        public void flush() {
            if (failFlush) {
                throw new LedgerStoreException("flush refused");
            }
        }

        @Override
        public void force() {
            forces++;
            if (failForce) {
                throw new LedgerStoreException("fsync refused");
            }
        }

        @Override
        public StoredRecord read(long position) {
            return inner.read(position);
        }

        @Override
        public Optional<String> scan(long from, RecordSink sink) {
            return inner.scan(from, sink);
        }

        @Override
        public void close() {
            closes++;
        }
    }

    private static Ledger open(FaultyStore s) {
        return Ledgers.open(s, LedgerOptions.DEFAULT, true).get();
    }

    @Test
    void a_store_that_cannot_load_is_closed_and_reported() {
        FaultyStore s = new FaultyStore();
        s.failLoad = true;
        Either<Problem, Ledger> opened = Ledgers.open(s, LedgerOptions.DEFAULT, true);
        assertThat(opened.getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(opened.getLeft().args()).containsExactly("disk gone");
        assertThat(s.closes).isEqualTo(1);
    }

    @Test
    void a_durable_ledger_forces_once_per_append_and_not_for_a_repeat() {
        FaultyStore s = new FaultyStore();
        Ledger l = open(s);
        assertThat(l.append(award("E-1", P1, "1", "x", T)).isRight()).isTrue();
        assertThat(s.forces).isEqualTo(1);
        assertThat(l.appendAll(List.of(award("E-2", P1, "1", "x", T), award("E-3", P1, "1", "x", T)))
                        .get())
                .hasSize(2);
        assertThat(s.forces).isEqualTo(2);
        // a repeat writes nothing new, so there is nothing to force
        assertThat(l.appendAll(List.of(award("E-1", P1, "1", "x", T)))
                        .get()
                        .get(0)
                        .alreadyRecorded())
                .isTrue();
        assertThat(l.append(award("E-1", P1, "1", "x", T)).get().alreadyRecorded())
                .isTrue();
        assertThat(l.appendBatch(List.of(award("E-2", P1, "1", "x", T)))
                        .get(0)
                        .get()
                        .alreadyRecorded())
                .isTrue();
        assertThat(s.forces).isEqualTo(2);
        assertThat(l.size()).isEqualTo(3);
    }

    @Test
    void a_failed_force_on_a_store_that_cannot_take_back_leaves_the_ledger_read_only() {
        FaultyStore s = new FaultyStore();
        Ledger l = open(s);
        assertThat(l.append(award("E-1", P1, "1", "x", T)).isRight()).isTrue();
        s.failForce = true;
        LedgerRejection r = l.append(award("E-2", P1, "1", "x", T)).getLeft();
        assertThat(r.code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(r.entryId()).contains(EntryId.of("E-2"));
        assertThat(r.message(Locale.ENGLISH)).isEqualTo("$: the store failed: fsync refused");
        LedgerRejection next = l.append(award("E-3", P1, "1", "x", T)).getLeft();
        assertThat(next.code()).isEqualTo(LedgerProblem.DAMAGED);
        assertThat(next.problems().get(0).args())
                .containsExactly("fsync refused; cannot take it back: this store cannot take back records");
    }

    @Test
    void a_failed_force_fails_only_the_new_entries_of_a_batch() {
        FaultyStore s = new FaultyStore();
        Ledger l = open(s);
        assertThat(l.append(award("E-1", P1, "1", "x", T)).isRight()).isTrue();
        s.failForce = true;
        List<Either<LedgerRejection, Appended>> out = l.appendBatch(
                List.of(award("E-1", P1, "1", "x", T), deduct("E-2", P1, "1", "y", T), award("E-3", P1, "0", "z", T)));
        assertThat(out.get(0).get().alreadyRecorded()).isTrue();
        assertThat(out.get(1).getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(out.get(1).getLeft().entryId()).contains(EntryId.of("E-2"));
        assertThat(out.get(2).getLeft().code()).isEqualTo(LedgerProblem.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void a_failed_force_fails_append_all_naming_its_first_entry() {
        FaultyStore s = new FaultyStore();
        Ledger l = open(s);
        s.failForce = true;
        Either<io.vavr.collection.Seq<LedgerRejection>, List<Appended>> out =
                l.appendAll(List.of(award("E-1", P1, "1", "x", T), award("E-2", P1, "1", "x", T)));
        assertThat(out.getLeft()).hasSize(1);
        assertThat(out.getLeft().head().code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(out.getLeft().head().entryId()).contains(EntryId.of("E-1"));
        assertThat(out.getLeft().head().problems().get(0).args()).containsExactly("fsync refused");
    }

    @Test
    void a_failed_flush_fails_each_kind_of_append() {
        FaultyStore s = new FaultyStore();
        Ledger l = open(s);
        s.failFlush = true;
        LedgerRejection one = l.append(award("E-1", P1, "1", "x", T)).getLeft();
        assertThat(one.code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(one.problems().get(0).args()).containsExactly("flush refused");
        FaultyStore s2 = new FaultyStore();
        Ledger l2 = open(s2);
        s2.failFlush = true;
        LedgerRejection all =
                l2.appendAll(List.of(award("E-7", P1, "1", "x", T))).getLeft().head();
        assertThat(all.code()).isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(all.entryId()).contains(EntryId.of("E-7"));
        FaultyStore s3 = new FaultyStore();
        Ledger l3 = open(s3);
        s3.failFlush = true;
        assertThat(l3.appendBatch(List.of(award("E-8", P1, "1", "x", T)))
                        .get(0)
                        .getLeft()
                        .code())
                .isEqualTo(LedgerProblem.STORE_FAILED);
        assertThat(s.forces + s2.forces + s3.forces).isZero();
    }
}
