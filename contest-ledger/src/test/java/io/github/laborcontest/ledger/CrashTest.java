// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM appends with fsync per append and is killed with SIGKILL ({@code kill -9}) at
 * random points; after every kill the journal opens, no acknowledged entry is lost and the chain
 * verifies. 12 kills by default; {@code -Dledger.crash.kills=100} (as {@code .ci/run} does) for
 * the full run.
 */
class CrashTest {

    static final long SEED = 4242;

    @TempDir
    Path dir;

    @Test
    void killNineAtRandomPointsLosesNoAcknowledgedEntry() throws Exception {
        int kills = Integer.getInteger("ledger.crash.kills", 12);
        Random random = new Random(Long.getLong("ledger.crash.seed", System.nanoTime()));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> acked = Collections.synchronizedList(new ArrayList<>());
        int tornTails = 0;
        long size = 0;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(
                            java,
                            "-Xshare:auto",
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashChild.class.getName(),
                            dir.toString(),
                            Long.toString(size),
                            Long.toString(SEED))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            // kill after a random number of acknowledgements (1..40) plus a random delay (0..30 ms)
            CountDownLatch enough = new CountDownLatch(1 + random.nextInt(40));
            Thread reader = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("ready")) {
                            ready.countDown();
                        } else if (line.startsWith("ok ")) {
                            acked.add(line.substring(3));
                            enough.countDown();
                        } else {
                            throw new AssertionError("child said: " + line);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes when the child dies
                }
            });
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS))
                    .as("child %d started", k)
                    .isTrue();
            assertThat(enough.await(120, TimeUnit.SECONDS))
                    .as("child %d appended", k)
                    .isTrue();
            Thread.sleep(random.nextInt(31));
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor();
            reader.join();
            try (Ledger l =
                    Ledgers.openJournal(dir).getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)))) {
                assertThat(l.openReport().damage()).as("after kill %d", k).isEmpty();
                tornTails += l.openReport().repairs().size();
                assertThat(l.verify().sound()).as("chain after kill %d", k).isTrue();
                assertThat(l.size()).isGreaterThanOrEqualTo(size);
                size = l.size();
                List<String> copy;
                synchronized (acked) {
                    copy = new ArrayList<>(acked);
                }
                for (String id : copy) {
                    assertThat(l.find(EntryId.of(id)))
                            .as("acknowledged %s after kill %d", id, k)
                            .isPresent();
                }
            }
        }
        assertThat(acked).isNotEmpty();
        System.out.printf(
                "crash test: %d kills, %d acknowledged entries, %d entries in the journal, %d torn tails repaired%n",
                kills, acked.size(), size, tornTails);
    }
}
