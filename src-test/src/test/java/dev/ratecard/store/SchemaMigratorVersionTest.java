package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped schema version that lets an up-to-date workspace open without Flyway. */
class SchemaMigratorVersionTest {

    @Test
    void theShippedVersionIsTheNewestScriptFlywayFindsInTheShippedLocation() {
        SchemaMigrator migrator = new SchemaMigrator(Path.of("unused.db"), new SQLiteDataSource(),
                List.of(SchemaMigrator.DEFAULT_LOCATION));

        assertEquals(migrator.resolveNewestVersion(), SchemaMigrator.SHIPPED_VERSION,
                "a script was added to " + SchemaMigrator.DEFAULT_LOCATION + ": raise SchemaMigrator.SHIPPED_VERSION");
        assertEquals(SchemaFixtures.CURRENT_SCHEMA, SchemaMigrator.SHIPPED_VERSION);
    }

    @Test
    void extraLocationsAreResolvedByFlywayAndCanRaiseTheNewestVersion() {
        SchemaMigrator migrator = new SchemaMigrator(Path.of("unused.db"), new SQLiteDataSource(),
                List.of(SchemaMigrator.DEFAULT_LOCATION, "classpath:dev/ratecard/store/upgrade-probe"));

        // upgrade-probe holds V9001__upgrade_probe.sql.
        assertEquals(9001, migrator.newestKnownVersion());
    }
}
