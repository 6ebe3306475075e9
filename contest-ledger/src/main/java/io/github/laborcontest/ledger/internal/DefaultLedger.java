// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Appended;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.ChainBreak;
import io.github.laborcontest.ledger.ChainHash;
import io.github.laborcontest.ledger.ChainHead;
import io.github.laborcontest.ledger.Contribution;
import io.github.laborcontest.ledger.Entries;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.LedgerProblem;
import io.github.laborcontest.ledger.LedgerRejection;
import io.github.laborcontest.ledger.OpenReport;
import io.github.laborcontest.ledger.Recorded;
import io.github.laborcontest.ledger.Snapshot;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.ledger.StandingKey;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.ledger.VerificationReport;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.LedgerStoreException;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * The ledger over any {@link LedgerStore}: checks, idempotency, reversals, authorisation, the hash
 * chain, the live fold, snapshots and as-of queries. Appends run under one lock; forcing to disk
 * runs outside it, so that concurrent appenders share an fsync (group commit); the live fold takes
 * appended entries in batches on a second thread ({@link FoldPipe}). Opening verifies
 * and decodes batches of records on two threads and folds each half of the standing keys on its
 * own thread, in chain order, so no batch folds are merged.
 */
public final class DefaultLedger implements Ledger {

    private static final int LOAD_BATCH = 8192;

    private final LedgerStore store;
    private final LedgerOptions options;
    private final boolean forceOnAppend;
    private boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private final Object syncLock = new Object();
    private IdIndex index = new IdIndex();
    private LongList recordedNanos = new LongList();
    private IntList days = new IntList();
    private IntList periodsAt = new IntList();
    /** The positions of each period number up to {@link #periodsIndexed}, for as-of queries. */
    private ArrayList<IntList> periodPositions = new ArrayList<>();

    private long periodsIndexed;
    private HashMap<PeriodId, Integer> periodNumbers = new HashMap<>();
    private HashMap<EntryId, Long> reversedBy = new HashMap<>();
    private FoldState fold = new FoldState();
    private FoldPipe folding = new FoldPipe(fold);
    private final ArrayList<SnapshotHolder> snapshots = new ArrayList<>();
    private final EntryCodec codec = new EntryCodec();
    private final EntryCodec.Out scratch = new EntryCodec.Out(512);
    private final Hashing.Linker linker = new Hashing.Linker();
    private @Nullable PeriodId lastPeriod;
    private int lastPeriodNumber;
    private byte[] headHash = new byte[32];
    private long size;
    private volatile long durableSize;
    private long maxRecorded = Long.MIN_VALUE;
    private long maxDay = Long.MIN_VALUE;
    private OpenReport openReport = new OpenReport(List.of(), Optional.empty(), 0);
    private Optional<ChainBreak> loadBreak = Optional.empty();
    private Optional<String> damaged = Optional.empty();
    /** Incremented by every rollback after a failed write (written under the lock). */
    private volatile long epoch;
    /** The size each rollback cut the ledger back to, by the epoch it started. */
    private final java.util.TreeMap<Long, Long> rollbackPoints = new java.util.TreeMap<>();
    /** Why the last write failed. */
    private String lastFailure = "store failed";

    private record PendingReversal(long position, EntryId target) {}

    private final ArrayList<PendingReversal> loadReversals = new ArrayList<>();

    private record SnapshotHolder(Snapshot snapshot, FoldState state, long maxRecorded, long maxDay) {}

    private DefaultLedger(LedgerStore store, LedgerOptions options, boolean forceOnAppend) {
        this.store = store;
        this.options = options;
        this.forceOnAppend = forceOnAppend;
    }

    /**
     * Opens a ledger on a store: loads, verifies and folds every record.
     *
     * @param store the store
     * @param options policy and key
     * @param forceOnAppend whether appends return only once durable
     * @return the ledger
     * @throws LedgerStoreException if the store cannot be read at all
     */
    public static DefaultLedger open(LedgerStore store, LedgerOptions options, boolean forceOnAppend) {
        DefaultLedger l = new DefaultLedger(store, options, forceOnAppend);
        l.load();
        return l;
    }

    /**
     * Opens a ledger on a store for reading only: every append is refused ({@link
     * LedgerProblem#READ_ONLY}) and nothing is written, also not when it is closed.
     *
     * @param store the store (opened for reading only)
     * @param options policy and key
     * @return the ledger
     * @throws LedgerStoreException if the store cannot be read at all
     */
    public static DefaultLedger openReadOnly(LedgerStore store, LedgerOptions options) {
        DefaultLedger l = new DefaultLedger(store, options, false);
        l.readOnly = true;
        l.load();
        return l;
    }

    // ---------------------------------------------------------------- loading

    private record Batch(
            long start,
            int valid,
            byte[] lastHash,
            long[] fingerprints,
            long[] nanos,
            long[] epochDays,
            PeriodId[] periods,
            List<@Nullable EntryId> reverses,
            FoldState.Prepared prepared,
            Optional<ChainBreak> chainBreak) {}

    /**
     * The folds of the key parts while loading: part {@code p} folds on its own thread, batch after
     * batch in chain order (a single-thread executor runs its tasks in the order given), so the
     * loading thread merges nothing; the parts' standings are joined once at the end. The id index
     * is built on one more thread the same way, batch after batch, while the loading goes on.
     */
    private final class PartFolds {
        private final ExecutorService[] threads = new ExecutorService[FoldState.PARTS];
        private final FoldState[] parts = new FoldState[FoldState.PARTS];
        private final ArrayDeque<Future<?>> running = new ArrayDeque<>();
        private final ExecutorService indexer = Executors.newSingleThreadExecutor(PartFolds::daemon);
        private final ArrayDeque<Future<?>> indexing = new ArrayDeque<>();

