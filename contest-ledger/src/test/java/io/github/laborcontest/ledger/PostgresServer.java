// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL server for tests: {@code initdb} and {@code pg_ctl} of Debian's package
 * (/usr/lib/postgresql/&lt;version&gt;/bin, or {@code $PG_BIN}) on a free loopback port in a
 * temporary data directory, run as the {@code postgres} user when the tests run as root. If
 * PostgreSQL is not installed the tests are skipped, except on CI ({@code CI=true}) where they
 * fail: the JDBC store is always really tested there ({@code .ci/install-postgresql.sh}).
 */
final class PostgresServer implements AutoCloseable {

    final Path dataDir;
    final int port;
    private final Path bin;
    private final boolean asRoot;

    private PostgresServer(Path bin, Path dataDir, int port, boolean asRoot) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = asRoot;
    }

    static Optional<Path> findBin() {
        String env = System.getenv("PG_BIN");
        if (env != null && System.getProperty("ledger.pg.root") == null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        // -Dledger.pg.root=/nowhere simulates a machine without PostgreSQL (to check the CI rule)
        Path root = Path.of(System.getProperty("ledger.pg.root", "/usr/lib/postgresql"));
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin"))
                    .filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(
                            p -> versionOf(p.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Starts a server, or skips (fails on CI) if PostgreSQL is not installed. */
    static PostgresServer start() throws Exception {
        Optional<Path> bin = findBin();
        if (bin.isEmpty()) {
            String why =
                    "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb, no $PG_BIN); run .ci/install-postgresql.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true: the JDBC store must be tested against PostgreSQL, but " + why);
            }
            Assumptions.abort(why);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("ledger-pg");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer pg = new PostgresServer(bin.get(), dir, port, root);
        pg.pg(List.of(
                bin.get().resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-A",
                "trust",
                "-U",
                "ledger",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C"));
        pg.pg(List.of(
                bin.get().resolve("pg_ctl").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-w",
                "-t",
                "60",
                "-l",
                dir.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on",
                "start"));
        return pg;
    }

    private void pg(List<String> command) throws Exception {
        List<String> c = new ArrayList<>();
        if (asRoot) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(command);
        run(c, true);
    }

    private static void run(List<String> command, boolean check) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (check && p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed (" + p.exitValue() + "):\n" + out);
        }
    }

    PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("postgres");
        ds.setUser("ledger");
        return ds;
    }

    @Override
    public void close() throws IOException {
        try {
            pg(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    dataDir.resolve("data").toString(),
                    "-m",
                    "immediate",
                    "-w",
                    "stop"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        } catch (Exception e) {
            throw new IOException("cannot stop PostgreSQL: " + e.getMessage(), e);
        } finally {
            TempDirs.delete(dataDir);
        }
    }
}
