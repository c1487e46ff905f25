package dev.ratecard.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Flyway, set up for the workspace: numbered, forward-only SQL scripts ({@code V1__workspace.sql} …) found
 * in the given classpath locations. Versions are whole numbers, so that "schema version 3" means one
 * thing to the user and to the check that refuses a newer workspace.
 */
final class SchemaMigrator {
    static final String HISTORY_TABLE = "flyway_schema_history";
    static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final Flyway flyway;
    private final Path file;

    SchemaMigrator(Path file, DataSource dataSource, List<String> locations) {
        this.file = file;
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /**
     * The newest schema version among the scripts this Ratecard ships. Resolved against an empty in-memory
     * database, so that the workspace file is not even opened by Flyway before it is known to be safe to.
     */
    int newestKnownVersion() {
        SQLiteDataSource empty = new SQLiteDataSource();
        empty.setUrl("jdbc:sqlite::memory:");
        try {
            Flyway resolver = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .configuration(flyway.getConfiguration())
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

    /** Applies every pending script in order, each in its own transaction. */
    void migrate() {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Could not upgrade the schema of " + file
                    + "; the failed step was rolled back: " + e.getMessage(), e);
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
