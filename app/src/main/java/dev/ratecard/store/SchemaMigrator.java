package dev.ratecard.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Flyway, set up for the workspace: numbered, forward-only SQL scripts ({@code V1__workspace.sql} …) found
 * in the given classpath locations. Versions are whole numbers, so that "schema version 3" means one
 * thing to the user and to the check that refuses a newer workspace.
 */
final class SchemaMigrator {
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final long RETRY_PAUSE_MS = 20;
    static final String DEFAULT_LOCATION = "classpath:db/migration";

    /**
     * The newest script in {@link #DEFAULT_LOCATION}, so that opening a workspace that is up to date needs no
     * Flyway at all: setting it up and resolving the scripts costs about a third of a second, more than the rest
     * of a small command. {@code SchemaMigratorTest} fails when a script is added without raising it.
     */
    static final int SHIPPED_VERSION = 5;

    private final Path file;
    private final DataSource dataSource;
    private final List<String> locations;
    private Flyway flyway;

    SchemaMigrator(Path file, DataSource dataSource, List<String> locations) {
        this.file = file;
        this.dataSource = dataSource;
        this.locations = List.copyOf(locations);
    }

    private Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .cleanDisabled(true)
                    .load();
        }
        return flyway;
    }

    /**
     * The newest schema version among the scripts this Ratecard ships: {@link #SHIPPED_VERSION} for its own
     * scripts, otherwise (tests add scripts of their own) resolved by Flyway against an empty in-memory database,
     * so that the workspace file is not even opened by Flyway before it is known to be safe to.
     */
    int newestKnownVersion() {
        return locations.equals(List.of(DEFAULT_LOCATION)) ? SHIPPED_VERSION : resolveNewestVersion();
    }

    /** The newest version among the scripts Flyway finds in this migrator's locations. */
    int resolveNewestVersion() {
        SQLiteDataSource empty = new SQLiteDataSource();
        empty.setUrl("jdbc:sqlite::memory:");
        try {
            Flyway resolver = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .configuration(flyway().getConfiguration())
                    .dataSource(empty)
                    .load();
            return Arrays.stream(resolver.info().all())
                    .filter(info -> info.getVersion() != null && info.getState().isResolved())
                    .map(MigrationInfo::getVersion)
                    .mapToInt(version -> parseVersion(version.getVersion()))
                    .max()
                    .orElseThrow(() -> new StoreException("No schema migrations found on the classpath"));
        } catch (FlywayException e) {
            throw new StoreException("Could not read the schema migrations for " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies every pending script in order, each in its own transaction. Another connection creating the same
     * fresh file at the same moment holds its lock while it migrates, and opening a connection in WAL mode then
     * fails with SQLITE_BUSY before any busy timeout applies; so a busy lock is waited out, for as long as a
     * connection would wait, and the migration run again (it applies only what is still pending).
     */
    void migrate() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Connections.BUSY_TIMEOUT_MS);
        while (true) {
            try {
                flyway().migrate();
                return;
            } catch (FlywayException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw new StoreException("Could not upgrade the schema of " + file
                            + "; the failed step was rolled back: " + e.getMessage(), e);
                }
                pauseBeforeRetry(e);
            }
        }
    }

    static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
                return true;
            }
        }
        return false;
    }

    private void pauseBeforeRetry(FlywayException busy) {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("Stopped waiting for the lock on " + file + ": " + busy.getMessage(), busy);
        }
    }

    static int parseVersion(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new StoreException("Schema version \"" + version + "\" is not a whole number", e);
        }
    }
}
