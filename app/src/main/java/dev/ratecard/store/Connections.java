package dev.ratecard.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The connections to one workspace file, each configured for its job. All use WAL, so that readers (the
 * window, a usage cursor) never block the import that writes, and wait up to {@link #BUSY_TIMEOUT_MS}
 * for a lock instead of failing at once.
 *
 * <p>Every connection is opened without SQLite's own mutex ({@link #settings()}): the driver already makes each call
 * on a connection under that connection's lock, so SQLite's second lock, taken and released inside every call, only
 * costs time. An import makes a call per bound value, about 13 million for a million-row export.
 */
final class Connections {
    static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * 256 MiB of page cache for imports, native memory taken only as pages are used: a million rows with their
     * indexes fit, so an import into a workspace with rows keeps the pages of the indexes it updates row by row in
     * memory instead of spilling them to the WAL and writing them again. A smaller import uses what it needs. An
     * import into an empty table, whose indexes are built once at the end, goes back to a small cache
     * ({@link DeferredIndexes}).
     */
    private static final int IMPORT_CACHE_KIB = 262_144;
    /**
     * The page size of a new workspace. SQLite's default is 4 KiB; a usage row is about 200 bytes, and with 16 KiB
     * pages a million-row import's inserts, index builds and commit do about a fifth less work (fewer pages to
     * split, link and write: 2.03 s against 2.34 s for the same rows in {@code docs/benchmarks.md}). Settings and
     * scenarios are a few rows each, so the larger page costs them nothing noticeable. An existing workspace keeps
     * the size it was created with.
     */
    static final int NEW_PAGE_SIZE = 16_384;

    private final Path file;

    Connections(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** For the checks at open: no pragma that could write to a file that may be damaged or not ours. */
    Connection inspection() throws SQLException {
        SQLiteConfig config = settings();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url(file));
    }

    /**
     * Lays out a new workspace file before anything is written to it: its page size, then WAL mode, which writes the
     * file's header and so fixes the size (a connection configured for WAL would fix SQLite's default first). On a
     * file that already has content both are no-ops: the size stays, and the file is in WAL mode already.
     */
    void layOutNewFile() throws SQLException {
        try (Connection connection = settings().createConnection(url(file));
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = " + NEW_PAGE_SIZE);
            statement.execute("PRAGMA journal_mode = WAL");
        }
    }

    /**
     * For Flyway. Foreign keys stay off while migrating: a future migration that rebuilds a table (create
     * new, copy, drop old, rename) would otherwise cascade the drop into the child rows, and the pragma
     * cannot be changed inside the migration's transaction. {@link WorkspaceDatabase} checks the keys after.
     */
    DataSource forMigration() {
        SQLiteConfig config = durable();
        config.enforceForeignKeys(false);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url(file));
        return source;
    }

    /**
     * The shared connection for everything but imports. {@code synchronous=FULL}: a scenario edit is small
     * and the user expects it to survive a power cut, which WAL guarantees only with FULL.
     */
    Connection shared() throws SQLException {
        return durable().createConnection(url(file));
    }

    /**
     * An import's own connection, so that its long transaction never swallows a scenario edit made
     * meanwhile. {@code synchronous=NORMAL}: in WAL mode a power cut can then lose the last commit but never
     * corrupt the file or half-apply it, and an import can simply be run again; FULL would add an fsync
     * per WAL checkpoint of a bulk load for no gain in atomicity. Foreign keys are not checked (see below).
     */
    Connection forImport() throws SQLException {
        SQLiteConfig config = writer();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // An import inserts only its own batch row and rows and issues that point at it, in one transaction:
        // the reference cannot dangle, and checking it would cost a lookup per row. Deletes, which cascade,
        // run on the shared connection, which keeps foreign keys on.
        config.enforceForeignKeys(false);
        config.setCacheSize(-IMPORT_CACHE_KIB);
        return config.createConnection(url(file));
    }

    /** A read-only connection for a cursor: it reads one consistent snapshot while imports go on. */
    Connection reader() throws SQLException {
        SQLiteConfig config = settings();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url(file));
    }

    /** A read-only connection to another file, e.g. a backup being checked. */
    static Connection readOnly(Path other) throws SQLException {
        SQLiteConfig config = settings();
        config.setReadOnly(true);
        return config.createConnection(url(other));
    }

    private static SQLiteConfig durable() {
        SQLiteConfig config = writer();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config;
    }

    private static SQLiteConfig writer() {
        SQLiteConfig config = settings();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Take the write lock when a transaction begins, not at its first write: two writers that both
        // started reading could otherwise deadlock on the upgrade and one would fail with SQLITE_BUSY.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /**
     * A new configuration for a connection to a workspace file: SQLite's multi-thread mode, in which the caller
     * promises never to use one connection from two threads at once, as sqlite-jdbc does (every native method of
     * its {@code NativeDB} is {@code synchronized}; the one that is not, {@code interrupt}, is safe from any thread in
     * either mode). SQLite then takes no mutex of its own per call: a million-row import's writing thread spent
     * 0.17 s of its 2.5 s locking and unlocking one ({@code docs/benchmarks.md}).
     */
    static SQLiteConfig settings() {
        NativeLibraryCopy.useCopyInCacheOnce();
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        return config;
    }

    private static String url(Path path) {
        return "jdbc:sqlite:" + path;
    }
}