        PartFolds() {
            for (int p = 0; p < FoldState.PARTS; p++) {
                threads[p] = Executors.newSingleThreadExecutor(PartFolds::daemon);
                parts[p] = new FoldState();
            }
        }

        private static Thread daemon(Runnable r) {
            Thread t = new Thread(r, "ledger-fold");
            t.setDaemon(true);
            return t;
        }

        /** Adds the ids of a batch's first {@code n} records, at positions from {@code start}, to the index. */
        void index(long[] fingerprints, int n, long start) {
            indexing.add(indexer.submit(() -> {
                index.reserve(start + n);
                for (int i = 0; i < n; i++) {
                    index.put(fingerprints[i], start + i);
                }
            }));
            while (indexing.size() > 1 && indexing.peek().isDone()) {
                await(indexing.poll());
            }
        }

        /** Folds a batch's entries into the parts, waiting while too many batches are queued. */
        void add(FoldState.Prepared prepared) {
            for (int p = 0; p < FoldState.PARTS; p++) {
                FoldState part = parts[p];
                int which = p;
                running.add(threads[p].submit(() -> part.addPrepared(prepared, which)));
            }
            while (running.size() > 4 * FoldState.PARTS) {
                await(running.poll());
            }
        }

        /** Waits for every part and the index, and joins the parts' standings into the ledger's fold. */
        void finish() {
            while (!running.isEmpty()) {
                await(running.poll());
            }
            while (!indexing.isEmpty()) {
                await(indexing.poll());
            }
            for (FoldState part : parts) {
                fold.absorbDisjoint(part);
            }
        }

        void shutdown() {
            for (ExecutorService t : threads) {
                t.shutdownNow();
            }
            indexer.shutdownNow();
        }
    }

