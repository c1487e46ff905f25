package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Connections are opened in SQLite's multi-thread mode, without its per-call mutex, because the driver serialises
 * every call on a connection itself; the last test holds the driver to that.
 */
class ConnectionSettingsTest {
    private static final int ROWS_PER_THREAD = 5_000;

    @TempDir
    Path folder;

    @Test
    void aConnectionIsOpenedWithoutSqlitesOwnMutex() {
        int flags = Connections.settings().getOpenModeFlags();

        assertEquals(SQLiteOpenMode.NOMUTEX.flag, flags & SQLiteOpenMode.NOMUTEX.flag);
        assertEquals(0, flags & SQLiteOpenMode.FULLMUTEX.flag);
        assertEquals(SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.CREATE.flag,
                flags & (SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.CREATE.flag));
    }

    @Test
    void aReadOnlyConnectionStaysWithoutTheMutex() {
        SQLiteConfig config = Connections.settings();
        config.setReadOnly(true);
        int flags = config.getOpenModeFlags();

        assertEquals(SQLiteOpenMode.NOMUTEX.flag, flags & SQLiteOpenMode.NOMUTEX.flag);
        assertEquals(SQLiteOpenMode.READONLY.flag, flags & (SQLiteOpenMode.READONLY.flag | SQLiteOpenMode.READWRITE.flag));
    }

    /**
     * Two threads bind, step and read on one connection at the same time, as nothing in Ratecard does on purpose but
     * a cancel or a close from another thread could. Without the driver's own lock, multi-thread mode would let their
     * calls interleave inside SQLite and lose or mix rows; with it, each thread's rows are all there, each row whole.
     */
    @Test
    void twoThreadsSharingOneConnectionGetEveryRowWhole() throws Exception {
        try (Connection connection = Connections.settings().createConnection("jdbc:sqlite:" + folder.resolve("shared.db"));
             Statement setUp = connection.createStatement()) {
            // Speed only: no row of this file needs to survive a crash.
            setUp.execute("PRAGMA synchronous = OFF");
            setUp.execute("CREATE TABLE t (thread INTEGER NOT NULL, n INTEGER NOT NULL, twice INTEGER NOT NULL)");
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(() -> insert(connection, 1));
                Future<?> second = threads.submit(() -> insert(connection, 2));
                first.get();
                second.get();
            } finally {
                threads.shutdownNow();
            }
            try (ResultSet counts = setUp.executeQuery("SELECT count(*), sum(n), sum(twice = 2 * n) FROM t GROUP BY thread"
                    + " ORDER BY thread")) {
                for (int thread = 1; thread <= 2; thread++) {
                    counts.next();
                    assertEquals(ROWS_PER_THREAD, counts.getLong(1));
                    // 0 + 1 + … + 4,999 = 4,999 × 5,000 / 2
                    assertEquals(12_497_500L, counts.getLong(2));
                    assertEquals(ROWS_PER_THREAD, counts.getLong(3));
                }
            }
        }
    }

    private static Void insert(Connection connection, int thread) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
            for (int n = 0; n < ROWS_PER_THREAD; n++) {
                insert.setInt(1, thread);
                insert.setInt(2, n);
                insert.setLong(3, 2L * n);
                insert.executeUpdate();
            }
        }
        return null;
    }
}
