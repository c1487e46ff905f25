package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh workspace per test in a temporary folder, on a fixed clock ({@link #NOW}); closed and deleted
 * after the test. Register with {@code @RegisterExtension}.
 */
final class TempWorkspace implements BeforeEachCallback, AfterEachCallback {
    static final Instant NOW = Instant.parse("2025-02-01T09:30:00Z");

    private Path folder;
    private WorkspaceDatabase database;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("ratecard-store-test");
        database = WorkspaceDatabase.open(file(), OpenOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    WorkspaceDatabase database() {
        return database;
    }

    Path folder() {
        return folder;
    }

    Path file() {
        return folder.resolve("workspace.db");
    }

    ImportOutcome importAll(ImportRequest request, List<UsageRecord> records) {
        try (ImportSession session = database.beginImport(request, Progress.NONE)) {
            records.forEach(session::add);
            return session.commit();
        }
    }
}