    private static <T> T await(@Nullable Future<T> future) {
        try {
            return Objects.requireNonNull(future).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerStoreException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new LedgerStoreException("loading failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The records of one load batch, each as its position and ranges of arrays holding its hash and
     * payload: from a journal, ranges of the segment's bytes (not copied); from another store, the
     * record's own arrays.
     */
    private static final class Frames {
        private final long[] positions;
        private final byte[][] hashBytes;
        private final int[] hashOffsets;
        private final byte[][] bytes;
        private final int[] offsets;
        private final int[] lengths;
        private int size;

        Frames(int capacity) {
            positions = new long[capacity];
            hashBytes = new byte[capacity][];
            hashOffsets = new int[capacity];
            bytes = new byte[capacity][];
            offsets = new int[capacity];
            lengths = new int[capacity];
        }

        void add(long position, byte[] hashArray, int hashOffset, byte[] array, int offset, int length) {
            positions[size] = position;
            hashBytes[size] = hashArray;
            hashOffsets[size] = hashOffset;
            bytes[size] = array;
            offsets[size] = offset;
            lengths[size] = length;
            size++;
        }

        /** Empties this for the next batch (the batch it held is decoded). */
        Frames clear() {
            size = 0;
            return this;
        }

        /** A copy of the hash of record {@code i}. */
        byte[] hash(int i) {
            return Arrays.copyOfRange(hashBytes[i], hashOffsets[i], hashOffsets[i] + Hashing.HASH_BYTES);
        }

        /** A copy of the payload of record {@code i}. */
        byte[] payload(int i) {
            return Arrays.copyOfRange(bytes[i], offsets[i], offsets[i] + lengths[i]);
        }
    }

    private void load() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ledger-load");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
        // the frames of each pending batch, in the same order, and frames free for the next batch
        ArrayDeque<Frames> inFlight = new ArrayDeque<>();
        ArrayDeque<Frames> free = new ArrayDeque<>();
        Frames[] current = {new Frames(LOAD_BATCH)};
        long[] submitted = {0};
        byte[][] lastHash = {new byte[32]};
        PartFolds folds = new PartFolds();
        ArrayDeque<Release> releases = new ArrayDeque<>();
        // one decoder per loading thread, all interning standing keys and indicators in one table
        EntryCodec.Shared interned = EntryCodec.Shared.concurrent();
        ThreadLocal<EntryCodec> codecs = ThreadLocal.withInitial(() -> new EntryCodec(interned));
        try {
            JournalStore.FrameSink sink = new JournalStore.FrameSink() {
                @Override
                public boolean accept(
                        long position, byte[] hashArray, int hashOffset, byte[] array, int offset, int length) {
                    Frames f = current[0];
                    f.add(position, hashArray, hashOffset, array, offset, length);
                    if (f.size == LOAD_BATCH) {
                        submit(pool, codecs, pending, f, submitted, lastHash);
                        inFlight.add(f);
                        while (pending.size() > 4) {
                            integrate(pending.poll(), folds, releases);
                            free.add(inFlight.poll().clear());
                        }
                        Frames next = free.poll();
                        current[0] = next != null ? next : new Frames(LOAD_BATCH);
                    }
                    return loadBreak.isEmpty();
                }

                @Override
                public void segmentDone(Runnable release) {
                    // the segment's last record is the last one handed over: once the batch
                    // holding it is decoded, nothing reads the segment's array any more
                    releases.add(new Release(submitted[0] + current[0].size, release));
                }
            };
            OpenReport report = store instanceof JournalStore journal
                    ? journal.loadFrames(sink)
                    : store.load(r -> r.hash().length == Hashing.HASH_BYTES
                            ? sink.accept(r.position(), r.hash(), 0, r.payload(), 0, r.payload().length)
                            : sink.accept(
                                    r.position(), new byte[Hashing.HASH_BYTES], 0, r.payload(), 0, r.payload().length));
            if (current[0].size > 0) {
                submit(pool, codecs, pending, current[0], submitted, lastHash);
            }
            while (!pending.isEmpty()) {
                integrate(pending.poll(), folds, releases);
            }
            folds.finish();
            indexLoaded();
            durableSize = size;
            report.damage().ifPresent(d -> {
                damaged = Optional.of(d.message(java.util.Locale.ENGLISH));
                if (loadBreak.isEmpty()) {
                    loadBreak = Optional.of(new ChainBreak(
                            size, Optional.empty(), ChainBreak.Kind.CORRUPT, d.message(java.util.Locale.ENGLISH)));
                }
            });
            List<Problem> repairs = new ArrayList<>(report.repairs());
            Optional<Problem> damage = report.damage();
            if (damage.isEmpty() && loadBreak.isPresent()) {
                ChainBreak b = loadBreak.get();
                damage = Optional.of(Problem.at(
                        LedgerProblem.CHAIN_BROKEN,
                        "$",
                        b.position(),
                        b.entryId().map(EntryId::value).orElse("?"),
                        b.kind() + " (" + b.detail() + ")"));
            }
            openReport = new OpenReport(repairs, damage, size);
        } finally {
            pool.shutdownNow();
            folds.shutdown();
        }
    }

    private void submit(
            ExecutorService pool,
            ThreadLocal<EntryCodec> codecs,
            ArrayDeque<Future<Batch>> pending,
            Frames recs,
            long[] submitted,
            byte[][] lastHash) {
        long start = submitted[0];
        byte[] prev = lastHash[0];
        submitted[0] += recs.size;
        lastHash[0] = recs.hash(recs.size - 1);
        pending.add(pool.submit(() -> processBatch(codecs.get(), recs, start, prev)));
    }

    private static Batch processBatch(EntryCodec c, Frames recs, long start, byte[] prev) {
        int n = recs.size;
        long[] fps = new long[n];
        long[] nanos = new long[n];
        long[] ds = new long[n];
        PeriodId[] periods = new PeriodId[n];
        List<@Nullable EntryId> reverses = new ArrayList<>(n);
        FoldState.Prepared f = new FoldState.Prepared(n);
        Optional<ChainBreak> br = Optional.empty();
        EntryCodec.Fields fields = new EntryCodec.Fields();
        int valid = 0;
        byte[] p = prev;
        int pAt = 0;
        for (int i = 0; i < n; i++) {
            long expected = start + i;
            Optional<ChainBreak> b = checkLink(
                    recs.positions[i],
                    recs.hashBytes[i],
                    recs.hashOffsets[i],
                    recs.bytes[i],
                    recs.offsets[i],
                    recs.lengths[i],
                    expected,
                    p,
                    pAt,
                    Hashing.HASH_BYTES);
            if (b.isEmpty()) {
                try {
                    c.decode(recs.bytes[i], recs.offsets[i], recs.lengths[i], fields);
                } catch (IllegalArgumentException ex) {
                    b = Optional.of(
                            new ChainBreak(expected, Optional.empty(), ChainBreak.Kind.CORRUPT, ex.getMessage()));
                }
            }
            if (b.isPresent()) {
                br = b;
                break;
            }
            fps[i] = fields.fingerprint;
            nanos[i] = nanos(fields.recordedSecond, fields.recordedNano);
            ds[i] = fields.epochDay;
            periods[i] = fields.period;
            reverses.add(fields.reverses);
            f.add(fields);
            p = recs.hashBytes[i];
            pAt = recs.hashOffsets[i];
            valid++;
        }
        byte[] last = valid > 0 ? recs.hash(valid - 1) : prev;
        return new Batch(start, valid, last, fps, nanos, ds, periods, reverses, f, br);
    }

    private static Optional<ChainBreak> checkLink(StoredRecord r, long expected, byte[] prev) {
        return checkLink(
                r.position(), r.hash(), 0, r.payload(), 0, r.payload().length, expected, prev, 0, r.hash().length);
    }

    /**
     * Whether a record links to its predecessor: at the expected position, with the hash of the
     * predecessor's hash, the position and the payload (given as ranges of arrays).
     */
    private static Optional<ChainBreak> checkLink(
            long position,
            byte[] hashArray,
            int hashOffset,
            byte[] array,
            int offset,
            int length,
            long expected,
            byte[] prev,
            int prevOffset,
            int hashLength) {
        if (position != expected) {
            return Optional.of(new ChainBreak(
                    expected,
                    idOf(Arrays.copyOfRange(array, offset, offset + length)),
                    position > expected ? ChainBreak.Kind.MISSING : ChainBreak.Kind.REORDERED,
                    "found the entry recorded at position " + position));
        }
        if (hashLength != Hashing.HASH_BYTES
                || !Hashing.linkMatches(prev, prevOffset, expected, array, offset, length, hashArray, hashOffset)) {
            return Optional.of(new ChainBreak(
                    expected,
                    idOf(Arrays.copyOfRange(array, offset, offset + length)),
                    ChainBreak.Kind.ALTERED,
                    "hash does not match content"));
        }
        return Optional.empty();
    }

    private static Optional<EntryId> idOf(StoredRecord r) {
        return idOf(r.payload());
    }

    private static Optional<EntryId> idOf(byte[] payload) {
        try {
            return Optional.of(EntryId.of(EntryCodec.decodeId(payload)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Gives a journal segment's array back once the first {@code after} records are decoded. */
    private record Release(long after, Runnable release) {}

    private void integrate(@Nullable Future<Batch> future, PartFolds folds, ArrayDeque<Release> releases) {
        if (future == null) {
            return;
        }
        Batch b = await(future);
        long decoded = b.start() + b.fingerprints().length;
        while (!releases.isEmpty() && releases.peek().after() <= decoded) {
            releases.poll().release().run();
        }
        if (loadBreak.isPresent()) {
            return;
        }
        for (int i = 0; i < b.valid(); i++) {
            long pos = b.start() + i;
            recordedNanos.add(b.nanos()[i]);
            periodsAt.add(periodNumber(b.periods()[i]));
            EntryId target = b.reverses().get(i);
            long day = b.epochDays()[i];
            if (target != null) {
                // resolved once the index holds every position (indexLoaded)
                loadReversals.add(new PendingReversal(pos, target));
            } else {
                maxDay = Math.max(maxDay, day);
            }
            days.add(day);
            maxRecorded = Math.max(maxRecorded, b.nanos()[i]);
        }
        folds.add(b.prepared());
        folds.index(b.fingerprints(), b.valid(), b.start());
        size = b.start() + b.valid();
        if (b.valid() > 0) {
            headHash = b.lastHash();
        }
        if (b.chainBreak().isPresent()) {
            loadBreak = b.chainBreak();
            damaged = Optional.of(
                    "chain broken at position " + b.chainBreak().get().position());
        }
    }

    /**
     * Resolves the loaded reversals in chain order, once the index holds every loaded position: a
     * reversal counts on the business day of the entry it reverses.
     */
    private void indexLoaded() {
        for (PendingReversal r : loadReversals) {
            long day = days.get(r.position());
            long t = position(r.target());
            if (t >= 0 && t < r.position()) {
                day = days.get(t);
                days.set(r.position(), day);
                reversedBy.put(r.target(), r.position());
            }
            maxDay = Math.max(maxDay, day);
        }
        loadReversals.clear();
    }

    private int periodNumber(PeriodId p) {
        // appends mostly continue the period of the entry before
        if (p == lastPeriod || p.equals(lastPeriod)) {
            return lastPeriodNumber;
        }
        Integer k = periodNumbers.get(p);
        if (k == null) {
            k = periodNumbers.size();
            periodNumbers.put(p, k);
        }
        lastPeriod = p;
        lastPeriodNumber = k;
        return k;
    }

    private static long nanos(Instant t) {
        return nanos(t.getEpochSecond(), t.getNano());
    }

    /** Nanoseconds since the epoch, clamped to the range of a long. */
    private static long nanos(long second, int nano) {
        try {
            return Math.addExact(Math.multiplyExact(second, 1_000_000_000L), nano);
        } catch (ArithmeticException e) {
            return second < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    // ---------------------------------------------------------------- lookups (under lock)

    private long position(EntryId id) {
        return index.find(
                Hashing.fingerprint(id.value()),
                pos -> EntryCodec.decodeId(store.read(pos).payload()).equals(id.value()));
    }

    private Entry entryAt(long pos) {
        return codec.decode(store.read(pos).payload());
    }

    private Optional<Entry> lookup(EntryId id, Map<EntryId, Entry> overlay) {
        Entry e = overlay.get(id);
        if (e != null) {
            return Optional.of(e);
        }
        long pos = position(id);
        return pos < 0 ? Optional.empty() : Optional.of(entryAt(pos));
    }

    // ---------------------------------------------------------------- appending

    private @Nullable LedgerRejection refuseBasic(Entry e) {
        if (readOnly) {
            return LedgerRejection.of(e.id(), LedgerProblem.READ_ONLY);
        }
        if (damaged.isPresent()) {
            return LedgerRejection.of(e.id(), LedgerProblem.DAMAGED, damaged.get());
        }
        Validation<Seq<Problem>, Entry> checked = Entries.check(e);
        if (checked.isInvalid()) {
            List<Problem> ps = checked.getError().asJava();
            LedgerProblem main = ps.get(0).code() instanceof LedgerProblem lp ? lp : LedgerProblem.FIELD_REQUIRED;
            return new LedgerRejection(Optional.of(e.id()), main, ps);
        }
        Optional<String> refusal = options.policy().refusal(e);
        if (refusal.isPresent()) {
            return LedgerRejection.of(
                    e.id(), LedgerProblem.NOT_AUTHORISED, e.actor().id(), refusal.get());
        }
        return null;
    }

    private @Nullable LedgerRejection refuseReversal(
            Entry e, Map<EntryId, Entry> overlay, Set<EntryId> overlayReversed) {
        if (e.type() != EntryType.REVERSAL) {
            return null;
        }
        Optional<EntryId> id = Optional.of(e.id());
        EntryId target = e.reverses().orElseThrow();
        Optional<Entry> t = lookup(target, overlay);
        if (t.isEmpty()) {
            return new LedgerRejection(
                    id,
                    LedgerProblem.REVERSAL_OF_UNKNOWN,
                    List.of(Problem.at(LedgerProblem.REVERSAL_OF_UNKNOWN, "$.reverses", target)));
        }
        if (t.get().type() == EntryType.REVERSAL) {
            return new LedgerRejection(
                    id,
                    LedgerProblem.REVERSAL_OF_REVERSAL,
                    List.of(Problem.at(LedgerProblem.REVERSAL_OF_REVERSAL, "$.reverses", target)));
        }
        if (!StandingKey.of(t.get()).equals(StandingKey.of(e))) {
            return new LedgerRejection(
                    id,
                    LedgerProblem.REVERSAL_MISMATCH,
                    List.of(Problem.at(LedgerProblem.REVERSAL_MISMATCH, "$.reverses", target)));
        }
        Long by = reversedBy.get(target);
        if (by != null || overlayReversed.contains(target)) {
            String byId = by != null ? EntryCodec.decodeId(store.read(by).payload()) : "?";
            return new LedgerRejection(
                    id,
                    LedgerProblem.ALREADY_REVERSED,
                    List.of(Problem.at(LedgerProblem.ALREADY_REVERSED, "$.reverses", target, byId)));
        }
        if (e.replacement().isPresent()
                && lookup(e.replacement().get(), overlay).isEmpty()) {
            return new LedgerRejection(
                    id,
                    LedgerProblem.REPLACEMENT_UNKNOWN,
                    List.of(Problem.at(
                            LedgerProblem.REPLACEMENT_UNKNOWN,
                            "$.replacement",
                            e.replacement().get())));
        }
        return null;
    }

    /** Null if the entry may be appended (new, or a repeat of an entry with the same content). */
    private @Nullable LedgerRejection refuse(Entry e, Map<EntryId, Entry> overlay, Set<EntryId> overlayReversed) {
        LedgerRejection basic = refuseBasic(e);
        if (basic != null) {
            return basic;
        }
        Optional<Entry> existing = lookup(e.id(), overlay);
        if (existing.isPresent()) {
            return existing.get().equals(e)
                    ? null
                    : LedgerRejection.of(e.id(), LedgerProblem.DUPLICATE_ID_DIFFERENT_CONTENT, e.id());
        }
        return refuseReversal(e, overlay, overlayReversed);
    }

    /** Checks and appends one entry; under the lock. */
    private Either<LedgerRejection, Appended> appendLocked(Entry e) {
        LedgerRejection r = refuseBasic(e);
        if (r != null) {
            return Either.left(r);
        }
        String idText = e.id().value();
        long fingerprint = Hashing.fingerprint(idText);
        long existing = index.find(
                fingerprint,
                pos -> EntryCodec.decodeId(store.read(pos).payload()).equals(idText));
        if (existing >= 0) {
            StoredRecord rec = store.read(existing);
            Entry old = codec.decode(rec.payload());
            return old.equals(e)
                    ? Either.right(new Appended(new Recorded(existing, old, ChainHash.of(rec.hash())), true))
                    : Either.left(LedgerRejection.of(e.id(), LedgerProblem.DUPLICATE_ID_DIFFERENT_CONTENT, e.id()));
        }
        EntryType type = e.type();
        if (type == EntryType.REVERSAL) {
            r = refuseReversal(e, Map.of(), Set.of());
            if (r != null) {
                return Either.left(r);
            }
        }
        byte[] payload = EntryCodec.encode(e, scratch);
        long pos = size;
        byte[] h = linker.link(headHash, pos, payload);
        try {
            store.append(new StoredRecord(pos, h, payload));
        } catch (LedgerStoreException ex) {
            rollbackLocked(ex);
            return Either.left(storeFailed(e.id()));
        }
        index.put(fingerprint, pos);
        long n = nanos(e.recordedAt());
        recordedNanos.add(n);
        periodsAt.add(periodNumber(e.period()));
        long day = e.businessDate().toEpochDay();
        if (type == EntryType.REVERSAL) {
            EntryId target = e.reverses().orElseThrow();
            long t = position(target);
            day = days.get(t);
            reversedBy.put(target, pos);
        }
        days.add(day);
        maxRecorded = Math.max(maxRecorded, n);
        maxDay = Math.max(maxDay, day);
        folding.add(e);
        headHash = h;
        size = pos + 1;
        return Either.right(new Appended(new Recorded(pos, e, ChainHash.of(h)), false));
    }

    @Override
    public Either<LedgerRejection, Appended> append(Entry entry) {
        return appendBatch(List.of(entry)).get(0);
    }

    @Override
    public List<Either<LedgerRejection, Appended>> appendBatch(List<Entry> entries) {
        List<Either<LedgerRejection, Appended>> out = new ArrayList<>(entries.size());
        long target;
        long since;
        lock.lock();
        try {
            since = epoch;
            for (Entry e : entries) {
                // once a write of this batch failed, the rest of it is not tried
                out.add(epoch == since ? appendLocked(e) : Either.left(storeFailed(e.id())));
            }
            target = size;
            if (epoch != since || !flushLocked()) {
                return failed(out, since);
            }
            if (!forceOnAppend) {
                // acknowledged once handed to the store: a later rollback keeps these
                durableSize = target;
            }
        } finally {
            lock.unlock();
        }
        if (forceOnAppend && !syncTo(target, since)) {
            lock.lock();
            try {
                return failed(out, since);
            } finally {
                lock.unlock();
            }
        }
        return out;
    }

    @Override
    public Either<Seq<LedgerRejection>, List<Appended>> appendAll(List<Entry> entries) {
        List<Appended> out = new ArrayList<>(entries.size());
        long target;
        long since;
        lock.lock();
        try {
            Map<EntryId, Entry> overlay = new HashMap<>();
            Set<EntryId> overlayReversed = new HashSet<>();
            List<LedgerRejection> refused = new ArrayList<>();
            for (Entry e : entries) {
                LedgerRejection r = refuse(e, overlay, overlayReversed);
                if (r != null) {
                    refused.add(r);
                } else if (!overlay.containsKey(e.id())) {
                    overlay.put(e.id(), e);
                    e.reverses().ifPresent(overlayReversed::add);
                }
            }
            if (!refused.isEmpty()) {
                return Either.left(io.vavr.collection.List.ofAll(refused));
            }
            since = epoch;
            for (Entry e : entries) {
                Either<LedgerRejection, Appended> a = appendLocked(e);
                if (a.isLeft()) {
                    return Either.left(io.vavr.collection.List.of(a.getLeft()));
                }
                out.add(a.get());
            }
            target = size;
            if (!flushLocked()) {
                return Either.left(io.vavr.collection.List.of(
                        storeFailed(entries.isEmpty() ? null : entries.get(0).id())));
            }
            if (!forceOnAppend) {
                durableSize = target;
            }
        } finally {
            lock.unlock();
        }
        if (forceOnAppend && !syncTo(target, since)) {
            return Either.left(io.vavr.collection.List.of(
                    storeFailed(entries.isEmpty() ? null : entries.get(0).id())));
        }
        return Either.right(out);
    }

    private LedgerRejection storeFailed(@Nullable EntryId id) {
        String why = lastFailure;
        return new LedgerRejection(
                Optional.ofNullable(id),
                LedgerProblem.STORE_FAILED,
                List.of(Problem.at(LedgerProblem.STORE_FAILED, "$", why)));
    }

    /**
     * The outcomes of a batch after a failed write (under the lock): an entry is refused unless it
     * sits below every point a rollback since the batch began cut the ledger back to (an entry
     * recorded before, re-sent).
     */
    private List<Either<LedgerRejection, Appended>> failed(List<Either<LedgerRejection, Appended>> out, long since) {
        long floor = survivingFloor(since);
        List<Either<LedgerRejection, Appended>> f = new ArrayList<>(out.size());
        for (Either<LedgerRejection, Appended> a : out) {
            f.add(
                    a.isRight() && a.get().recorded().position() >= floor
                            ? Either.left(storeFailed(a.get().recorded().entry().id()))
                            : a);
        }
        return f;
    }

    /** The lowest size a rollback since the epoch cut the ledger back to (under the lock). */
    private long survivingFloor(long since) {
        long floor = Long.MAX_VALUE;
        for (long p : rollbackPoints.tailMap(since, true).values()) {
            floor = Math.min(floor, p);
        }
        return floor;
    }

    private boolean flushLocked() {
        try {
            store.flush();
            return true;
        } catch (LedgerStoreException ex) {
            rollbackLocked(ex);
            return false;
        }
    }

    /**
     * After a failed write (under the lock, with no force running): takes back every record
     * after the acknowledged ones from the store and loads the ledger again from what is left,
     * so that nothing refused is counted and appends go on once the store can be written again.
     * If the store cannot take the records back, the ledger stays read-only until reopened.
     */
    private void rollbackLocked(LedgerStoreException cause) {
        lastFailure = cause.getMessage();
        long to = durableSize;
        rollbackPoints.put(epoch, to);
        epoch++;
        if (damaged.isPresent()) {
            return;
        }
        OpenReport opened = openReport;
        try {
            store.rollback(to);
            resetState(to);
            load();
            openReport = opened;
            if (size != to || damaged.isPresent()) {
                damaged = Optional.of(lastFailure + "; after taking it back the store holds " + size + " of " + to
                        + " entries" + damaged.map(d -> ": " + d).orElse(""));
            }
        } catch (LedgerStoreException | UnsupportedOperationException ex) {
            openReport = opened;
            damaged = Optional.of(lastFailure + "; cannot take it back: " + ex.getMessage());
        }
    }

    /** Forgets everything loaded or appended, before the ledger loads its store again. */
    private void resetState(long keepSnapshotsUpTo) {
        index = new IdIndex();
        recordedNanos = new LongList();
        days = new IntList();
        periodsAt = new IntList();
        periodPositions = new ArrayList<>();
        periodsIndexed = 0;
        periodNumbers = new HashMap<>();
        reversedBy = new HashMap<>();
        fold = new FoldState();
        folding = new FoldPipe(fold);
        snapshots.removeIf(h -> h.snapshot().size() > keepSnapshotsUpTo);
        lastPeriod = null;
        lastPeriodNumber = 0;
        headHash = new byte[32];
        size = 0;
        maxRecorded = Long.MIN_VALUE;
        maxDay = Long.MIN_VALUE;
        loadBreak = Optional.empty();
        loadReversals.clear();
    }

    /**
     * Waits until the first {@code target} entries are durable; false if a rollback since the
     * epoch {@code since} took some of them back.
     */
    private boolean syncTo(long target, long since) {
        // durableSize first: a rollback before reading it has changed the epoch by then
        if (durableSize >= target && epoch == since) {
            return true;
        }
        synchronized (syncLock) {
            long upTo;
            long flushedIn;
            lock.lock();
            try {
                if (survivingFloor(since) < target) {
                    return false;
                }
                if (durableSize >= target) {
                    return true;
                }
                if (!flushLocked()) {
                    return false;
                }
                upTo = size;
                flushedIn = epoch;
            } finally {
                lock.unlock();
            }
            LedgerStoreException failure = null;
            try {
                store.force();
            } catch (LedgerStoreException ex) {
                failure = ex;
            }
            lock.lock();
            try {
                if (failure != null) {
                    rollbackLocked(failure);
                    return false;
                }
                if (epoch != flushedIn) {
                    // a failed append took back what this force made durable
                    return survivingFloor(since) >= target && durableSize >= target;
                }
                durableSize = upTo;
                return true;
            } finally {
                lock.unlock();
            }
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public long size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ChainHead head() {
        lock.lock();
        try {
            return head(size, headHash);
        } finally {
            lock.unlock();
        }
    }

    private ChainHead head(long n, byte[] hash) {
        return new ChainHead(n, ChainHash.of(hash), options.headKey().map(k -> sign(k, n, hash)));
    }

    private static String sign(SecretKey key, long n, byte[] hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(Hashing.utf8("contest-ledger-head:" + n + ":"));
            mac.update(hash);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    @Override
    public Optional<Recorded> find(EntryId id) {
        lock.lock();
        try {
            long pos = position(id);
            if (pos < 0) {
                return Optional.empty();
            }
            StoredRecord r = store.read(pos);
            return Optional.of(new Recorded(pos, codec.decode(r.payload()), ChainHash.of(r.hash())));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void forEach(long from, Consumer<Recorded> consumer) {
        long n = size();
        if (from >= n) {
            return;
        }
        EntryCodec c = new EntryCodec();
        store.scan(from, r -> {
            if (r.position() >= n) {
                return false;
            }
            consumer.accept(new Recorded(r.position(), c.decode(r.payload()), ChainHash.of(r.hash())));
            return r.position() + 1 < n;
        });
    }

    @Override
    public VerificationReport verify() {
        long n;
        byte[] h;
        Optional<ChainBreak> known;
        lock.lock();
        try {
            n = size;
            h = headHash.clone();
            known = loadBreak;
        } finally {
            lock.unlock();
        }
        long[] expected = {0};
        byte[][] prev = {new byte[32]};
        List<ChainBreak> br = new ArrayList<>(1);
        Optional<String> stop = store.scan(0, r -> {
            if (!br.isEmpty()) {
                // a missing entry that shows up later was reordered
                if (r.position() == br.get(0).position()) {
                    ChainBreak m = br.get(0);
                    br.set(
                            0,
                            new ChainBreak(
                                    m.position(),
                                    m.entryId(),
                                    ChainBreak.Kind.REORDERED,
                                    m.detail() + "; the entry of this position comes later"));
                    return false;
                }
                return true;
            }
            if (expected[0] >= n) {
                return false;
            }
            Optional<ChainBreak> b = checkLink(r, expected[0], prev[0]);
            if (b.isPresent()) {
                br.add(b.get());
                return b.get().kind() == ChainBreak.Kind.MISSING;
            }
            prev[0] = r.hash();
            expected[0]++;
            return true;
        });
        Optional<ChainBreak> first = br.stream().findFirst();
        if (first.isEmpty() && stop.isPresent() && expected[0] < n) {
            first = Optional.of(new ChainBreak(expected[0], Optional.empty(), ChainBreak.Kind.CORRUPT, stop.get()));
        }
        if (first.isEmpty() && expected[0] < n) {
            first = Optional.of(new ChainBreak(
                    expected[0],
                    Optional.empty(),
                    ChainBreak.Kind.MISSING,
                    "the store holds " + expected[0] + " of " + n + " entries"));
        }
        if (first.isEmpty() && !MessageDigest.isEqual(prev[0], h)) {
            first = Optional.of(new ChainBreak(
                    Math.max(0, n - 1),
                    Optional.empty(),
                    ChainBreak.Kind.HEAD_MISMATCH,
                    "the last hash differs from the head"));
        }
        if (first.isEmpty() && known.isPresent()) {
            first = known;
        }
        if (first.isEmpty() && stop.isPresent()) {
            first = Optional.of(new ChainBreak(n, Optional.empty(), ChainBreak.Kind.CORRUPT, stop.get()));
        }
        return new VerificationReport(expected[0], head(n, h), first);
    }

    @Override
    public VerificationReport verify(ChainHead trusted) {
        VerificationReport base = verify();
        Optional<ChainBreak> mismatch = Optional.empty();
        long at = Math.max(0, trusted.size() - 1);
        if (options.headKey().isPresent()) {
            String expectedSig =
                    sign(options.headKey().get(), trusted.size(), trusted.hash().bytes());
            if (trusted.signature().isEmpty()
                    || !MessageDigest.isEqual(
                            Hashing.utf8(expectedSig),
                            Hashing.utf8(trusted.signature().get()))) {
                mismatch = Optional.of(new ChainBreak(
                        at, Optional.empty(), ChainBreak.Kind.HEAD_MISMATCH, "the head's signature is not valid"));
            }
        } else if (trusted.signature().isPresent()) {
            mismatch = Optional.of(new ChainBreak(
                    at,
                    Optional.empty(),
                    ChainBreak.Kind.HEAD_MISMATCH,
                    "the ledger has no key to check the signature"));
        }
        if (mismatch.isEmpty()) {
            if (trusted.size() > base.checked()) {
                mismatch = Optional.of(new ChainBreak(
                        base.checked(),
                        Optional.empty(),
                        ChainBreak.Kind.MISSING,
                        "the trusted head covers " + trusted.size() + " entries, the chain holds " + base.checked()));
            } else {
                byte[] actual = trusted.size() == 0
                        ? new byte[32]
                        : store.read(trusted.size() - 1).hash();
                if (!MessageDigest.isEqual(actual, trusted.hash().bytes())) {
                    mismatch = Optional.of(new ChainBreak(
                            at,
                            idOf(store.read(at)),
                            ChainBreak.Kind.HEAD_MISMATCH,
                            "the chain was rewritten: its hash at this position differs from the trusted head"));
                }
            }
        }
        if (mismatch.isEmpty()) {
            return base;
        }
        Optional<ChainBreak> first = base.firstBreak().isPresent()
                        && base.firstBreak().get().position() <= mismatch.get().position()
                ? base.firstBreak()
                : mismatch;
        return new VerificationReport(base.checked(), base.head(), first);
    }

    // ---------------------------------------------------------------- standings

    @Override
    public Standings standings() {
        lock.lock();
        try {
            return folding.drained().view(k -> true);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Standings standings(AsOf asOf) {
        if (asOf instanceof AsOf.Latest) {
            return standings();
        }
        return asOf(Optional.empty(), asOf);
    }

    @Override
    public Standings standings(PeriodId period, AsOf asOf) {
        if (asOf instanceof AsOf.Latest) {
            lock.lock();
            try {
                return folding.drained().view(k -> k.period().equals(period));
            } finally {
                lock.unlock();
            }
        }
        return asOf(Optional.of(period), asOf);
    }

    private Standings asOf(Optional<PeriodId> period, AsOf asOf) {
        Predicate<StandingKey> keep = k -> period.isEmpty() || k.period().equals(period.get());
        boolean byTime = asOf instanceof AsOf.RecordTime;
        long limit = byTime
                ? nanos(((AsOf.RecordTime) asOf).time())
                : ((AsOf.BusinessDate) asOf).date().toEpochDay();
        lock.lock();
        try {
            FoldState base = null;
            long from = 0;
            for (int i = snapshots.size() - 1; i >= 0 && base == null; i--) {
                SnapshotHolder s = snapshots.get(i);
                boolean periodFits =
                        s.snapshot().period().isEmpty() || s.snapshot().period().equals(period);
                boolean covered = byTime ? s.maxRecorded() <= limit : s.maxDay() <= limit;
                if (periodFits && covered) {
                    base = s.state();
                    from = s.snapshot().size();
                }
            }
            long wanted = period.isPresent() && periodNumbers.containsKey(period.get())
                    ? periodNumbers.get(period.get())
                    : -1;
            List<Entry> later = new ArrayList<>();
            Set<StandingKey> changed = new HashSet<>();
            if (period.isEmpty()) {
                for (long pos = from; pos < size; pos++) {
                    long v = byTime ? recordedNanos.get(pos) : days.get(pos);
                    if (v <= limit) {
                        Entry e = entryAt(pos);
                        later.add(e);
                        changed.add(StandingKey.of(e));
                    }
                }
            } else if (wanted >= 0) {
                // only the positions of the period, from the first at or after the snapshot
                IntList at = positionsOf((int) wanted);
                for (int i = firstAtOrAfter(at, from); i < at.size(); i++) {
                    long pos = at.get(i);
                    long v = byTime ? recordedNanos.get(pos) : days.get(pos);
                    if (v <= limit) {
                        Entry e = entryAt(pos);
                        if (e.period().equals(period.get())) {
                            later.add(e);
                            changed.add(StandingKey.of(e));
                        }
                    }
                }
            }
            if (base == null) {
                FoldState all = new FoldState();
                later.forEach(all::add);
                return all.view(keep);
            }
            // the snapshot's fold is shared, not copied: only the standings the later entries
            // change are copied and folded (a reversal concerns the standing of its own key)
            FoldState changes = base.copyOf(changed);
            later.forEach(changes::add);
            return FoldState.viewOver(base, changes, changed, keep);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The positions of a period number, in chain order: the index is extended to the current size
     * first (built by the first as-of query that needs it, then kept up by the next ones).
     */
    private IntList positionsOf(int period) {
        for (; periodsIndexed < size; periodsIndexed++) {
            int p = (int) periodsAt.get(periodsIndexed);
            while (periodPositions.size() <= p) {
                periodPositions.add(new IntList());
            }
            periodPositions.get(p).add(periodsIndexed);
        }
        return period < periodPositions.size() ? periodPositions.get(period) : new IntList();
    }

    /** The index of the first position at or after {@code from} in an ascending list. */
    private static int firstAtOrAfter(IntList positions, long from) {
        int lo = 0;
        int hi = positions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions.get(mid) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Snapshot snapshot(Optional<PeriodId> period) {
        Predicate<StandingKey> keep = k -> period.isEmpty() || k.period().equals(period.get());
        lock.lock();
        try {
            FoldState live = folding.drained();
            // viewed before the copy, so that the values made stay on the live fold (and are
            // copied with it) for the next snapshot of the same standings to share
            Standings st = live.viewKept(keep);
            FoldState state = live.copy(keep);
            ChainHash chain = ChainHash.of(headHash);
            Snapshot s = new Snapshot(period, size, chain, st, ChainHash.of(snapshotHash(period, size, headHash, st)));
            snapshots.add(new SnapshotHolder(s, state, maxRecorded, maxDay));
            return s;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The hash of a snapshot: SHA-256 over the period, the covered size, the chain hash there and
     * the canonical encoding of the standings.
     *
     * @param period the period or empty
     * @param size the covered size
     * @param chainHash the chain hash at that size
     * @param st the standings
     * @return the hash
     */
    public static byte[] snapshotHash(Optional<PeriodId> period, long size, byte[] chainHash, Standings st) {
        EntryCodec.Out o = new EntryCodec.Out(1024);
        o.str("contest-ledger-snapshot");
        o.optStr(period.map(PeriodId::value));
        o.i64(size);
        o.bytes(chainHash);
        o.varint(st.size());
        for (Standing s : st.standings()) {
            o.str(s.key().competition().value());
            o.str(s.key().participant().value());
            o.str(s.key().period().value());
            o.varint(s.measurements().size());
            for (Measurement m : s.measurements()) {
                o.str(m.indicator().value());
                o.decimal(m.value().orElseThrow());
            }
            o.decimal(s.awarded().value());
            o.decimal(s.deducted().value());
            o.varint(s.contributions().size());
            for (Contribution c : s.contributions()) {
                o.str(c.entry().value());
            }
            o.optStr(s.stage().map(io.github.laborcontest.model.ProjectStage::code));
        }
        MessageDigest md = Hashing.newSha();
        return md.digest(o.toArray());
    }

    @Override
    public List<Snapshot> snapshots() {
        lock.lock();
        try {
            return snapshots.stream().map(SnapshotHolder::snapshot).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public OpenReport openReport() {
        return openReport;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (damaged.isEmpty() && !readOnly) {
                flushLocked();
                try {
                    store.force();
                } catch (LedgerStoreException e) {
                    // reported by the close below if the store is broken
                }
            }
            store.close();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Ledger[" + size() + " entries, head " + HexFormat.of().formatHex(Arrays.copyOf(headHash, 8)) + "…]";
    }
}
