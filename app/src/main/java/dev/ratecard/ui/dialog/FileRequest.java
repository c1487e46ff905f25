package dev.ratecard.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file chooser asks for.
 *
 * @param types the kinds of file offered, first is the default; empty offers all files
 * @param suggestedName for saving: the name filled in; ignored when opening
 */
public record FileRequest(String title, List<FileType> types, Optional<Path> initialFolder, String suggestedName) {
    public FileRequest {
        Objects.requireNonNull(title, "title");
        types = List.copyOf(types);
        Objects.requireNonNull(initialFolder, "initialFolder");
        Objects.requireNonNull(suggestedName, "suggestedName");
    }

    public static FileRequest toOpen(String title, List<FileType> types, Optional<Path> initialFolder) {
        return new FileRequest(title, types, initialFolder, "");
    }

    /** A kind of file, e.g. {@code new FileType("Usage exports", List.of("*.csv", "*.jsonl"))}. */
    public record FileType(String description, List<String> patterns) {
        public FileType {
            Objects.requireNonNull(description, "description");
            patterns = List.copyOf(patterns);
        }
    }
}
