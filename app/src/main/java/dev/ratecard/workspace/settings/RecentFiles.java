package dev.ratecard.workspace.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The files the user opened last, newest first, each once, at most {@value #LIMIT}. */
public record RecentFiles(List<Path> paths) {
    public static final int LIMIT = 10;
    public static final RecentFiles NONE = new RecentFiles(List.of());

    public RecentFiles {
        List<Path> unique = new ArrayList<>();
        for (Path path : Objects.requireNonNull(paths, "paths")) {
            Path normal = normal(path);
            if (!unique.contains(normal) && unique.size() < LIMIT) {
                unique.add(normal);
            }
        }
        paths = List.copyOf(unique);
    }

    /** With {@code path} first; an earlier entry for the same file moves up rather than repeating. */
    public RecentFiles opened(Path path) {
        List<Path> next = new ArrayList<>(paths.size() + 1);
        next.add(normal(path));
        next.addAll(paths);
        return new RecentFiles(next);
    }

    /** Without {@code path}, e.g. because the file is gone. */
    public RecentFiles without(Path path) {
        Path normal = normal(path);
        return new RecentFiles(paths.stream().filter(p -> !p.equals(normal)).toList());
    }

    private static Path normal(Path path) {
        return Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }
}
