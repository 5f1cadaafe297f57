package org.ecokiosk.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.model.MonthlyUsage;
import org.ecokiosk.model.UsageCount;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's own small database of anonymous screen counts (per day, screen and language),
 * in its state folder, never in a snapshot. Each row keeps how many were already reported, so
 * what a failed status report could not send is sent with the next one.
 */
public final class UsageCounts implements AutoCloseable {
    private final Connection connection;

    private UsageCounts(Connection connection) {
        this.connection = connection;
    }

    public static UsageCounts open(Path file) throws SnapshotException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SqliteNativeLibrary.useCachedCopy();
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(5000);
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS usage (day TEXT NOT NULL, screen TEXT NOT NULL,"
                        + " language TEXT NOT NULL, opened INTEGER NOT NULL, reported INTEGER NOT NULL DEFAULT 0,"
                        + " PRIMARY KEY (day, screen, language))");
            }
            return new UsageCounts(c);
        } catch (SQLException | java.io.IOException e) {
            throw new SnapshotException("cannot open the usage counts " + file + ": " + e.getMessage(), e);
        }
    }

    /** One more opening of {@code screen} in {@code language} on {@code day}. */
    public synchronized void opened(LocalDate day, String screen, String language) throws SnapshotException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO usage (day, screen, language, opened)"
                + " VALUES (?, ?, ?, 1) ON CONFLICT (day, screen, language) DO UPDATE SET opened = opened + 1")) {
            st.setString(1, day.toString());
            st.setString(2, screen);
            st.setString(3, language);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new SnapshotException("cannot count a screen opening: " + e.getMessage(), e);
        }
    }

    /** What has not been reported yet, oldest day first. */
    public synchronized List<UsageCount> unreported() throws SnapshotException {
        return query("SELECT day, screen, language, opened - reported FROM usage WHERE opened > reported"
                + " ORDER BY day, screen, language", List.of());
    }

    /** All openings from {@code from} to {@code to} inclusive (for totals a bulletin may cite). */
    public synchronized List<UsageCount> between(LocalDate from, LocalDate to) throws SnapshotException {
        return query("SELECT day, screen, language, opened FROM usage WHERE day >= ? AND day <= ?"
                + " ORDER BY day, screen, language", List.of(from.toString(), to.toString()));
    }

    /** Totals per month from {@code from} on (cumulative, so a report that replaces the last loses nothing). */
    public synchronized List<MonthlyUsage> byMonth(YearMonth from) throws SnapshotException {
        try (PreparedStatement st = connection.prepareStatement("SELECT substr(day, 1, 7), screen, language,"
                + " SUM(opened) FROM usage WHERE day >= ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
            st.setString(1, from.atDay(1).toString());
            List<MonthlyUsage> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthlyUsage(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SnapshotException("cannot read the usage counts: " + e.getMessage(), e);
        }
    }

    /** The office received {@code sent}: those openings are not sent again. */
    public synchronized void reported(List<UsageCount> sent) throws SnapshotException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE usage SET reported = reported + ?"
                + " WHERE day = ? AND screen = ? AND language = ?")) {
            connection.setAutoCommit(false);
            for (UsageCount u : sent) {
                st.setLong(1, u.count());
                st.setString(2, u.day().toString());
                st.setString(3, u.screen());
                st.setString(4, u.language());
                st.addBatch();
            }
            st.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SnapshotException("cannot mark usage counts as reported: " + e.getMessage(), e);
        } finally {
            autoCommitQuietly();
        }
    }

    private List<UsageCount> query(String sql, List<String> args) throws SnapshotException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setString(i + 1, args.get(i));
            }
            List<UsageCount> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new UsageCount(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SnapshotException("cannot read the usage counts: " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the connection's state; nothing was marked
        }
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next statement reports a broken connection itself
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed is not worth a warning
        }
    }
}
