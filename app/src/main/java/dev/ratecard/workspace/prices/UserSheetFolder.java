package dev.ratecard.workspace.prices;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder that holds the copies of the sheets the user added, one file per sheet named after the sheet's id
 * ({@code litellm-2026-09-01.json}), so that the id survives a restart whatever the file says. A copy is
 * written under a temporary name and moved into place, so a crash never leaves half a sheet behind.
 */
final class UserSheetFolder {
    private static final String PARTIAL = ".part";

    private final Path folder;

    UserSheetFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /** The sheet files, by name; none when the folder does not exist yet. */
    List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile)
                    .filter(file -> !isHiddenOrPartial(file.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    /** The sheet id a file in this folder carries: its name without the extension. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    Optional<Path> fileOf(String id) throws IOException {
        return files().stream().filter(file -> idOf(file).equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * Copies {@code source} in as the sheet {@code id}, keeping its modification time (the as-of date of last
     * resort for a sheet that states none).
     */
    Path copyIn(Path source, String id) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(id + extensionOf(source));
        Path partial = folder.resolve(target.getFileName() + PARTIAL);
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    void delete(Path file) throws IOException {
        Files.delete(file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isHiddenOrPartial(String name) {
        return name.startsWith(".") || name.endsWith(PARTIAL);
    }
}
