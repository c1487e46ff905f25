package dev.ratecard.workspace.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether Ratecard can keep its workspace in a folder. An existing folder is tested by writing and deleting a
 * small file, because permission bits do not tell the whole story (read-only mounts, sync clients, ACLs); a
 * folder that does not exist yet must be creatable under its nearest existing parent. Nothing is created.
 */
public final class DataFolderCheck {
    private DataFolderCheck() {
    }

    /** Why {@code folder} cannot hold the workspace, or empty if it can. */
    public static Optional<String> problemWith(Path folder) {
        if (!folder.isAbsolute()) {
            return Optional.of("Enter a full path, starting from the root of a drive: \"" + folder + "\" is relative");
        }
        if (Files.exists(folder)) {
            return Files.isDirectory(folder) ? writeProbe(folder) : Optional.of(folder + " is a file, not a folder");
        }
        Path ancestor = folder.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.of(folder + " cannot be created: none of its parent folders exists");
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of(folder + " cannot be created: " + ancestor + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            return Optional.of(folder + " cannot be created: Ratecard may not write to " + ancestor);
        }
        return Optional.empty();
    }

    private static Optional<String> writeProbe(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".ratecard-write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("Ratecard cannot write to " + folder + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
