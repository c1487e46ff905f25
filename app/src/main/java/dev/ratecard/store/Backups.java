package dev.ratecard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the workspace taken before a schema upgrade, in a {@code backups} folder beside it, named
 * {@code <workspace>-<UTC time>-v<schema version>.db} so that names sort by age. A copy is written with
 * {@code VACUUM INTO} under a temporary name, synced, checked, and only then renamed into place: SQLite
 * neither syncs a {@code VACUUM INTO} file nor promises it is whole if interrupted, and a half-written
 * file must never look like a backup.
 */
final class Backups {
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";

    private final Path database;
    private final Path folder;
    private final Clock clock;
    private final int keep;

    Backups(Path database, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("must keep at least one backup: " + keep);
        }
        this.database = database;
        this.folder = database.resolveSibling(FOLDER);
        this.clock = clock;
        this.keep = keep;
    }

    /** Writes a checked copy of the database {@code source} is connected to, then drops the oldest copies. */
    Path backUp(Connection source, int schemaVersion) {
        Path target = null;
        Path partial = null;
        try {
            Files.createDirectories(folder);
            deleteStalePartials();
            target = freeName(schemaVersion);
            partial = target.resolveSibling(target.getFileName() + PARTIAL);
            try (PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
            sync(partial);
            try (Connection copy = Connections.readOnly(partial); Statement statement = copy.createStatement()) {
                DatabaseInspection.requireIntact(partial, statement);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder();
            pruneOldest();
            return target;
        } catch (IOException | SQLException | StoreException e) {
            deleteQuietly(partial);
            throw new StoreException("Could not back up " + database + " to " + (target == null ? folder : target)
                    + " before upgrading its schema, so it was not upgraded: " + e.getMessage(), e);
        }
    }

    /** The backups now in the folder, oldest first. */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern ours = Pattern.compile(ownNames());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ours.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** Removes copies an earlier attempt left half-written when the process was killed. */
    private void deleteStalePartials() throws IOException {
        Pattern stale = Pattern.compile(ownNames() + Pattern.quote(PARTIAL));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> stale.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Path freeName(int schemaVersion) {
        String base = stem() + "-" + STAMP.format(clock.instant()) + "-v" + schemaVersion;
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    private void pruneOldest() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    /** Only this workspace's copies: "work.db" and "work-old.db" may share a folder. */
    private String ownNames() {
        return Pattern.quote(stem()) + "-\\d{8}T\\d{6}Z-v\\d+(-\\d+)?\\.db";
    }

    private String stem() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the OS allows syncing a folder (not on Windows). */
    private void syncFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The backup is complete and checked; only the rename's durability is left to the OS.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A partial copy left here is deleted by the next attempt and never mistaken for a backup.
        }
    }
}
