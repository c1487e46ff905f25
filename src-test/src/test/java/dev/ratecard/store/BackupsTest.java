package dev.ratecard.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    @TempDir
    Path folder;

    @Test
    void keepsOnlyTheNewestCopiesOfThisWorkspace() throws Exception {
        Path database = folder.resolve("work.db");
        createTable(database);
        Path backups = Files.createDirectories(folder.resolve(Backups.FOLDER));
        // A copy of another workspace in the same folder is not ours to prune.
        Files.writeString(backups.resolve("work-old-20240101T000000Z-v1.db"), "other");

        for (String time : List.of("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", "2025-01-03T10:00:00Z")) {
            backUp(database, time, 2);
        }

        assertEquals(List.of("work-20250102T100000Z-v1.db", "work-20250103T100000Z-v1.db", "work-old-20240101T000000Z-v1.db"),
                names(backups));
    }

    @Test
    void twoCopiesInTheSameSecondGetTwoNames() throws Exception {
        Path database = folder.resolve("work.db");
        createTable(database);

        backUp(database, "2025-01-01T10:00:00Z", 5);
        backUp(database, "2025-01-01T10:00:00Z", 5);

        assertEquals(List.of("work-20250101T100000Z-v1-2.db", "work-20250101T100000Z-v1.db"), names(folder.resolve(Backups.FOLDER)));
    }

    @Test
    void aCopyLeftHalfWrittenByAKilledProcessIsRemovedNextTime() throws Exception {
        Path database = folder.resolve("work.db");
        createTable(database);
        Path backups = Files.createDirectories(folder.resolve(Backups.FOLDER));
        Files.writeString(backups.resolve("work-20250101T090000Z-v1.db.partial"), "half");
        Files.writeString(backups.resolve("work-old-20250101T090000Z-v1.db.partial"), "another workspace's");

        backUp(database, "2025-01-01T10:00:00Z", 5);

        assertEquals(List.of("work-20250101T100000Z-v1.db", "work-old-20250101T090000Z-v1.db.partial"), names(backups));
    }

    @Test
    void aCopyThatCannotBeWrittenLeavesNoPartialFileAndSaysWhy() throws Exception {
        Path database = folder.resolve("work.db");
        createTable(database);
        // A file where the backups folder should be.
        Files.writeString(folder.resolve(Backups.FOLDER), "in the way");

        StoreException failed = assertThrows(StoreException.class, () -> backUp(database, "2025-01-01T10:00:00Z", 5));

        assertTrue(failed.getMessage().startsWith("Could not back up " + database), failed.getMessage());
        assertTrue(failed.getMessage().contains("so it was not upgraded"), failed.getMessage());
        assertEquals(List.of("backups", "work.db"), names(folder));
    }

    private static void backUp(Path database, String time, int keep) throws Exception {
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            new Backups(database, Clock.fixed(Instant.parse(time), ZoneOffset.UTC), keep).backUp(source, 1);
        }
    }

    private static void createTable(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x INTEGER)");
            statement.execute("INSERT INTO t VALUES (1), (2)");
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
