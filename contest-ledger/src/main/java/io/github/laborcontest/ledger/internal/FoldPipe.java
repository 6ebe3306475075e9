// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Entry;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Folds appended entries into the ledger's live fold on a second thread, in batches of {@link
 * #BATCH} in chain order, so that an append does not wait for the fold. Readers of the fold take
 * it through {@link #drained()}, which waits for the queued batches and folds the rest itself.
 * Every method runs under the ledger's lock. The fold thread ends after a second without work, so
 * a ledger nobody closes keeps no thread; a ledger that never fills a batch never starts one.
 */
final class FoldPipe {
    /** The entries handed to the fold thread at a time. */
    static final int BATCH = 256;

    /** The most batches waiting to be folded before an append waits for the oldest. */
    private static final int MAX_PENDING = 16;

    private final FoldState fold;
    private final ThreadPoolExecutor thread;
    private final ArrayDeque<Future<?>> pending = new ArrayDeque<>();
    private Entry[] batch = new Entry[BATCH];
    private int size;

    /**
     * A pipe into a fold that only it changes from now on.
     *
     * @param fold the fold
     */
    FoldPipe(FoldState fold) {
        this.fold = fold;
        this.thread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ledger-append-fold");
            t.setDaemon(true);
            return t;
        });
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * Queues the next appended entry; a full batch goes to the fold thread.
     *
     * @param e the entry, checked and stored
     */
    void add(Entry e) {
        batch[size++] = e;
        if (size == BATCH) {
            Entry[] full = batch;
            batch = new Entry[BATCH];
            size = 0;
            pending.add(thread.submit(() -> {
                for (Entry x : full) {
                    fold.add(x);
                }
            }));
            while (!pending.isEmpty()
                    && (pending.size() > MAX_PENDING || pending.peek().isDone())) {
                await(pending.poll());
            }
        }
    }

    /**
     * The fold with every entry queued so far added.
     *
     * @return the fold, which the caller may read (and copy) while it holds the ledger's lock
     */
    FoldState drained() {
        while (!pending.isEmpty()) {
            await(pending.poll());
        }
        for (int i = 0; i < size; i++) {
            fold.add(batch[i]);
            batch[i] = null;
        }
        size = 0;
        return fold;
    }

    /** Waits for a batch, interruptions put off until it is done (the fold must not be left half-read). */
    private static void await(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("folding appended entries failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
