package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes the fixture of the current schema version. Runs only when asked, since a fixture, once
 * committed, must stay what the Ratecard of its version wrote:
 * <pre>
 * ./mvnw -q -pl src-test -am verify -Dtest=SchemaFixtureWriter -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dratecard.fixtures=$PWD/src-test/src/test/resources/dev/ratecard/store
 * </pre>
 */
@EnabledIfSystemProperty(named = "ratecard.fixtures", matches = ".+")
class SchemaFixtureWriter {
    @TempDir
    Path folder;

    @Test
    void writesTheFixtureOfTheCurrentSchema() throws Exception {
        Path work = folder.resolve("workspace.db");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(work)) {
            assertEquals(SchemaFixtures.CURRENT_SCHEMA, database.openReport().schemaVersion());
            SchemaFixtures.fill(database);
        }
        Path target = Path.of(System.getProperty("ratecard.fixtures")).resolve(SchemaFixtures.resource(SchemaFixtures.CURRENT_SCHEMA));
        Files.deleteIfExists(target);
        // One self-contained file, with no WAL beside it and no free pages.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + work);
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
    }
}
