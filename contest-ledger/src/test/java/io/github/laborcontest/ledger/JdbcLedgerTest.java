// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store against a real PostgreSQL server started by {@link PostgresServer}. */
class JdbcLedgerTest {

    static PostgresServer server;
    static DataSource ds;

    static String unavailable;

    @BeforeAll
    static void startServer() throws Exception {
        try {
            server = PostgresServer.start();
            ds = server.dataSource();
        } catch (org.opentest4j.TestAbortedException e) {
            unavailable = e.getMessage(); // reported as a skip of every test below (never on CI)
        }
    }

    @BeforeEach
    void needsServer() {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static Ledger open(String table) {
        return Ledgers.openJdbc(ds, table, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)));
    }

    @Test
    void appendsReopensAndVerifies() {
        List<Entry> es = SampleEntries.generate(500, 31);
        ChainHead head;
        try (Ledger l = open("ledger_a")) {
            assertThat(l.appendBatch(es.subList(0, 300))).allMatch(a -> a.isRight());
            es.subList(300, 500).forEach(e -> assertThat(l.append(e).isRight()).isTrue());
            assertThat(l.append(es.get(3)).get().alreadyRecorded()).isTrue();
            head = l.head();
        }
        try (Ledger l = open("ledger_a")) {
            assertThat(l.size()).isEqualTo(500);
            assertThat(l.head()).isEqualTo(head);
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(es).standings());
            Entry changed = new Entry.Builder()
                    .from(es.get(7))
                    .evidence(List.of("other"))
                    .build();
            assertThat(l.append(changed).getLeft().code()).isEqualTo(LedgerProblem.DUPLICATE_ID_DIFFERENT_CONTENT);
        }
    }

    @Test
    void aRowTheDatabaseRefusesIsNotCountedAndTheLedgerGoesOnNamingTheEntry() throws SQLException {
        List<Entry> es = SampleEntries.generate(3, 41);
        // IdRule refuses a NUL in an id before it reaches the store, so the database is made to
        // refuse the row by a check constraint the test adds once the store has made its table
        Entry bad = new Entry.Builder()
                .from(es.get(1))
                .id(EntryId.of("E-refused-victim"))
                .build();
        try (Ledger l = open("ledger_nul")) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "ALTER TABLE ledger_nul ADD CONSTRAINT no_victim CHECK (entry_id NOT LIKE '%victim%')")) {
                ps.executeUpdate();
            }
            assertThat(l.append(es.get(0)).isRight()).isTrue();
            LedgerRejection r = l.append(bad).getLeft();
            assertThat(r.code()).isEqualTo(LedgerProblem.STORE_FAILED);
            assertThat(r.entryId()).contains(bad.id());
            assertThat(r.message(Locale.ENGLISH))
                    .startsWith(
                            "$: the store failed: the database did not record entry E-refused-victim at position 1: ")
                    .contains("(SQL state ")
                    .doesNotContain("INSERT")
                    .doesNotContain("\\x");
            // nothing counted that the database did not commit, and the ledger is still appendable
            assertThat(l.size()).isEqualTo(1);
            assertThat(l.find(bad.id())).isEmpty();
            assertThat(l.append(es.get(1)).isRight()).isTrue();
            assertThat(l.appendBatch(List.of(bad, es.get(2))))
                    .allSatisfy(a -> assertThat(a.getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED));
            assertThat(l.append(es.get(2)).isRight()).isTrue();
            assertThat(l.size()).isEqualTo(3);
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(es).standings());
        }
        try (Ledger l = open("ledger_nul")) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(3);
            assertThat(l.verify().sound()).isTrue();
        }
    }

    @Test
    void uniqueConstraintsEnforceIdempotencyInTheDatabase() throws SQLException {
        try (Ledger l = open("ledger_b")) {
            SampleEntries.generate(5, 32).forEach(l::append);
        }
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ledger_b (position, entry_id, hash, payload) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, 5);
            ps.setString(2, "E-32-0000000001");
            ps.setBytes(3, new byte[32]);
            ps.setBytes(4, new byte[] {2});
            assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            ps.setLong(1, 4);
            ps.setString(2, "E-new");
            assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void aTamperedRowIsFoundByVerification() throws SQLException {
        try (Ledger l = open("ledger_c")) {
            SampleEntries.generate(40, 33).forEach(l::append);
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                // an administrator changes the amount bytes of entry 12 directly in the table
                s.executeUpdate(
                        "UPDATE ledger_c SET payload = overlay(payload placing '\\x07'::bytea from octet_length(payload) - 3 for 1) WHERE position = 12");
            }
            ChainBreak b = l.verify().firstBreak().orElseThrow();
            assertThat(b.position()).isEqualTo(12);
            assertThat(b.kind()).isEqualTo(ChainBreak.Kind.ALTERED);
            assertThat(b.entryId()).contains(EntryId.of("E-33-0000000012"));
        }
        try (Ledger l = open("ledger_c")) {
            assertThat(l.openReport().damage()).isPresent();
            assertThat(l.size()).isEqualTo(12);
            assertThat(l.append(SampleEntries.generate(1, 34).get(0)).getLeft().code())
                    .isEqualTo(LedgerProblem.DAMAGED);
        }
    }
}
