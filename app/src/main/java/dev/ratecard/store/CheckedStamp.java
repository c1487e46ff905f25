package dev.ratecard.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workspace file looked like when Ratecard last closed it intact: where it is, its size, modification time and
 * identity (the file system's key for it, an inode on Linux and macOS), kept in a small file beside it
 * ({@code <name>.checked}). A workspace is checked ({@code quick_check}) when opened unless it still looks exactly so
 * and has no WAL: then no process has written it since, and the check would read every page for nothing, 0.5 s a
 * million stored rows on each start of the window and each command.
 *
 * <p>The stamp is written only after the last connection closed cleanly (SQLite then checkpoints and removes the WAL),
 * and only if the file is still the one that was checked or trusted when this process opened it. A crash, another
 * process still writing, a copy or a move (another path), a restore, or an edit with another tool all leave a file that
 * does not match, and the next open checks it. What the stamp trusts: that while Ratecard has the file open, only
 * SQLite writes into it, and that damage which changes neither size nor time (a failing disk) is rare; SQLite reports
 * most of that when the damaged page is read, and the import or edit that meets it rolls back.
 */
record CheckedStamp(String path, long size, String modified, String identity) {
    private static final String SUFFIX = ".checked";
    private static final String HEADER = "# Ratecard: the workspace beside this file was checked (or created) when"
            + " opened and closed cleanly as described here. Deleting this file only makes the next open check it again.";

    CheckedStamp {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(identity, "identity");
    }

    /** The workspace as it is now on disk. */
    static CheckedStamp of(Path workspace) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(workspace, BasicFileAttributes.class);
        Object key = attributes.fileKey();
        return new CheckedStamp(workspace.toAbsolutePath().normalize().toString(), attributes.size(),
                attributes.lastModifiedTime().toInstant().toString(), key == null ? "" : key.toString());
    }

    /** The file system's key for the file now ({@code ""} where it has none, as on Windows); {@code null} if unknown. */
    static String identityOf(Path workspace) {
        try {
            return of(workspace).identity();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the workspace looks as it did when its stamp was written, with no WAL beside it. Any doubt (no stamp, a
     * stamp that cannot be read, a file that cannot be looked at) answers no, so that the workspace is checked.
     */
    static boolean unchangedSinceChecked(Path workspace) {
        try {
            Optional<CheckedStamp> stamp = read(workspace);
            return stamp.isPresent() && !walHasFrames(workspace) && stamp.get().equals(of(workspace));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stamps the workspace as it is now if it is still the file this process opened, {@code identityAtOpen}, and no WAL
     * is left beside it (another connection, perhaps in another process, still has it open and may write); otherwise
     * removes any older stamp. Returns whether a stamp was written. A stamp that cannot be written costs only a check
     * at the next open, so failures are not errors.
     */
    static boolean stampIfClosed(Path workspace, String identityAtOpen) {
        Path stampFile = fileOf(workspace);
        Path temporary = stampFile.resolveSibling(stampFile.getFileName() + ".tmp");
        try {
            CheckedStamp now = of(workspace);
            if (walHasFrames(workspace) || !now.identity().equals(identityAtOpen)) {
                Files.deleteIfExists(stampFile);
                return false;
            }
            Files.writeString(temporary, now.text(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, stampFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, stampFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            deleteQuietly(temporary);
            return false;
        }
    }

    /** The stamp's file beside {@code workspace}. */
    static Path fileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + SUFFIX);
    }

    static Optional<CheckedStamp> read(Path workspace) throws IOException {
        Path stampFile = fileOf(workspace);
        if (!Files.isRegularFile(stampFile)) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(stampFile, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        try {
            String path = fields.get("path");
            String size = fields.get("size");
            String modified = fields.get("modified");
            String identity = fields.get("identity");
            return path == null || size == null || modified == null || identity == null ? Optional.empty()
                    : Optional.of(new CheckedStamp(path, Long.parseLong(size), modified, identity));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String text() {
        return String.join("\n", List.of(HEADER, "path=" + path, "size=" + size, "modified=" + modified,
                "identity=" + identity)) + "\n";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind, it is overwritten by the next stamp; nothing reads it.
        }
    }

    /** A WAL with content: SQLite removes it when the last connection closes cleanly. */
    private static boolean walHasFrames(Path workspace) throws IOException {
        Path wal = workspace.resolveSibling(workspace.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }
}
