// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.LedgerProblem;
import io.github.laborcontest.ledger.OpenReport;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.LedgerStoreException;
import io.github.laborcontest.ledger.spi.RecordSink;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The embedded append-only file journal. A directory holds a lock file and segment files named
 * {@code segment-<first position, 20 digits>.journal}. A segment starts with a 16-byte header
 * (magic {@code CLJ1}, format 1, first position) followed by frames: body length (4 bytes), CRC32C
 * of the body (4 bytes), body = chain position (8), chain hash (32), canonical entry bytes. On
 * open, a bad frame in the last segment with no sound frame after it is a torn tail (a crash
 * during a write): it is cut off and reported. Any other bad frame is damage: the records before
 * it are loaded and the ledger is read-only until {@link #repair(Path)} cuts it off.
 */
public final class JournalStore implements LedgerStore {

    static final byte[] MAGIC = "CLJ1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 16;
    static final int FRAME_HEADER = 8;
    static final int BODY_PREFIX = 40;
    static final int MAX_BODY = BODY_PREFIX + EntryCodec.MAX_ENTRY_BYTES;

    private record Segment(long firstPosition, Path path) {}

    private final Path dir;
    private final long segmentBytes;
    private final @Nullable FileChannel lockChannel;
    private final @Nullable FileLock lock;
    /** Opened for reading only: load and close write nothing, appends are refused. */
    private final boolean readOnly;

    private final List<Segment> segments = new ArrayList<>();
    private final List<FileChannel> readers = new ArrayList<>();
    private LongList offsets = new LongList();
    private volatile FileChannel current;
    private long currentSize;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long nextPosition;
    private boolean closed;
    private byte[] lastHash = new byte[32];
    private volatile long flushedSize;
    private volatile byte[] flushedHash = new byte[32];
    private final Object headLock = new Object();
    private long headWritten = -1;
    /** Whether the journal was found sound on load, so that appends may go on. */
    private boolean writable;
    /** Set by a failed write, cleared by {@link #rollback(long)}: then close writes nothing. */
    private boolean broken;
    /** Incremented by every rollback, so that a force started before it writes no head after it. */
    private long rollbacks;

    static final byte[] HEAD_MAGIC = "CLJH".getBytes(StandardCharsets.US_ASCII);
    static final int HEAD_BYTES = 48;

    private JournalStore(
            Path dir, long segmentBytes, @Nullable FileChannel lockChannel, @Nullable FileLock lock, boolean readOnly) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /**
     * Opens an existing journal directory for reading only: nothing is created, locked, cut or
     * written, not even by {@link #load(RecordSink)} (a torn tail is reported, not cut off).
     *
     * @param dir the directory
     * @return the store, or the problem (no such directory)
     */
    public static io.vavr.control.Either<Problem, JournalStore> openReadOnly(Path dir) {
        if (!Files.isDirectory(dir)) {
            return io.vavr.control.Either.left(Problem.at(LedgerProblem.NO_JOURNAL, "$", dir));
        }
        return io.vavr.control.Either.right(new JournalStore(dir, Long.MAX_VALUE, null, null, true));
    }

    /**
     * Opens (creating if needed) a journal directory and takes its single-writer lock.
     *
     * @param dir the directory
     * @param segmentBytes the size at which segments roll
     * @return the store, or the problem (locked, not a directory, I/O)
     */
    public static io.vavr.control.Either<Problem, JournalStore> open(Path dir, long segmentBytes) {
        try {
            Files.createDirectories(dir);
            FileChannel ch =
                    FileChannel.open(dir.resolve("journal.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                return io.vavr.control.Either.left(Problem.at(LedgerProblem.LOCKED, "$", dir));
            }
            return io.vavr.control.Either.right(new JournalStore(dir, segmentBytes, ch, l, false));
        } catch (IOException | RuntimeException e) {
            return io.vavr.control.Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", dir + ": " + e));
        }
    }

    private List<Segment> listSegments() throws IOException {
        List<Segment> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith("segment-") && n.endsWith(".journal") && n.length() == 8 + 20 + 8) {
                    try {
                        out.add(new Segment(Long.parseLong(n.substring(8, 28)), p));
                    } catch (NumberFormatException e) {
                        // not one of ours
                    }
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.firstPosition(), b.firstPosition()));
        return out;
    }

    private static String name(long first) {
        return String.format("segment-%020d.journal", first);
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    private static int u32(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    private static long u64(byte[] b, int off) {
        return ((long) u32(b, off) << 32) | (u32(b, off + 4) & 0xFFFFFFFFL);
    }

    /** Why a frame at an offset is not sound, or null if it is. */
    private static String badFrame(byte[] b, int off, int end) {
        if (end - off < FRAME_HEADER) {
            return "incomplete frame header";
        }
        int len = u32(b, off);
        if (len < BODY_PREFIX + 1 || len > MAX_BODY) {
            return "bad frame length " + len;
        }
        if ((long) off + FRAME_HEADER + len > end) {
            return "frame runs past the end of the segment";
        }
        if (crc(b, off + FRAME_HEADER, len) != u32(b, off + 4)) {
            return "checksum mismatch";
        }
        return null;
    }

    private static boolean soundFrameAfter(byte[] b, int off, int end) {
        for (int o = off + 1; o + FRAME_HEADER + BODY_PREFIX < end; o++) {
            if (badFrame(b, o, end) == null) {
                return true;
            }
        }
        return false;
    }

    private static String headerProblem(byte[] b, long expectedFirst) {
        return headerProblem(b, b.length, expectedFirst);
    }

    private static String headerProblem(byte[] b, int length, long expectedFirst) {
        if (length < HEADER) {
            return "segment header incomplete";
        }
        if (!Arrays.equals(Arrays.copyOf(b, 4), MAGIC)) {
            return "not a journal segment (bad magic)";
        }
        if (u32(b, 4) != 1) {
            return "unknown segment format " + u32(b, 4);
        }
        if (u64(b, 8) != expectedFirst) {
            return "segment starts at position " + u64(b, 8) + ", expected " + expectedFirst;
        }
        return null;
    }

    /**
     * A segment's bytes, read ahead into the first {@code length} bytes of an array (a new one, or
     * one a sink gave back), and the end of its leading run of sound frames (checked length and
     * CRC32C): frames before {@code soundEnd} need no second check on the loading thread.
     */
    private record ReadAhead(byte[] bytes, int length, int soundEnd) {}

    /** Receives the records of {@link #loadFrames} as ranges of larger arrays, not copied. */
    @FunctionalInterface
    interface FrameSink {
        /**
         * Takes the next record.
         *
         * @param position the position the record says it has
         * @param hashBytes the array holding its chain hash ({@link Hashing#HASH_BYTES} bytes)
         * @param hashOffset where the hash starts
         * @param bytes the array holding its payload
         * @param offset where the payload starts
         * @param length the payload's length
         * @return false to stop
         */
        boolean accept(long position, byte[] hashBytes, int hashOffset, byte[] bytes, int offset, int length);

        /**
         * Called when every record of a segment has been handed over. {@code release} gives the
         * segment's array back, to read a later segment into: call it only once no range handed
         * over is read any more. Not calling it costs only memory (a new array per segment).
         *
         * @param release gives the array back
         */
        default void segmentDone(Runnable release) {}
    }

    /**
     * Reads a segment into an array given back by the sink if one is large enough (so that a large
     * journal's open does not allocate, zero and collect one segment-sized array per segment),
     * else into a new one, a little larger than the segment so that the next segments fit too.
     */
    private static ReadAhead readAhead(Path p, Queue<byte[]> free) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE - (1 << 26)) {
                throw new IOException("segment " + p.getFileName() + " too large: " + size + " bytes");
            }
            int n = (int) size;
            byte[] b = free.poll();
            if (b == null || b.length < n) {
                b = new byte[n + n / 64];
            }
            ByteBuffer into = ByteBuffer.wrap(b, 0, n);
            while (into.hasRemaining() && ch.read(into) >= 0) {
                // reads until the segment's end
            }
            n = into.position();
            int off = HEADER;
            while (off < n && badFrame(b, off, n) == null) {
                off += FRAME_HEADER + u32(b, off);
            }
            return new ReadAhead(b, n, off);
        }
    }

    private static @Nullable Future<ReadAhead> readAheadAt(
            ExecutorService reader, List<Segment> found, int s, Queue<byte[]> free) {
        return s < found.size() ? reader.submit(() -> readAhead(found.get(s).path(), free)) : null;
    }

    private static ReadAhead await(Future<ReadAhead> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * Loads every record in chain order. Reading a segment and checking its frames' CRC32C run on a
     * second thread, one segment ahead of the records handed to the sink; the decisions (torn
     * tail, damage, the first bad frame) are taken here, in order, exactly as without it.
     */
    @Override
    public synchronized OpenReport load(RecordSink sink) {
        return loadFrames((position, hashBytes, hashOffset, bytes, offset, length) -> sink.accept(new StoredRecord(
                position,
                Arrays.copyOfRange(hashBytes, hashOffset, hashOffset + Hashing.HASH_BYTES),
                Arrays.copyOfRange(bytes, offset, offset + length))));
    }

    /**
     * Loads every record in chain order as {@link #load(RecordSink)} does, handing each record's
     * hash and payload as ranges of the segment's bytes instead of copies (the ledger's open).
     *
     * @param sink receives the records
     * @return what was repaired and what is damaged
     */
    synchronized OpenReport loadFrames(FrameSink sink) {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "journal-read-ahead");
            t.setDaemon(true);
            return t;
        });
        try {
            return load(sink, reader);
        } finally {
            reader.shutdownNow();
        }
    }

    /** Forgets what an earlier load found (the ledger loads again after a rollback). */
    private void resetForLoad() throws IOException {
        for (FileChannel r : readers) {
            r.close();
        }
        readers.clear();
        segments.clear();
        offsets = new LongList();
        if (current != null) {
            current.close();
            current = null;
        }
        currentSize = 0;
        buffer.clear();
        nextPosition = 0;
        lastHash = new byte[32];
        writable = false;
        broken = false;
    }

    private OpenReport load(FrameSink sink, ExecutorService reader) {
        List<Problem> repairs = new ArrayList<>();
        try {
            resetForLoad();
        } catch (IOException e) {
            throw new LedgerStoreException("cannot read journal " + dir + ": " + e.getMessage(), e);
        }
        Optional<Problem> damage = Optional.empty();
        long position = 0;
        long headSize = -1;
        byte[] headHash = null;
        byte[] hashAtHead = null;
        byte[] lastHashBytes = null;
        int lastHashAt = 0;
        try {
            Path headFile = dir.resolve("journal.head");
            if (Files.exists(headFile)) {
                byte[] h = Files.readAllBytes(headFile);
                if (h.length == HEAD_BYTES
                        && Arrays.equals(Arrays.copyOf(h, 4), HEAD_MAGIC)
                        && crc(h, 0, 44) == u32(h, 44)) {
                    headSize = u64(h, 4);
                    headHash = Arrays.copyOfRange(h, 12, 44);
                } else {
                    repairs.add(Problem.at(
                            LedgerProblem.HEAD_FILE_IGNORED, "$", h.length + " bytes, bad magic or checksum"));
                }
            }
            List<Segment> found = listSegments();
            boolean stop = false;
            Queue<byte[]> free = new ConcurrentLinkedQueue<>();
            @Nullable Future<ReadAhead> next = readAheadAt(reader, found, 0, free);
            for (int s = 0; s < found.size() && !stop; s++) {
                Segment seg = found.get(s);
                boolean last = s == found.size() - 1;
                ReadAhead ahead = await(Objects.requireNonNull(next));
                next = readAheadAt(reader, found, s + 1, free);
                byte[] b = ahead.bytes();
                int n = ahead.length();
                int soundEnd = ahead.soundEnd();
                String hp = headerProblem(b, n, position);
                if (hp != null && seg.firstPosition() != position) {
                    hp = "segment file name says position " + seg.firstPosition() + ", expected " + position;
                }
                if (hp != null) {
                    if (last
                            && n < HEADER
                            && position >= headSize
                            && Arrays.equals(Arrays.copyOf(b, Math.min(4, n)), Arrays.copyOf(MAGIC, Math.min(4, n)))) {
                        if (readOnly) {
                            repairs.add(Problem.at(
                                    LedgerProblem.TORN_TAIL_FOUND,
                                    "$",
                                    seg.path().getFileName(),
                                    0,
                                    n,
                                    position));
                        } else {
                            Path q = quarantine(dir, seg.path(), b, 0, n);
                            Files.delete(seg.path());
                            repairs.add(Problem.at(
                                    LedgerProblem.TORN_TAIL_TRUNCATED,
                                    "$",
                                    seg.path().getFileName(),
                                    0,
                                    n,
                                    q.getFileName()));
                        }
                    } else {
                        damage = Optional.of(Problem.at(
                                LedgerProblem.CORRUPT_RECORD, "$", seg.path().getFileName(), 0, position, hp, "?"));
                    }
                    break;
                }
                segments.add(seg);
                readers.add(FileChannel.open(seg.path(), StandardOpenOption.READ));
                int segIndex = segments.size() - 1;
                int off = HEADER;
                while (off < n) {
                    String bad = off < soundEnd ? null : badFrame(b, off, n);
                    if (bad != null) {
                        if (last && position >= headSize && torn(b, off, n) && !soundFrameAfter(b, off, n)) {
                            if (readOnly) {
                                repairs.add(Problem.at(
                                        LedgerProblem.TORN_TAIL_FOUND,
                                        "$",
                                        seg.path().getFileName(),
                                        off,
                                        n - off,
                                        position));
                            } else {
                                Path q = quarantine(dir, seg.path(), b, off, n);
                                try (FileChannel ch = FileChannel.open(seg.path(), StandardOpenOption.WRITE)) {
                                    ch.truncate(off);
                                    ch.force(true);
                                }
                                repairs.add(Problem.at(
                                        LedgerProblem.TORN_TAIL_TRUNCATED,
                                        "$",
                                        seg.path().getFileName(),
                                        off,
                                        n - off,
                                        q.getFileName()));
                            }
                            n = off;
                        } else {
                            damage = Optional.of(Problem.at(
                                    LedgerProblem.CORRUPT_RECORD,
                                    "$",
                                    seg.path().getFileName(),
                                    off,
                                    position,
                                    bad,
                                    storedId(b, off, n)));
                            stop = true;
                        }
                        break;
                    }
                    int len = u32(b, off);
                    int body = off + FRAME_HEADER;
                    long recPos = u64(b, body);
                    int hashAt = body + 8;
                    offsets.add(((long) segIndex << 40) | off);
                    if (position == headSize - 1) {
                        hashAtHead = Arrays.copyOfRange(b, hashAt, body + BODY_PREFIX);
                    }
                    lastHashBytes = b;
                    lastHashAt = hashAt;
                    position++;
                    if (!sink.accept(recPos, b, hashAt, b, body + BODY_PREFIX, len - BODY_PREFIX)) {
                        stop = true;
                        break;
                    }
                    off = body + len;
                }
                if (last && !stop && damage.isEmpty()) {
                    currentSize = n;
                }
                if (!stop) {
                    if (lastHashBytes == b) {
                        // copied now: the array may be given back and read into again
                        lastHash = Arrays.copyOfRange(lastHashBytes, lastHashAt, lastHashAt + Hashing.HASH_BYTES);
                        lastHashBytes = lastHash;
                        lastHashAt = 0;
                    }
                    byte[] done = b;
                    sink.segmentDone(() -> free.offer(done));
                }
            }
            nextPosition = position;
            if (damage.isEmpty() && !stop && headSize >= 0) {
                if (headSize > position) {
                    damage = Optional.of(
                            Problem.at(LedgerProblem.JOURNAL_CUT, "$", position, headSize, "records were cut off"));
                } else if (headSize > 0 && !Arrays.equals(hashAtHead, headHash)) {
                    damage = Optional.of(Problem.at(
                            LedgerProblem.JOURNAL_CUT,
                            "$",
                            position,
                            headSize,
                            "the hash at the head differs: history was rewritten"));
                }
            }
            if (lastHashBytes != null) {
                lastHash = Arrays.copyOfRange(lastHashBytes, lastHashAt, lastHashAt + Hashing.HASH_BYTES);
            }
            flushedSize = position;
            flushedHash = lastHash;
            headWritten = headSize;
            if (damage.isEmpty() && !readOnly) {
                writable = true;
                if (!segments.isEmpty()) {
                    Segment lastSeg = segments.get(segments.size() - 1);
                    current = FileChannel.open(lastSeg.path(), StandardOpenOption.WRITE, StandardOpenOption.READ);
                    currentSize = current.size();
                    current.position(currentSize);
                }
            }
        } catch (IOException e) {
            throw new LedgerStoreException("cannot read journal " + dir + ": " + e.getMessage(), e);
        }
        return new OpenReport(repairs, damage, position);
    }

    /**
     * Whether a bad frame at the end of the last segment looks like a write cut short (a crash):
     * an incomplete frame header, a frame running past the end of the file, or only zeros (space
     * a file system allocated but never wrote). A complete frame with a wrong checksum, or a
     * length no frame can have, is corruption of a written record.
     */
    private static boolean torn(byte[] b, int off, int end) {
        if (end - off < FRAME_HEADER) {
            return true;
        }
        boolean zeros = true;
        for (int i = off; i < end && zeros; i++) {
            zeros = b[i] == 0;
        }
        if (zeros) {
            return true;
        }
        int len = u32(b, off);
        return len >= BODY_PREFIX + 1 && len <= MAX_BODY && (long) off + FRAME_HEADER + len > end;
    }

    /** The entry id a (bad) frame's payload says it has, unverified, or "?". */
    private static String storedId(byte[] b, int off, int end) {
        int payload = off + FRAME_HEADER + BODY_PREFIX;
        if (payload >= end) {
            return "?";
        }
        try {
            String id = EntryCodec.decodeId(Arrays.copyOfRange(b, payload, end));
            return id.isBlank() || id.length() > 200 ? "?" : id;
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * Copies bytes about to be cut off a segment into a new quarantine file beside the segments
     * ({@code quarantine-<segment>-at-<offset>-<n>.bin}, never overwritten), forced to disk.
     *
     * @return the quarantine file
     */
    private static Path quarantine(Path dir, Path segment, byte[] b, int from, int to) throws IOException {
        String base = "quarantine-" + segment.getFileName() + "-at-" + from;
        Path q = dir.resolve(base + ".bin");
        for (int k = 2; Files.exists(q); k++) {
            q = dir.resolve(base + "-" + k + ".bin");
        }
        try (FileChannel ch = FileChannel.open(q, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer w = ByteBuffer.wrap(b, from, to - from);
            while (w.hasRemaining()) {
                ch.write(w);
            }
            ch.force(true);
        }
        return q;
    }

    private void newSegment(long first) throws IOException {
        Path p = dir.resolve(name(first));
        FileChannel ch =
                FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        try {
            ByteBuffer h = ByteBuffer.allocate(HEADER);
            h.put(MAGIC).putInt(1).putLong(first).flip();
            while (h.hasRemaining()) {
                ch.write(h);
            }
            ch.force(true);
        } catch (IOException e) {
            // a segment whose header cannot be written (a full disk) is not left behind, nor open
            ch.close();
            Files.deleteIfExists(p);
            throw e;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot force a directory; the segment itself is forced
        }
        segments.add(new Segment(first, p));
        readers.add(FileChannel.open(p, StandardOpenOption.READ));
        current = ch;
        currentSize = HEADER;
    }

    @Override
    public synchronized void append(StoredRecord record) {
        if (!writable || closed || broken) {
            throw new LedgerStoreException("journal is not writable");
        }
        int len = BODY_PREFIX + record.payload().length;
        int frame = FRAME_HEADER + len;
        try {
            if (current == null) {
                // the first segment is made by the first append, so that opening writes nothing
                newSegment(record.position());
            }
            if (currentSize + buffer.position() + frame > segmentBytes && currentSize + buffer.position() > HEADER) {
                writeBuffer();
                current.force(false);
                current.close();
                newSegment(record.position());
            }
            if (buffer.remaining() < frame) {
                writeBuffer();
                if (buffer.capacity() < frame) {
                    buffer = ByteBuffer.allocate(frame);
                }
            }
            long off = currentSize + buffer.position();
            CRC32C c = new CRC32C();
            byte[] pos = ByteBuffer.allocate(8).putLong(record.position()).array();
            c.update(pos);
            c.update(record.hash());
            c.update(record.payload());
            buffer.putInt(len)
                    .putInt((int) c.getValue())
                    .put(pos)
                    .put(record.hash())
                    .put(record.payload());
            offsets.add(((long) (segments.size() - 1) << 40) | off);
            nextPosition++;
            lastHash = record.hash();
        } catch (IOException e) {
            broken = true;
            throw new LedgerStoreException("cannot write journal: " + e.getMessage(), e);
        }
    }

    private void writeBuffer() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            currentSize += current.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public synchronized void flush() {
        if (current == null) {
            return;
        }
        try {
            writeBuffer();
            flushedHash = lastHash;
            flushedSize = nextPosition;
        } catch (IOException e) {
            broken = true;
            throw new LedgerStoreException("cannot write journal: " + e.getMessage(), e);
        }
    }

    /** Records the durable head, so that a later open notices records cut off at a frame boundary. */
    private void writeHead(long size, byte[] hash, long rollbacksSeen) throws IOException {
        synchronized (headLock) {
            if (size <= headWritten || rollbacksSeen != rollbacks) {
                // nothing new, or a rollback took back what the force made durable
                return;
            }
            writeHeadFile(size, hash);
        }
    }

    /** Writes the head file (under {@link #headLock}). */
    private void writeHeadFile(long size, byte[] hash) throws IOException {
        byte[] h = new byte[HEAD_BYTES];
        ByteBuffer b = ByteBuffer.wrap(h);
        b.put(HEAD_MAGIC).putLong(size).put(hash);
        b.putInt(crc(h, 0, 44));
        try (FileChannel ch =
                FileChannel.open(dir.resolve("journal.head"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer w = ByteBuffer.wrap(h);
            while (w.hasRemaining()) {
                ch.write(w, w.position());
            }
        }
        headWritten = size;
    }

    @Override
    public void force() {
        FileChannel c;
        long size;
        byte[] hash;
        long seen;
        synchronized (this) {
            c = current;
            size = flushedSize;
            hash = flushedHash;
            seen = rollbacks;
        }
        if (c == null) {
            return;
        }
        try {
            c.force(false);
            writeHead(size, hash, seen);
        } catch (IOException e) {
            synchronized (this) {
                broken = true;
            }
            throw new LedgerStoreException("cannot force journal: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized StoredRecord read(long position) {
        try {
            long o = offsets.get(position);
            int seg = (int) (o >>> 40);
            long off = o & ((1L << 40) - 1);
            if (seg == segments.size() - 1 && off >= currentSize) {
                // still in the buffer: read there (writing it out here could fail, as on a full disk)
                byte[] a = buffer.array();
                int at = (int) (off - currentSize);
                int len = u32(a, at);
                int body = at + FRAME_HEADER;
                return new StoredRecord(
                        u64(a, body),
                        Arrays.copyOfRange(a, body + 8, body + BODY_PREFIX),
                        Arrays.copyOfRange(a, body + BODY_PREFIX, body + len));
            }
            FileChannel ch = readers.get(seg);
            ByteBuffer head = ByteBuffer.allocate(FRAME_HEADER);
            readFully(ch, head, off);
            int len = head.getInt(0);
            if (len < BODY_PREFIX + 1 || len > MAX_BODY) {
                throw new LedgerStoreException("bad frame at position " + position);
            }
            ByteBuffer body = ByteBuffer.allocate(len);
            readFully(ch, body, off + FRAME_HEADER);
            byte[] b = body.array();
            return new StoredRecord(
                    u64(b, 0), Arrays.copyOfRange(b, 8, BODY_PREFIX), Arrays.copyOfRange(b, BODY_PREFIX, len));
        } catch (IOException e) {
            throw new LedgerStoreException("cannot read journal: " + e.getMessage(), e);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long off) throws IOException {
        long p = off;
        while (b.hasRemaining()) {
            int n = ch.read(b, p);
            if (n < 0) {
                throw new IOException("unexpected end of segment");
            }
            p += n;
        }
    }

    @Override
    public Optional<String> scan(long from, RecordSink sink) {
        List<Segment> segs;
        synchronized (this) {
            flush();
            segs = new ArrayList<>(segments);
        }
        try {
            for (Segment seg : segs) {
                byte[] b = Files.readAllBytes(seg.path());
                String hp = headerProblem(b, seg.firstPosition());
                if (hp != null) {
                    return Optional.of(seg.path().getFileName() + ": " + hp);
                }
                int off = HEADER;
                while (off < b.length) {
                    String bad = badFrame(b, off, b.length);
                    if (bad != null) {
                        return Optional.of(seg.path().getFileName() + " offset " + off + ": " + bad);
                    }
                    int len = u32(b, off);
                    int body = off + FRAME_HEADER;
                    long pos = u64(b, body);
                    if (pos >= from) {
                        StoredRecord r = new StoredRecord(
                                pos,
                                Arrays.copyOfRange(b, body + 8, body + BODY_PREFIX),
                                Arrays.copyOfRange(b, body + BODY_PREFIX, body + len));
                        if (!sink.accept(r)) {
                            return Optional.empty();
                        }
                    }
                    off = body + len;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new LedgerStoreException("cannot read journal: " + e.getMessage(), e);
        }
    }

    /**
     * Cuts the journal back to its first {@code size} records after a failed write: the segment
     * holding record {@code size} is truncated where that record starts, later segments (also one
     * whose creation failed half-way) are deleted, and the head file is written down to {@code
     * size} if it named more. The ledger loads the journal again afterwards.
     */
    @Override
    public synchronized void rollback(long size) {
        synchronized (headLock) {
            rollbacks++;
            try {
                buffer.clear();
                if (segments.isEmpty()) {
                    for (Segment s : listSegments()) {
                        Files.delete(s.path());
                    }
                } else {
                    int segIdx;
                    long off;
                    if (size < offsets.size()) {
                        long o = offsets.get(size);
                        segIdx = (int) (o >>> 40);
                        off = o & ((1L << 40) - 1);
                    } else {
                        segIdx = segments.size() - 1;
                        off = -1;
                    }
                    byte[] hash =
                            size == 0 ? new byte[32] : readWritten(size - 1).hash();
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    Segment keep = segments.get(segIdx);
                    for (Segment s : listSegments()) {
                        if (s.firstPosition() > keep.firstPosition()) {
                            Files.delete(s.path());
                        }
                    }
                    try (FileChannel ch = FileChannel.open(keep.path(), StandardOpenOption.WRITE)) {
                        if (off >= 0) {
                            ch.truncate(off);
                        }
                        ch.force(true);
                    }
                    if (headWritten > size) {
                        writeHeadFile(size, hash);
                    }
                }
                broken = false;
            } catch (IOException | RuntimeException e) {
                broken = true;
                throw new LedgerStoreException("cannot take back the failed write: " + e.getMessage(), e);
            }
        }
    }

    /** Reads a record that is on disk (not from the buffer, which a rollback drops). */
    private StoredRecord readWritten(long position) throws IOException {
        long o = offsets.get(position);
        FileChannel ch = readers.get((int) (o >>> 40));
        long off = o & ((1L << 40) - 1);
        ByteBuffer head = ByteBuffer.allocate(FRAME_HEADER);
        readFully(ch, head, off);
        ByteBuffer body = ByteBuffer.allocate(head.getInt(0));
        readFully(ch, body, off + FRAME_HEADER);
        byte[] b = body.array();
        return new StoredRecord(
                u64(b, 0), Arrays.copyOfRange(b, 8, BODY_PREFIX), Arrays.copyOfRange(b, BODY_PREFIX, b.length));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        try {
            if (current != null && !broken) {
                writeBuffer();
                current.force(false);
                writeHead(nextPosition, lastHash, rollbacks);
            }
        } catch (IOException e) {
            failure = e;
        }
        try {
            if (current != null) {
                current.close();
            }
            for (FileChannel r : readers) {
                r.close();
            }
            if (lock != null && lockChannel != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw new LedgerStoreException("cannot close journal: " + failure.getMessage(), failure);
        }
    }

    /**
     * Cuts a damaged journal off at its first bad record (or bad chain link is left to the
     * ledger): the records from there on are lost, which the report says.
     *
     * @param dir the journal directory (not open elsewhere)
     * @param keep the number of leading records to keep at most (a chain break found by the ledger)
     * @return the problems describing what was cut
     * @throws LedgerStoreException on I/O failure
     */
    public static List<Problem> repair(Path dir, long keep) {
        List<Problem> out = new ArrayList<>();
        try {
            JournalStore probe = open(dir, Long.MAX_VALUE)
                    .getOrElseThrow(p -> new LedgerStoreException(p.message(java.util.Locale.ENGLISH)));
            List<Segment> found;
            try {
                found = probe.listSegments();
            } finally {
                Objects.requireNonNull(probe.lock).release();
                Objects.requireNonNull(probe.lockChannel).close();
            }
            Files.deleteIfExists(dir.resolve("journal.head"));
            long position = 0;
            boolean cut = false;
            for (Segment seg : found) {
                byte[] b = Files.readAllBytes(seg.path());
                if (cut
                        || headerProblem(b, position) != null
                        || seg.firstPosition() != position
                        || (position >= keep && position > 0)) {
                    Path q = quarantine(dir, seg.path(), b, 0, b.length);
                    Files.delete(seg.path());
                    out.add(Problem.at(
                            LedgerProblem.QUARANTINED,
                            "$",
                            seg.path().getFileName(),
                            0,
                            b.length,
                            q.getFileName(),
                            cut ? "?" : String.valueOf(position)));
                    cut = true;
                    continue;
                }
                int off = HEADER;
                while (off < b.length) {
                    if (position >= keep
                            || badFrame(b, off, b.length) != null
                            || u64(b, off + FRAME_HEADER) != position) {
                        Path q = quarantine(dir, seg.path(), b, off, b.length);
                        try (FileChannel ch = FileChannel.open(seg.path(), StandardOpenOption.WRITE)) {
                            ch.truncate(off);
                            ch.force(true);
                        }
                        out.add(Problem.at(
                                LedgerProblem.QUARANTINED,
                                "$",
                                seg.path().getFileName(),
                                off,
                                b.length - off,
                                q.getFileName(),
                                position));
                        cut = true;
                        break;
                    }
                    off += FRAME_HEADER + u32(b, off);
                    position++;
                }
            }
            return out;
        } catch (IOException e) {
            throw new LedgerStoreException("cannot repair journal " + dir + ": " + e.getMessage(), e);
        }
    }
}
