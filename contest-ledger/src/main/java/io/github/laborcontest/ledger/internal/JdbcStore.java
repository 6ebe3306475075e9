// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.LedgerProblem;
import io.github.laborcontest.ledger.OpenReport;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.LedgerStoreException;
import io.github.laborcontest.ledger.spi.RecordSink;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A ledger table in a JDBC database: {@code position BIGINT PRIMARY KEY, entry_id VARCHAR(200)
 * NOT NULL UNIQUE, hash BYTEA, payload BYTEA}. The unique constraints enforce, in the database,
 * that no position is written twice and that an id is recorded once. Appends are batched and
 * committed by {@link #flush()}.
 */
public final class JdbcStore implements LedgerStore {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final Connection connection;
    private final String table;
    private final List<StoredRecord> pending = new ArrayList<>();
    private long committed;

    private JdbcStore(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /**
     * Connects and creates the table if needed.
     *
     * @param ds the data source
     * @param table the table name
     * @return the store or the problem
     */
    public static Either<Problem, JdbcStore> open(DataSource ds, String table) {
        if (!TABLE.matcher(table).matches()) {
            return Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", "bad table name " + table));
        }
        try {
            Connection c = ds.getConnection();
            try {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                            + "position BIGINT PRIMARY KEY CHECK (position >= 0), "
                            + "entry_id VARCHAR(200) NOT NULL UNIQUE, "
                            + "hash BYTEA NOT NULL CHECK (octet_length(hash) = 32), "
                            + "payload BYTEA NOT NULL)");
                }
                c.commit();
                return Either.right(new JdbcStore(c, table));
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            return Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", e.getMessage()));
        }
    }

    @Override
    public synchronized OpenReport load(RecordSink sink) {
        long n = 0;
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT position, hash, payload FROM " + table + " ORDER BY position")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    if (!sink.accept(new StoredRecord(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))) {
                        break;
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot read table " + table + ": " + e.getMessage(), e);
        }
        committed = n;
        return new OpenReport(List.of(), Optional.empty(), n);
    }

    @Override
    public synchronized void append(StoredRecord record) {
        pending.add(record);
    }

    @Override
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + table + " (position, entry_id, hash, payload) VALUES (?, ?, ?, ?)")) {
            for (StoredRecord r : pending) {
                ps.setLong(1, r.position());
                ps.setString(2, EntryCodec.decodeId(r.payload()));
                ps.setBytes(3, r.hash());
                ps.setBytes(4, r.payload());
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
            committed += pending.size();
            pending.clear();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            String what = failedEntry(e);
            pending.clear();
            throw new LedgerStoreException(what + ": " + reason(e), e);
        }
    }

    /**
     * Names the entry whose row the database refused (the first of the batch if the driver does
     * not say which), by id and position; never the statement or the payload.
     */
    private String failedEntry(SQLException e) {
        int at = 0;
        if (e instanceof java.sql.BatchUpdateException b && b.getUpdateCounts() != null) {
            int[] counts = b.getUpdateCounts();
            at = counts.length;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    at = i;
                    break;
                }
            }
        }
        boolean known = at < pending.size();
        StoredRecord r = pending.get(known ? at : 0);
        String id;
        try {
            id = printable(EntryCodec.decodeId(r.payload()));
        } catch (RuntimeException ex) {
            id = "?";
        }
        String others =
                pending.size() > 1 ? " (the " + pending.size() + " entries of its commit were not recorded)" : "";
        return "the database did not record entry " + id + " at position " + r.position() + others;
    }

    /** The database's reason, first line only, without the statement or the values it held. */
    private static String reason(SQLException e) {
        SQLException last = e;
        while (last.getNextException() != null && last.getNextException() != last) {
            last = last.getNextException();
        }
        String m = String.valueOf(last.getMessage()).strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        if (m.contains("INSERT") || m.contains("\\x") || m.length() > 200) {
            m = "the row was refused";
        }
        return printable(m) + (last.getSQLState() != null ? " (SQL state " + last.getSQLState() + ")" : "");
    }

    /** A text with its control characters escaped (backslash, u, four hex digits), so that a message prints safely. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public synchronized void rollback(long size) {
        pending.clear();
        if (committed <= size) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE position >= ?")) {
            ps.setLong(1, size);
            ps.executeUpdate();
            connection.commit();
            committed = size;
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot take back rows of " + table + " from position " + size, e);
        }
    }

    @Override
    public void force() {
        // flush() commits; a committed transaction is durable in the database
    }

    @Override
    public synchronized StoredRecord read(long position) {
        if (position >= committed && position - committed < pending.size()) {
            return pending.get((int) (position - committed));
        }
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT position, hash, payload FROM " + table + " WHERE position = ?")) {
            ps.setLong(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerStoreException("no record at position " + position);
                }
                StoredRecord r = new StoredRecord(rs.getLong(1), rs.getBytes(2), rs.getBytes(3));
                connection.commit();
                return r;
            }
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<String> scan(long from, RecordSink sink) {
        flush();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT position, hash, payload FROM " + table + " WHERE position >= ? ORDER BY position")) {
            ps.setFetchSize(10_000);
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!sink.accept(new StoredRecord(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))) {
                        break;
                    }
                }
            }
            connection.commit();
            return Optional.empty();
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            flush();
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new LedgerStoreException("cannot close: " + e.getMessage(), e);
            }
        }
    }
}
